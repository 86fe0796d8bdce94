import type {
  AudioDeviceInfo,
  DeviceAccess,
  PermissionConstraints,
  VideoDeviceInfo,
} from '@azure/communication-calling';
import type { DeviceManagerSurface } from '@portico/call-client/acs-driver';

/**
 * The SDK's `DeviceManager` over the browser's own devices. Ids are the browser's device ids, so the
 * choice made on the device check is found again as it is with the SDK.
 */
export class EmulatedDeviceManager implements DeviceManagerSurface {
  readonly isSpeakerSelectionAvailable =
    typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
  selectedMicrophone?: AudioDeviceInfo;
  selectedSpeaker?: AudioDeviceInfo;

  async getCameras(): Promise<VideoDeviceInfo[]> {
    return (await devicesOf('videoinput')).map((d) => ({ id: d.deviceId, name: d.label, deviceType: 'UsbCamera' }));
  }

  async getMicrophones(): Promise<AudioDeviceInfo[]> {
    return (await devicesOf('audioinput')).map((d) => audioDevice(d, 'Microphone'));
  }

  async getSpeakers(): Promise<AudioDeviceInfo[]> {
    return (await devicesOf('audiooutput')).map((d) => audioDevice(d, 'Speaker'));
  }

  async selectMicrophone(device: AudioDeviceInfo): Promise<void> {
    this.selectedMicrophone = device;
  }

  async selectSpeaker(device: AudioDeviceInfo): Promise<void> {
    this.selectedSpeaker = device;
  }

  async askDevicePermission(constraints: PermissionConstraints): Promise<DeviceAccess> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia(constraints);
      for (const track of stream.getTracks()) track.stop();
      return { audio: constraints.audio, video: constraints.video };
    } catch {
      return { audio: false, video: false };
    }
  }
}

async function devicesOf(kind: MediaDeviceKind): Promise<MediaDeviceInfo[]> {
  return (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === kind && d.deviceId !== '');
}

function audioDevice(device: MediaDeviceInfo, deviceType: 'Microphone' | 'Speaker'): AudioDeviceInfo {
  return { id: device.deviceId, name: device.label, isSystemDefault: device.deviceId === 'default', deviceType };
}
