import { noCapabilities, porticoError, type CallCapabilities } from '@portico/domain';
import { callStageView } from './call-stage-view';
import { initialCallSessionState, type CallSessionState } from './call-session-state';
import type { VideoView } from './call-driver';

const capabilities: CallCapabilities = { ...noCapabilities, shareScreen: true, raiseHand: true, chat: true };
const video = (id: string, participantId: string, kind: 'camera' | 'screen'): VideoView => ({
  id,
  participantId,
  kind,
  attach: () => () => undefined,
});
const inCall: CallSessionState = {
  ...initialCallSessionState,
  phase: 'connected',
  capabilities,
  participants: [
    {
      id: '8:acs:guest',
      displayName: 'Jane Doe (Guest)',
      isOrganiser: false,
      muted: false,
      handRaised: true,
      isSelf: true,
    },
    {
      id: '8:orgid:ada',
      displayName: 'Dr. Ada Visser',
      isOrganiser: true,
      muted: true,
      handRaised: false,
      isSelf: false,
    },
  ],
  videos: [
    video('local:camera', 'local', 'camera'),
    video('ada:1', '8:orgid:ada', 'camera'),
    video('ada:2', '8:orgid:ada', 'screen'),
  ],
  reactions: [
    { id: 1, participantId: '8:acs:guest', kind: 'like' },
    { id: 2, participantId: '8:orgid:ada', kind: 'heart' },
  ],
  local: {
    muted: false,
    cameraOn: true,
    sharingScreen: false,
    handRaised: true,
    devices: { cameraId: 'camera:b', speakerId: 'speaker:2' },
  },
};

describe('callStageView', () => {
  it('names who each video and reaction belongs to, the person themselves as self', () => {
    const view = callStageView(inCall);
    expect(view.cameras.map((c) => c.owner)).toEqual([{ self: true }, { self: false, name: 'Dr. Ada Visser' }]);
    expect(view.screens.map((s) => s.owner)).toEqual([{ self: false, name: 'Dr. Ada Visser' }]);
    expect(view.reactions.map((r) => r.owner)).toEqual([{ self: true }, { self: false, name: 'Dr. Ada Visser' }]);
    expect(view.participants.map((p) => [p.name, p.isSelf])).toEqual([
      ['Jane Doe (Guest)', true],
      ['Dr. Ada Visser', false],
    ]);
    expect(view.alone).toBe(false);
    expect(view.devicesInUse).toEqual({ cameraId: 'camera:b', speakerId: 'speaker:2' });
  });

  it('offers share and hand only as the meeting allows, and says why a control is held', () => {
    expect(callStageView(inCall)).toMatchObject({
      microphone: { on: true },
      camera: { on: true },
      screenShare: { on: false },
      hand: { raised: true },
      reactionsAllowed: false,
    });
    const held = callStageView({
      ...inCall,
      capabilities: {
        ...capabilities,
        microphone: 'needs-consent',
        camera: 'blocked-by-organiser',
        shareScreen: false,
      },
      local: { ...inCall.local, muted: true, cameraOn: false },
    });
    expect(held.microphone).toEqual({ on: false, held: 'needs-consent' });
    expect(held.camera).toEqual({ on: false, held: 'blocked-by-organiser' });
    expect(held.screenShare).toBeUndefined();
  });

  it('passes the notices on: recording, consent, organiser mute, reconnecting and a refused action', () => {
    const view = callStageView({
      ...inCall,
      phase: 'reconnecting',
      notices: { recording: true, transcribing: true, consentRequired: true, mutedByOrganiser: true },
      refusedAction: porticoError('call.camera-blocked'),
    });
    expect(view).toMatchObject({
      reconnecting: true,
      notice: 'recordingAndTranscribing',
      consentRequired: true,
      mutedByOrganiser: true,
      refusedAction: { code: 'call.camera-blocked' },
    });
    expect(callStageView({ ...inCall, participants: inCall.participants.slice(0, 1) }).alone).toBe(true);
    const hardMuted = callStageView({
      ...inCall,
      capabilities: { ...capabilities, microphone: 'blocked-by-organiser' },
      notices: { ...inCall.notices, mutedByOrganiser: true },
      local: { ...inCall.local, muted: true },
    });
    expect(hardMuted).toMatchObject({
      mutedByOrganiser: false,
      microphone: { on: false, held: 'blocked-by-organiser' },
    });
  });
});
