import type { AudioDeviceInfo, VideoDeviceInfo } from '@azure/communication-calling';
import type { AvailableDevices, CallDevices, DeviceAccess, MediaDeviceOption, VideoView } from '../call/call-driver';
import type { AcsSdk, DeviceManagerSurface } from './acs-sdk';
import { acsVideoView } from './acs-video-view';
import { playChime } from '../call/play-chime';

/**
 * The SDK names a device `<kind>:<browser device id>`, and a device the browser has not yet let the
 * page see as `<kind>:` (no id). The id after the colon is what an audio element's `setSinkId` takes.
 */
const browserIdOf = (sdkId: string): string => sdkId.slice(sdkId.indexOf(':') + 1);
const isNamed = (device: { readonly id: string }): boolean => browserIdOf(device.id) !== '';
const option = (device: VideoDeviceInfo | AudioDeviceInfo): MediaDeviceOption => ({
  id: device.id,
  label: device.name,
});

/** Finds the chosen device by the SDK's id; absent or gone, the first one. */
export function pickDevice<T extends { readonly id: string }>(
  devices: readonly T[],
  id: string | undefined,
): T | undefined {
  const named = devices.filter(isNamed);
  return named.find((device) => device.id === id) ?? named[0];
}

/** The person's devices through the SDK's `DeviceManager`: the device check and in-call switching read the same ids. */
export class AcsCallDevices implements CallDevices {
  constructor(
    private readonly sdk: AcsSdk,
    private readonly deviceManager: () => Promise<DeviceManagerSurface>,
  ) {}

  async requestAccess(): Promise<DeviceAccess> {
    const manager = await this.deviceManager();
    const access = await manager
      .askDevicePermission({ audio: true, video: true })
      .catch(() => ({ audio: false, video: false }));
    if (access.audio || access.video) return 'granted';
    // Refused devices are still listed, without names; a machine with none lists nothing.
    const [cameras, microphones] = await Promise.all([manager.getCameras(), manager.getMicrophones()]);
    return cameras.length + microphones.length === 0 ? 'no-device' : 'denied';
  }

  async list(): Promise<AvailableDevices> {
    const manager = await this.deviceManager();
    const [cameras, microphones, speakers] = await Promise.all([
      manager.getCameras(),
      manager.getMicrophones(),
      manager.isSpeakerSelectionAvailable ? manager.getSpeakers() : Promise.resolve([]),
    ]);
    return {
      cameras: cameras.filter(isNamed).map(option),
      microphones: microphones.filter(isNamed).map(option),
      speakers: speakers.filter(isNamed).map(option),
      speakerSelectable: manager.isSpeakerSelectionAvailable,
    };
  }

  onChange(listener: () => void): () => void {
    let manager: DeviceManagerSurface | undefined;
    let stopped = false;
    void this.deviceManager().then((found) => {
      if (stopped) return;
      manager = found;
      found.on('videoDevicesUpdated', listener);
      found.on('audioDevicesUpdated', listener);
    });
    return () => {
      stopped = true;
      manager?.off('videoDevicesUpdated', listener);
      manager?.off('audioDevicesUpdated', listener);
    };
  }

  previewCamera(cameraId: string | undefined): VideoView {
    return {
      id: `preview:${cameraId ?? ''}`,
      participantId: 'local',
      kind: 'camera',
      attach: (container) => {
        let detach: (() => void) | undefined;
        let detached = false;
        void (async () => {
          const camera = pickDevice(await (await this.deviceManager()).getCameras(), cameraId);
          if (!camera || detached) return;
          const stream = this.sdk.createLocalVideoStream(camera);
          detach = acsVideoView(this.sdk, {
            id: `preview:${camera.id}`,
            participantId: 'local',
            kind: 'camera',
            stream,
            onDetached: () => stream.dispose(),
          }).attach(container);
        })().catch(() => undefined);
        return () => {
          detached = true;
          detach?.();
        };
      },
    };
  }

  watchMicrophoneLevel(microphoneId: string | undefined, onLevel: (level: number) => void): () => void {
    let stopped = false;
    let stop: () => void = () => undefined;
    void (async () => {
      const microphone = pickDevice(await (await this.deviceManager()).getMicrophones(), microphoneId);
      if (!microphone || stopped) return;
      const stream = this.sdk.createLocalAudioStream(microphone);
      const volume = await stream.getVolume();
      const report = () => onLevel(volume.level);
      volume.on('levelChanged', report);
      stop = () => {
        volume.off('levelChanged', report);
        stream.dispose();
      };
      if (stopped) stop();
    })().catch(() => undefined);
    return () => {
      stopped = true;
      stop();
    };
  }

  async playTestSound(speakerId: string | undefined): Promise<void> {
    await playChime(speakerId === undefined ? undefined : browserIdOf(speakerId));
  }
}
