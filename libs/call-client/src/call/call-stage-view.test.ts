import { noCapabilities, porticoError, type CallCapabilities } from '@portico/domain';
import { callStageView, galleryLimit } from './call-stage-view';
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
      speaking: false,
      handRaised: true,
      isSelf: true,
    },
    {
      id: '8:orgid:ada',
      displayName: 'Dr. Ada Visser',
      isOrganiser: true,
      muted: true,
      speaking: true,
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
    { id: 1, participantId: '8:acs:guest', senderName: 'Jane Doe (Guest)', kind: 'like' },
    { id: 2, participantId: '8:orgid:ada', senderName: 'Dr. Ada Visser', kind: 'heart' },
    { id: 3, participantId: '8:acs:gone', senderName: 'Piet Jansen (Gast)', kind: 'applause' },
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
    expect(view.self).toMatchObject({ name: 'Jane Doe (Guest)', initials: 'JD', isSelf: true, handRaised: true });
    expect(view.self?.camera?.id).toBe('local:camera');
    // A reaction stays its sender's after they leave.
    expect(view.reactions.map((r) => r.owner)).toEqual([
      { self: true },
      { self: false, name: 'Dr. Ada Visser' },
      { self: false, name: 'Piet Jansen (Gast)' },
    ]);
    expect(view.participants.map((p) => [p.name, p.isSelf])).toEqual([
      ['Jane Doe (Guest)', true],
      ['Dr. Ada Visser', false],
    ]);
    expect(view.alone).toBe(false);
    expect(view.devicesInUse).toEqual({ cameraId: 'camera:b', speakerId: 'speaker:2' });
  });

  it('says earlier chat is not kept only once the person has rejoined', () => {
    expect(callStageView({ ...inCall, timesInCall: 1 }).chatHistoryNotKept).toBe(false);
    expect(callStageView({ ...inCall, timesInCall: 2 }).chatHistoryNotKept).toBe(true);
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

  it('passes the network quality on, and a failing microphone only while the person is unmuted', () => {
    const unwell = { ...inCall, health: { network: 'bad' as const, microphoneFailing: true } };
    expect(callStageView(unwell)).toMatchObject({ network: 'bad', microphoneFailing: true });
    expect(callStageView({ ...unwell, local: { ...inCall.local, muted: true } }).microphoneFailing).toBe(false);
    expect(callStageView(inCall)).toMatchObject({ network: 'good', microphoneFailing: false });
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

  describe('the stage layout', () => {
    const person = (id: string, name: string) => ({
      id,
      displayName: name,
      isOrganiser: false,
      muted: false,
      speaking: false,
      handRaised: false,
      isSelf: false,
    });
    const self = { ...person('me', 'Jane Doe (Guest)'), isSelf: true };
    const withPeople = (others: ReturnType<typeof person>[], extra: Partial<CallSessionState> = {}) => ({
      ...inCall,
      videos: [video('local:camera', 'local', 'camera')],
      participants: [self, ...others],
      ...extra,
    });
    const ids = (tiles: readonly { id: string }[]) => tiles.map((tile) => tile.id);

    it('waits for others when the person is alone, with their own tile in the corner', () => {
      const view = callStageView(withPeople([]));
      expect(view.layout).toEqual({ kind: 'alone' });
      expect(view.self?.camera?.id).toBe('local:camera');
    });

    it('puts the other person of a two-person call on the stage, with initials when their camera is off', () => {
      const view = callStageView(withPeople([person('ada', 'Dr. Ada Visser')]));
      expect(view.layout).toMatchObject({ kind: 'speaker', main: { id: 'ada', initials: 'DV' }, strip: [] });
      if (view.layout.kind !== 'speaker') throw new Error('speaker layout');
      expect(view.layout.main.camera).toBeUndefined();
    });

    it('shows three or more as a gallery, the latest speakers first', () => {
      const others = [person('a', 'A'), person('b', 'B'), person('c', 'C')];
      expect(callStageView(withPeople(others)).layout).toMatchObject({ kind: 'gallery' });
      const spoken = callStageView(withPeople(others, { dominantSpeakers: ['c', 'b'] }));
      if (spoken.layout.kind !== 'gallery') throw new Error('gallery layout');
      expect(ids(spoken.layout.tiles)).toEqual(['c', 'b', 'a']);
      const crowd = Array.from({ length: galleryLimit + 3 }, (_, i) => person(`p${i}`, `P ${i}`));
      const crowded = callStageView(withPeople(crowd, { dominantSpeakers: ['p11'] }));
      if (crowded.layout.kind !== 'gallery') throw new Error('gallery layout');
      expect(crowded.layout.tiles).toHaveLength(galleryLimit);
      expect(crowded.layout.tiles[0]?.id).toBe('p11');
    });

    it('puts a pinned person on the stage with the others in a strip', () => {
      const others = [person('a', 'A'), person('b', 'B'), person('c', 'C')];
      const view = callStageView(withPeople(others), { pinnedId: 'b' });
      expect(view.layout).toMatchObject({ kind: 'speaker', main: { id: 'b' } });
      if (view.layout.kind !== 'speaker') throw new Error('speaker layout');
      expect(ids(view.layout.strip)).toEqual(['a', 'c']);
      // A pin on someone who left is no pin.
      expect(callStageView(withPeople(others), { pinnedId: 'gone' }).layout.kind).toBe('gallery');
    });

    it('gives a shared screen the stage, with its sharer named and the people in a strip', () => {
      const view = callStageView(inCall);
      expect(view.layout).toMatchObject({ kind: 'screen', sharer: { self: false, name: 'Dr. Ada Visser' } });
      if (view.layout.kind !== 'screen') throw new Error('screen layout');
      expect(view.layout.screen.id).toBe('ada:2');
      expect(view.layout.strip.map((tile) => [tile.id, tile.speaking, tile.camera?.id])).toEqual([
        ['8:orgid:ada', true, 'ada:1'],
      ]);
    });

    it('never mirrors the person’s own shared screen back at them', () => {
      const sharing = withPeople([person('ada', 'Dr. Ada Visser')], {
        videos: [video('local:screen', 'local', 'screen')],
        local: { ...inCall.local, sharingScreen: true },
      });
      const view = callStageView(sharing);
      expect(view.sharingOwnScreen).toBe(true);
      expect(view.layout.kind).toBe('speaker');
    });
  });
});
