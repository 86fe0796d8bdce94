'use client';

import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { BrowserSupport, CallDevices, DeviceChoice } from '@portico/call-client';
import type { DialIn } from '@portico/domain';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DevicePickers, type PickedDevices } from './device-pickers';
import { DialInHelp } from './dial-in-help';
import { useAvailableDevices } from './use-available-devices';

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
  video: { width: '100%', height: '100%', '& video': { display: 'block' } },
  settings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dialIn: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

const unsupportedAdvice = {
  platform: 'unsupportedPlatform',
  browser: 'unsupportedBrowser',
  version: 'unsupportedVersion',
} as const;

export interface DeviceCheckProps {
  /** Called with the chosen devices when the person presses "Join". */
  readonly onJoin: (choice: DeviceChoice) => void;
  readonly joining: boolean;
  /** The devices through the call driver's SDK; absent while the driver is still loading. */
  readonly devices: CallDevices | undefined;
  /** Set while the join window has not opened: "Join" then means "join when it opens". */
  readonly early?: { readonly opensAt: string; readonly timeZone: string } | undefined;
  /** How to join the audio by phone, for a guest whose device cannot. */
  readonly dialIn?: DialIn | undefined;
  /** What the SDK says of this browser; a warning says what to change when it is not supported. */
  readonly support?: BrowserSupport | undefined;
  /** The guest asked to be joined when the window opens. */
  readonly waitingToJoin?: boolean;
  readonly onStopWaiting?: () => void;
}

/**
 * The device check before a call: camera preview, microphone level, a speaker test sound, device
 * pickers, and plain help when access is blocked or no device exists. Everything goes through the
 * call driver's SDK, so the devices chosen here are, by the same ids, the ones the call uses.
 */
export function DeviceCheck({
  onJoin,
  joining,
  devices,
  early,
  dialIn,
  support,
  waitingToJoin = false,
  onStopWaiting,
}: DeviceCheckProps) {
  const t = useTranslations('call');
  const format = useFormatter();
  const opensAt = early
    ? format.dateTime(new Date(early.opensAt), { dateStyle: 'full', timeStyle: 'short', timeZone: early.timeZone })
    : '';
  const styles = useStyles();
  const [picked, setPicked] = useState<PickedDevices>({ cameraId: '', microphoneId: '', speakerId: '' });
  const [cameraOn, setCameraOn] = useState(true);
  const [muted, setMuted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { access, available } = useAvailableDevices(devices, attempt);
  const hasCamera = available.cameras.length > 0;
  const showPreview = devices !== undefined && hasCamera && cameraOn;
  const preview = useMemo(
    () => (showPreview ? devices.previewCamera(picked.cameraId || undefined) : undefined),
    [devices, showPreview, picked.cameraId],
  );
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => (preview && container.current ? preview.attach(container.current) : undefined), [preview]);
  const pending = devices === undefined || access === 'pending';

  return (
    <section aria-labelledby="device-check-title">
      <h2 id="device-check-title">{t('deviceCheckTitle')}</h2>
      <p>{t('deviceCheckIntro')}</p>
      {support && !support.supported && (
        <MessageBar intent="warning" role="alert" data-testid="unsupported-browser">
          <MessageBarBody>
            <MessageBarTitle>{t('unsupportedTitle')}</MessageBarTitle>
            {t(unsupportedAdvice[support.problem ?? 'browser'], { browser: support.browser })}
            {dialIn && <DialInHelp dialIn={dialIn} className={styles.dialIn} />}
          </MessageBarBody>
        </MessageBar>
      )}
      {early && (
        <MessageBar intent="info" data-testid="early-arrival">
          <MessageBarBody>
            <MessageBarTitle>{t('earlyTitle')}</MessageBarTitle>
            {t(waitingToJoin ? 'earlyWaiting' : 'earlyDetail', { time: opensAt, timeZone: early.timeZone })}
          </MessageBarBody>
        </MessageBar>
      )}
      {pending && (
        <MessageBar intent="info">
          <MessageBarBody>{devices === undefined ? t('preparing') : t('permissionPending')}</MessageBarBody>
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
            {dialIn && <DialInHelp dialIn={dialIn} className={styles.dialIn} />}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.layout}>
        <div className={styles.preview}>
          {preview ? (
            <div
              ref={container}
              className={styles.video}
              role="img"
              aria-label={t('cameraPreview')}
              data-testid="camera-preview"
            />
          ) : pending ? (
            <Spinner label={t('preparing')} />
          ) : (
            <p>{t('cameraOffPreview')}</p>
          )}
        </div>
        <div className={styles.settings}>
          <DevicePickers
            devices={devices}
            available={available}
            picked={picked}
            onPick={(kind, id) => setPicked((current) => ({ ...current, [kind]: id }))}
            listening={!pending && !joining}
          />
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
            disabled={joining || pending || waitingToJoin}
            onClick={() =>
              onJoin({
                ...(picked.cameraId ? { cameraId: picked.cameraId } : {}),
                ...(picked.microphoneId ? { microphoneId: picked.microphoneId } : {}),
                ...(picked.speakerId ? { speakerId: picked.speakerId } : {}),
                cameraOn: cameraOn && hasCamera,
                muted,
              })
            }
          >
            {joining
              ? t('joining')
              : pending
                ? t('preparing')
                : waitingToJoin
                  ? t('waitingForWindow')
                  : early
                    ? t('joinWhenOpen')
                    : t('join')}
          </Button>
          {waitingToJoin && <Button onClick={onStopWaiting}>{t('stopWaiting')}</Button>}
          {/* Once only: a warning above that offers the dial-in already says it. */}
          {dialIn && access !== 'denied' && access !== 'no-device' && support?.supported !== false && (
            <DialInHelp dialIn={dialIn} className={styles.dialIn} />
          )}
        </div>
      </div>
    </section>
  );
}
