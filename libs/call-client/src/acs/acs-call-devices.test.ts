import type { AudioDeviceInfo, DeviceAccess, VideoDeviceInfo } from '@azure/communication-calling';
import { AcsCallDevices, pickDevice } from './acs-call-devices';
import type { AcsSdk, DeviceManagerSurface } from './acs-sdk';

const camera = (id: string, name = ''): VideoDeviceInfo => ({ id, name, deviceType: 'UsbCamera' });
const audio = (id: string, name = ''): AudioDeviceInfo => ({
  id,
  name,
  isSystemDefault: false,
  deviceType: 'Microphone',
});

/** A `DeviceManager` holding the devices and the answer a test gives it, as the SDK reports them. */
function deviceManager(
  devices: { cameras: VideoDeviceInfo[]; microphones: AudioDeviceInfo[]; speakers: AudioDeviceInfo[] },
  access: DeviceAccess,
  speakerSelection = true,
): DeviceManagerSurface {
  return {
    isSpeakerSelectionAvailable: speakerSelection,
    getCameras: async () => devices.cameras,
    getMicrophones: async () => devices.microphones,
    getSpeakers: async () => devices.speakers,
    selectMicrophone: async () => undefined,
    selectSpeaker: async () => undefined,
    askDevicePermission: async () => access,
    on: () => undefined,
    off: () => undefined,
  };
}

// Listing and asking for access never reach the SDK's streams or renderer.
const sdk = {} as AcsSdk;
const devicesOf = (manager: DeviceManagerSurface) => new AcsCallDevices(sdk, async () => manager);

describe('the devices through the SDK’s DeviceManager', () => {
  const named = {
    cameras: [camera('camera:a', 'Front'), camera('camera:b', 'Back')],
    microphones: [audio('microphone:default', 'Default'), audio('microphone:m1', 'Headset')],
    speakers: [audio('speaker:s1', 'Speakers')],
  };

  it('lists each kind by the SDK’s own ids, and says whether a speaker can be chosen', async () => {
    const listed = await devicesOf(deviceManager(named, { audio: true, video: true })).list();
    expect(listed.cameras).toEqual([
      { id: 'camera:a', label: 'Front' },
      { id: 'camera:b', label: 'Back' },
    ]);
    expect(listed.microphones.map((m) => m.id)).toEqual(['microphone:default', 'microphone:m1']);
    expect(listed.speakers).toEqual([{ id: 'speaker:s1', label: 'Speakers' }]);
    expect(listed.speakerSelectable).toBe(true);
    const noSpeakerChoice = await devicesOf(deviceManager(named, { audio: true, video: true }, false)).list();
    expect(noSpeakerChoice).toMatchObject({ speakers: [], speakerSelectable: false });
  });

  it('leaves out devices the browser does not name yet', async () => {
    const unnamed = { cameras: [camera('camera:')], microphones: [audio('microphone:')], speakers: [] };
    const listed = await devicesOf(deviceManager(unnamed, { audio: false, video: false })).list();
    expect(listed).toMatchObject({ cameras: [], microphones: [] });
  });

  it('tells access granted (either device is enough), refused, and no device at all apart', async () => {
    expect(await devicesOf(deviceManager(named, { audio: true, video: false })).requestAccess()).toBe('granted');
    const refused = { cameras: [camera('camera:')], microphones: [audio('microphone:')], speakers: [] };
    expect(await devicesOf(deviceManager(refused, { audio: false, video: false })).requestAccess()).toBe('denied');
    const none = { cameras: [], microphones: [], speakers: [] };
    expect(await devicesOf(deviceManager(none, { audio: false, video: false })).requestAccess()).toBe('no-device');
  });

  it('picks the chosen device by its exact id, and the first named one when it is gone', () => {
    const cameras = [camera('camera:'), camera('camera:a'), camera('camera:b')];
    expect(pickDevice(cameras, 'camera:b')?.id).toBe('camera:b');
    expect(pickDevice(cameras, 'camera:gone')?.id).toBe('camera:a');
    expect(pickDevice(cameras, undefined)?.id).toBe('camera:a');
    // A browser device id is not an SDK id: it is never matched by its ending.
    expect(pickDevice(cameras, 'b')?.id).toBe('camera:a');
    expect(pickDevice([camera('camera:')], undefined)).toBeUndefined();
  });
});
