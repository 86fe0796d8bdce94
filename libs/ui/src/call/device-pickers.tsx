'use client';

import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { AvailableDevices, CallDevices, MediaDeviceOption } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useMicrophoneLevel } from './use-microphone-level';

const useStyles = makeStyles({
  pickers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  meter: { width: '100%', height: '1rem' },
});

/** A device by the driver's id; `''` is the browser's default device. */
export interface PickedDevices {
  readonly cameraId: string;
  readonly microphoneId: string;
  readonly speakerId: string;
}

export interface DevicePickersProps {
  readonly devices: CallDevices | undefined;
  readonly available: AvailableDevices;
  readonly picked: PickedDevices;
  readonly onPick: (kind: keyof PickedDevices, id: string) => void;
  /** Whether the level meter listens; off when the person has no microphone on. */
  readonly listening: boolean;
}

/**
 * The camera, microphone and speaker pickers with a microphone level and a speaker test sound: the
 * same on the device check and in the call's device settings. Lists come from the driver's SDK.
 */
export function DevicePickers({ devices, available, picked, onPick, listening }: DevicePickersProps) {
  const t = useTranslations('call');
  const styles = useStyles();
  const meterLabel = useId();
  const [tonePlaying, setTonePlaying] = useState(false);
  const level = useMicrophoneLevel(devices, picked.microphoneId, listening && available.microphones.length > 0);

  const picker = (label: string, options: readonly MediaDeviceOption[], kind: keyof PickedDevices) => {
    if (options.length === 0) return null;
    const value = picked[kind];
    return (
      <Field label={label}>
        <Select value={value} onChange={(_, data) => onPick(kind, data.value)}>
          {value === '' && <option value="">{t('defaultDevice')}</option>}
          {options.map((device, index) => (
            <option key={device.id} value={device.id}>
              {device.label || `${label} ${index + 1}`}
            </option>
          ))}
        </Select>
      </Field>
    );
  };

  return (
    <div className={styles.pickers}>
      {picker(t('camera'), available.cameras, 'cameraId')}
      {picker(t('microphone'), available.microphones, 'microphoneId')}
      {available.microphones.length > 0 && (
        <div>
          <span id={meterLabel}>{t('microphoneLevel')}</span>
          <meter
            className={styles.meter}
            aria-labelledby={meterLabel}
            min={0}
            max={100}
            value={level}
            data-testid="microphone-level"
          />
          <small>{t('speakMicHint')}</small>
        </div>
      )}
      {available.speakerSelectable && picker(t('speaker'), available.speakers, 'speakerId')}
      <Button
        disabled={tonePlaying || !devices}
        onClick={() => {
          setTonePlaying(true);
          void devices?.playTestSound(picked.speakerId || undefined).finally(() => setTonePlaying(false));
        }}
      >
        {tonePlaying ? t('testSoundPlaying') : t('playTestSound')}
      </Button>
    </div>
  );
}
