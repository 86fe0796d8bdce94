'use client';

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CallDevices, DevicesInUse } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { DevicePickers, type PickedDevices } from './device-pickers';
import { useAvailableDevices } from './use-available-devices';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
});

export interface DeviceSettingsPanelProps {
  readonly id: string;
  readonly devices: CallDevices;
  readonly inUse: DevicesInUse;
  readonly onSwitch: (kind: keyof PickedDevices, id: string) => void;
  readonly onClose: () => void;
}

/**
 * Switches camera, microphone and speaker during the call, without leaving it. A panel beside the
 * call, not a modal: the person keeps seeing the call while they pick. Mounted only while open, so
 * the level meter listens (muted or not) only then.
 */
export function DeviceSettingsPanel({ id, devices, inUse, onSwitch, onClose }: DeviceSettingsPanelProps) {
  const t = useTranslations('call');
  const styles = useStyles();
  const { available } = useAvailableDevices(devices, 0);
  const picked: PickedDevices = {
    cameraId: inUse.cameraId ?? '',
    microphoneId: inUse.microphoneId ?? '',
    speakerId: inUse.speakerId ?? '',
  };
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.panel} data-testid="device-settings">
      <h2 id={`${id}-title`}>{t('deviceSettings')}</h2>
      <DevicePickers devices={devices} available={available} picked={picked} onPick={onSwitch} listening />
      <Button appearance="primary" onClick={onClose}>
        {t('done')}
      </Button>
    </section>
  );
}
