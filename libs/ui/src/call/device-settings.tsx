'use client';

import type { CallDevices, DevicesInUse } from '@portico/call-client';
import { DevicePickers, type PickedDevices } from './device-pickers';
import { useAvailableDevices } from './use-available-devices';

export interface DeviceSettingsProps {
  readonly devices: CallDevices;
  readonly inUse: DevicesInUse;
  readonly onSwitch: (kind: keyof PickedDevices, id: string) => void;
}

/**
 * Switches camera, microphone and speaker during the call, without leaving it. Mounted only while its
 * panel is open, so the level meter listens (muted or not) only then.
 */
export function DeviceSettings({ devices, inUse, onSwitch }: DeviceSettingsProps) {
  const { available } = useAvailableDevices(devices, 0);
  const picked: PickedDevices = {
    cameraId: inUse.cameraId ?? '',
    microphoneId: inUse.microphoneId ?? '',
    speakerId: inUse.speakerId ?? '',
  };
  return (
    <div data-testid="device-settings">
      <DevicePickers devices={devices} available={available} picked={picked} onPick={onSwitch} listening />
    </div>
  );
}
