'use client';

import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DeviceChoice } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { playTestTone } from './play-test-tone';
import { useMediaPreview } from './use-media-preview';
import { useMicrophoneLevel } from './use-microphone-level';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 48rem)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' },
  },
  preview: {
    position: 'relative',
    aspectRatio: '16 / 9',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
    display: 'grid',
    placeItems: 'center',
  },
  video: { width: '100%', height: '100%', objectFit: 'cover', transform: 'scaleX(-1)' },
  settings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  meter: { width: '100%', height: '1rem' },
});

export interface DeviceCheckProps {
  /** Called with the chosen devices when the person presses "Join". */
  readonly onJoin: (choice: DeviceChoice) => void;
  readonly joining: boolean;
  /** False while the call driver is still loading; the button then says so. */
  readonly ready: boolean;
}

/**
 * The device check before a call: camera preview, microphone level, a speaker test tone, device
 * pickers, and plain help when access is blocked or no device exists. The choice carries into the call.
 */
export function DeviceCheck({ onJoin, joining, ready }: DeviceCheckProps) {
  const t = useTranslations('call');
  const styles = useStyles();
  const [cameraId, setCameraId] = useState('');
  const [microphoneId, setMicrophoneId] = useState('');
  const [speakerId, setSpeakerId] = useState('');
  const [cameraOn, setCameraOn] = useState(true);
  const [muted, setMuted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [tonePlaying, setTonePlaying] = useState(false);
  const { access, stream, devices } = useMediaPreview(cameraId, microphoneId, attempt);
  const level = useMicrophoneLevel(stream);
  const video = useRef<HTMLVideoElement>(null);
  const meterLabel = useId();
  const hasCamera = (stream?.getVideoTracks().length ?? 0) > 0;

  useEffect(() => {
    if (video.current) video.current.srcObject = stream ?? null;
  }, [stream]);

  const ofKind = (kind: MediaDeviceKind) => devices.filter((device) => device.kind === kind && device.deviceId !== '');
  const picker = (label: string, kind: MediaDeviceKind, value: string, set: (id: string) => void) => {
    const options = ofKind(kind);
    if (options.length === 0) return null;
    return (
      <Field label={label}>
        <Select value={value} onChange={(_, data) => set(data.value)}>
          <option value="">{t('defaultDevice')}</option>
          {options.map((device, index) => (
            <option key={device.deviceId} value={device.deviceId}>
              {device.label || `${label} ${index + 1}`}
            </option>
          ))}
        </Select>
      </Field>
    );
  };

  return (
    <section aria-labelledby="device-check-title">
      <h2 id="device-check-title">{t('deviceCheckTitle')}</h2>
      <p>{t('deviceCheckIntro')}</p>
      {access === 'pending' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('permissionPending')}</MessageBarBody>
        </MessageBar>
      )}
      {(access === 'denied' || access === 'no-device') && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t(access === 'denied' ? 'permissionDeniedTitle' : 'noDeviceTitle')}</MessageBarTitle>
            {t(access === 'denied' ? 'permissionDenied' : 'noDevice')}{' '}
            <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t('retryDevices')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.layout}>
        <div className={styles.preview}>
          {hasCamera && cameraOn ? (
            <video
              ref={video}
              className={styles.video}
              autoPlay
              playsInline
              muted
              aria-label={t('cameraPreview')}
              data-testid="camera-preview"
            />
          ) : (
            <p>{t('cameraOffPreview')}</p>
          )}
        </div>
        <div className={styles.settings}>
          {picker(t('camera'), 'videoinput', cameraId, setCameraId)}
          {picker(t('microphone'), 'audioinput', microphoneId, setMicrophoneId)}
          <div>
            <span id={meterLabel}>{t('microphoneLevel')}</span>
            <meter className={styles.meter} aria-labelledby={meterLabel} min={0} max={100} value={level} />
            <small>{t('speakMicHint')}</small>
          </div>
          {picker(t('speaker'), 'audiooutput', speakerId, setSpeakerId)}
          <Button
            disabled={tonePlaying}
            onClick={() => {
              setTonePlaying(true);
              void playTestTone(speakerId).finally(() => setTonePlaying(false));
            }}
          >
            {tonePlaying ? t('testSoundPlaying') : t('playTestSound')}
          </Button>
          <Switch
            label={t('startWithCamera')}
            checked={cameraOn && hasCamera}
            disabled={!hasCamera}
            onChange={(_, d) => setCameraOn(d.checked)}
          />
          <Switch label={t('startMuted')} checked={muted} onChange={(_, d) => setMuted(d.checked)} />
          <Button
            appearance="primary"
            size="large"
            disabled={joining || !ready || access === 'pending'}
            onClick={() => {
              for (const track of stream?.getTracks() ?? []) track.stop();
              onJoin({
                ...(cameraId ? { cameraId } : {}),
                ...(microphoneId ? { microphoneId } : {}),
                ...(speakerId ? { speakerId } : {}),
                cameraOn: cameraOn && hasCamera,
                muted,
              });
            }}
          >
            {joining ? t('joining') : ready ? t('join') : t('preparing')}
          </Button>
        </div>
      </div>
    </section>
  );
}
