'use client';

import type { BackgroundChoice, CallDevices, DevicesInUse, EffectsState } from '@portico/call-client';
import { DevicePickers, type PickedDevices } from './device-pickers';
import { EffectSettings } from './effect-settings';
import { useAvailableDevices } from './use-available-devices';

export interface DeviceSettingsProps {
  readonly devices: CallDevices;
  readonly inUse: DevicesInUse;
  readonly onSwitch: (kind: keyof PickedDevices, id: string) => void;
  readonly effects: EffectsState;
  readonly onBackground: (background: BackgroundChoice) => void;
  readonly onNoiseSuppression: (on: boolean) => void;
}

/**
 * Switches camera, microphone and speaker during the call, without leaving it, and sets the
 * background and noise suppression. Mounted only while its panel is open, so the level meter listens
 * (muted or not) only then.
 */
export function DeviceSettings({
  devices,
  inUse,
  onSwitch,
  effects,
  onBackground,
  onNoiseSuppression,
}: DeviceSettingsProps) {
  const { available } = useAvailableDevices(devices, 0);
  const picked: PickedDevices = {
    cameraId: inUse.cameraId ?? '',
    microphoneId: inUse.microphoneId ?? '',
    speakerId: inUse.speakerId ?? '',
  };
  return (
    <div data-testid="device-settings">
      <DevicePickers devices={devices} available={available} picked={picked} onPick={onSwitch} listening />
      <EffectSettings effects={effects} onBackground={onBackground} onNoiseSuppression={onNoiseSuppression} />
    </div>
  );
}
