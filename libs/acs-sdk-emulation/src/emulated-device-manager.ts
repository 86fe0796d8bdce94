import type {
  AudioDeviceInfo,
  DeviceAccess,
  PermissionConstraints,
  VideoDeviceInfo,
} from '@azure/communication-calling';
import type { DeviceManagerSurface } from '@portico/call-client/acs-driver';
import { Listeners } from './listeners';

type DeviceKind = 'camera' | 'microphone' | 'speaker';
const browserKinds: Record<DeviceKind, MediaDeviceKind> = {
  camera: 'videoinput',
  microphone: 'audioinput',
  speaker: 'audiooutput',
};

/**
 * The SDK's device id for a browser device: `<kind>:<browser id>`, and `<kind>:` for one the browser
 * does not name yet (before access is allowed), exactly as the real SDK spells them, so code that
 * mixes up the two kinds of id fails here as it would in Azure.
 */
const sdkIdOf = (kind: DeviceKind, browserId: string) => `${kind}:${browserId}`;

/** The browser's device id inside an SDK device id. */
export const browserIdOf = (sdkId: string): string => sdkId.slice(sdkId.indexOf(':') + 1);

/** The SDK's `DeviceManager` over the browser's own devices. */
export class EmulatedDeviceManager implements DeviceManagerSurface {
  readonly isSpeakerSelectionAvailable =
    typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
  private readonly listeners = new Listeners();
  private microphone: AudioDeviceInfo | undefined;
  private speaker: AudioDeviceInfo | undefined;
  private watching = false;

  get selectedMicrophone(): AudioDeviceInfo | undefined {
    return this.microphone;
  }

  get selectedSpeaker(): AudioDeviceInfo | undefined {
    return this.speaker;
  }

  async getCameras(): Promise<VideoDeviceInfo[]> {
    return (await devicesOf('camera')).map((d) => ({
      id: sdkIdOf('camera', d.deviceId),
      name: d.label,
      deviceType: 'UsbCamera',
    }));
  }

  async getMicrophones(): Promise<AudioDeviceInfo[]> {
    return (await devicesOf('microphone')).map((d) => audioDevice(d, 'microphone'));
  }

  async getSpeakers(): Promise<AudioDeviceInfo[]> {
    return (await devicesOf('speaker')).map((d) => audioDevice(d, 'speaker'));
  }

  /** Selecting moves a call under way to the device, as the SDK does; the call follows the event. */
  async selectMicrophone(device: AudioDeviceInfo): Promise<void> {
    this.microphone = device;
    this.listeners.emit('selectedMicrophoneChanged');
  }

  async selectSpeaker(device: AudioDeviceInfo): Promise<void> {
    this.speaker = device;
    this.listeners.emit('selectedSpeakerChanged');
  }

  /** Asks for each kind on its own, so a machine without a camera still grants the microphone. */
  async askDevicePermission(constraints: PermissionConstraints): Promise<DeviceAccess> {
    const ask = async (wanted: boolean, kind: 'audio' | 'video') => {
      if (!wanted) return false;
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ [kind]: true });
        for (const track of stream.getTracks()) track.stop();
        return true;
      } catch {
        return false;
      }
    };
    const audio = await ask(constraints.audio, 'audio');
    const video = await ask(constraints.video, 'video');
    return { audio, video };
  }

  on(event: string, listener: (args: never) => void): void {
    this.watchBrowser();
    this.listeners.on(event, listener);
  }

  off(event: string, listener: (args: never) => void): void {
    this.listeners.off(event, listener);
  }

  private watchBrowser(): void {
    if (this.watching) return;
    this.watching = true;
    navigator.mediaDevices.addEventListener('devicechange', () => {
      this.listeners.emit('videoDevicesUpdated', { added: [], removed: [] });
      this.listeners.emit('audioDevicesUpdated', { added: [], removed: [] });
    });
  }
}

async function devicesOf(kind: DeviceKind): Promise<MediaDeviceInfo[]> {
  return (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === browserKinds[kind]);
}

function audioDevice(device: MediaDeviceInfo, kind: 'microphone' | 'speaker'): AudioDeviceInfo {
  return {
    id: sdkIdOf(kind, device.deviceId),
    name: device.label,
    isSystemDefault: device.deviceId === 'default',
    deviceType: kind === 'microphone' ? 'Microphone' : 'Speaker',
  };
}
