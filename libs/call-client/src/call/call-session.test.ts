import { porticoError, type CallCapabilities } from '@portico/domain';
import type { CallConnection, CallDevices, CallDriver, DriverEvent, JoinRequest } from './call-driver';
import { CallSession } from './call-session';
import { initialCallSessionState, reduceCallSession, type CallSessionEvent } from './call-session-state';

const allCapabilities: CallCapabilities = {
  microphone: 'allowed',
  camera: 'allowed',
  shareScreen: true,
  raiseHand: true,
  reactions: true,
  chat: true,
};
const request: JoinRequest = {
  token: 'token',
  selfId: '8:acs:guest',
  displayName: 'Jane Doe (Guest)',
  locator: { meetingId: '2345678901234', passcode: 'Ab12Cd34' },
  refreshToken: async () => 'token',
  devices: { cameraOn: true, muted: false },
};

/** A driver whose events the test plays, and which records what the session asked of it. */
class ScriptedDriver implements CallDriver {
  emit: (event: DriverEvent) => void = () => undefined;
  readonly calls: string[] = [];
  refuseWith: unknown;
  /** What an action throws, by the name it is recorded under. */
  readonly failures = new Map<string, unknown>();
  /** The session hands these to the UI as they are; no test here asks them anything. */
  readonly devices = {} as CallDevices;

  async browserSupport() {
    return { supported: false, problem: 'version' as const, browser: 'Chrome' };
  }

  async join(_request: JoinRequest, emit: (event: DriverEvent) => void): Promise<CallConnection> {
    if (this.refuseWith !== undefined) throw this.refuseWith;
    this.emit = emit;
    const record =
      (name: string) =>
      async (...args: unknown[]) => {
        if (this.failures.has(name)) throw this.failures.get(name);
        this.calls.push([name, ...args.map(String)].join(':'));
      };
    return {
      setMuted: record('mute'),
      setCameraOn: record('camera'),
      startScreenShare: record('share'),
      stopScreenShare: record('unshare'),
      sendChat: async (text) => {
        if (text === 'fail') throw new Error('403 from chat');
        this.calls.push(`chat:${text}`);
      },
      sendTyping: record('typing'),
      switchCamera: record('switch-camera'),
      switchMicrophone: record('switch-microphone'),
      switchSpeaker: record('switch-speaker'),
      setCaptions: record('captions'),
      setSpokenLanguage: record('spoken-language'),
      setCaptionLanguage: record('caption-language'),
      setBackground: record('background'),
      setNoiseSuppression: record('noise-suppression'),
      setHandRaised: record('hand'),
      react: record('react'),
      grantConsent: record('consent'),
      admit: record('admit'),
      leave: record('leave'),
    };
  }
}

/** The person's own media as the driver reports it: unmuted, camera on, nothing shared. */
const unmutedMedia = {
  type: 'local-media',
  muted: false,
  cameraOn: true,
  sharingScreen: false,
  handRaised: false,
  devices: {},
} as const;

const play = (...events: CallSessionEvent[]) => events.reduce(reduceCallSession, initialCallSessionState);

describe('the call session state machine', () => {
  it('starts on the device check with the chat closed and nothing offered', () => {
    expect(initialCallSessionState).toMatchObject({
      phase: 'checking-devices',
      chat: { status: 'closed', because: 'not-joined' },
      capabilities: { shareScreen: false, raiseHand: false, reactions: false, chat: false },
    });
  });

  it('goes joining → in lobby → connected, and opens the chat only when connected', () => {
    const joining = play({ type: 'join-started' });
    expect(joining.phase).toBe('joining');
    const lobby = reduceCallSession(joining, { type: 'in-lobby' });
    expect(lobby.phase).toBe('in-lobby');
    const withCapabilities = reduceCallSession(lobby, { type: 'capabilities', capabilities: allCapabilities });
    expect(withCapabilities.chat).toEqual({ status: 'closed', because: 'not-joined' });
    const connected = reduceCallSession(withCapabilities, { type: 'connected' });
    expect(connected.phase).toBe('connected');
    expect(connected.chat).toEqual({ status: 'available', messages: [] });
  });

  it('opens the chat when the capabilities arrive after the connection', () => {
    const state = play(
      { type: 'join-started' },
      { type: 'connected' },
      { type: 'capabilities', capabilities: allCapabilities },
    );
    expect(state.chat).toEqual({ status: 'available', messages: [] });
  });

  it('goes connected → reconnecting → connected and keeps the chat', () => {
    const message = {
      id: '1',
      senderId: 'a',
      senderName: 'A',
      format: 'text' as const,
      text: 'hi',
      sentAt: '2026-12-01T10:00:00.000Z',
      own: false,
      images: [],
    };
    const state = play(
      { type: 'join-started' },
      { type: 'capabilities', capabilities: allCapabilities },
      { type: 'connected' },
      { type: 'chat-message', message },
      { type: 'reconnecting' },
    );
    expect(state.phase).toBe('reconnecting');
    const back = reduceCallSession(state, { type: 'connected' });
    expect(back.phase).toBe('connected');
    expect(back.chat).toEqual({ status: 'available', messages: [message] });
  });

  it.each([
    [{ reason: 'left' } as const, 'left', undefined, 'left'],
    [{ reason: 'joined-elsewhere' } as const, 'left', 'call.joined-elsewhere', 'left'],
    [{ reason: 'removed' } as const, 'removed', 'call.removed', 'removed'],
    [{ reason: 'meeting-ended' } as const, 'ended', 'call.meeting-ended', 'ended'],
    [
      { reason: 'failed', error: porticoError('call.connection-lost') } as const,
      'ended',
      'call.connection-lost',
      'ended',
    ],
  ])(
    'ends a connected call by %p in phase %s with error %s, and closes the chat saying why',
    (end, phase, code, because) => {
      const state = play(
        { type: 'join-started' },
        { type: 'capabilities', capabilities: allCapabilities },
        { type: 'connected' },
        {
          type: 'participants',
          participants: [
            {
              id: 'x',
              displayName: 'X',
              isOrganiser: true,
              muted: false,
              speaking: false,
              handRaised: false,
              isSelf: false,
            },
          ],
        },
        { type: 'ended', end },
      );
      expect(state.phase).toBe(phase);
      expect(state.error?.code).toBe(code);
      expect(state.chat).toEqual({ status: 'closed', because });
      expect(state.participants).toEqual([]);
      expect(state.capabilities.chat).toBe(false);
    },
  );

  it.each([
    ['turned away from the lobby', { type: 'ended', end: { reason: 'not-admitted' } } as const, 'call.not-admitted'],
    [
      'refused by tenant policy',
      { type: 'ended', end: { reason: 'refused', error: porticoError('call.anonymous-join-blocked') } } as const,
      'call.anonymous-join-blocked',
    ],
    [
      'refused by the portal',
      { type: 'join-failed', error: porticoError('join.not-yet-open', { opensAt: 'x' }) } as const,
      'join.not-yet-open',
    ],
    [
      'a meeting kind ACS cannot join',
      { type: 'ended', end: { reason: 'refused', error: porticoError('call.meeting-not-supported') } } as const,
      'call.meeting-not-supported',
    ],
  ])('refuses a join %s with its code', (_name, event, code) => {
    const state = play({ type: 'join-started' }, { type: 'in-lobby' }, event);
    expect(state.phase).toBe('refused');
    expect(state.error?.code).toBe(code);
    expect(state.chat).toEqual({ status: 'closed', because: 'not-joined' });
  });

  it('keeps the call going when chat fails, and says the chat is unavailable', () => {
    const state = play(
      { type: 'join-started' },
      { type: 'capabilities', capabilities: allCapabilities },
      { type: 'connected' },
      { type: 'chat-unavailable' },
    );
    expect(state.phase).toBe('connected');
    expect(state.chat).toEqual({ status: 'unavailable' });
    expect(reduceCallSession(state, { type: 'capabilities', capabilities: allCapabilities }).chat).toEqual({
      status: 'unavailable',
    });
  });

  it('makes the chat unavailable when the meeting takes chat away', () => {
    const state = play(
      { type: 'join-started' },
      { type: 'capabilities', capabilities: allCapabilities },
      { type: 'connected' },
    );
    expect(
      reduceCallSession(state, { type: 'capabilities', capabilities: { ...allCapabilities, chat: false } }).chat,
    ).toEqual({
      status: 'unavailable',
    });
  });

  it('ignores events that do not fit the phase: nothing happens before joining or after leaving', () => {
    expect(play({ type: 'connected' })).toBe(initialCallSessionState);
    const left = play({ type: 'join-started' }, { type: 'connected' }, { type: 'ended', end: { reason: 'left' } });
    expect(reduceCallSession(left, { type: 'connected' })).toBe(left);
    expect(reduceCallSession(left, { type: 'chat-unavailable' })).toBe(left);
    const lobby = play({ type: 'join-started' }, { type: 'in-lobby' });
    expect(reduceCallSession(lobby, { type: 'reconnecting' })).toBe(lobby);
    expect(reduceCallSession(lobby, { type: 'chat-unavailable' })).toBe(lobby);
  });

  it('rejoins from every finished phase, with a fresh chat and no old error', () => {
    for (const end of [
      { reason: 'left' },
      { reason: 'removed' },
      { reason: 'meeting-ended' },
      { reason: 'not-admitted' },
    ] as const) {
      const finished = play({ type: 'join-started' }, { type: 'connected' }, { type: 'ended', end });
      const again = reduceCallSession(finished, { type: 'join-started' });
      expect(again.phase).toBe('joining');
      expect(again.error).toBeUndefined();
    }
    const connected = play({ type: 'join-started' }, { type: 'connected' });
    expect(reduceCallSession(connected, { type: 'join-started' })).toBe(connected);
  });

  it('shows the recording and transcription notices the meeting reports', () => {
    const state = play(
      { type: 'join-started' },
      { type: 'connected' },
      { type: 'notices', recording: true, transcribing: false, consentRequired: true },
    );
    expect(state.notices).toEqual({
      recording: true,
      transcribing: false,
      consentRequired: true,
      mutedByOrganiser: false,
    });
  });

  it('keeps the network quality and a failing microphone while in the call, and forgets both when it ends', () => {
    const state = play(
      { type: 'join-started' },
      { type: 'connected' },
      { type: 'network-quality', quality: 'poor' },
      { type: 'microphone-failing', failing: true },
    );
    expect(state.health).toEqual({ network: 'poor', microphoneFailing: true });
    expect(reduceCallSession(state, { type: 'microphone-failing', failing: false }).health.microphoneFailing).toBe(
      false,
    );
    const ended = reduceCallSession(state, { type: 'ended', end: { reason: 'left' } });
    expect(ended.health).toEqual({ network: 'good', microphoneFailing: false });
    expect(reduceCallSession(ended, { type: 'network-quality', quality: 'bad' }).health.network).toBe('good');
  });

  it('keeps who is typing in the chat, the latest notice per person, until their message arrives', () => {
    const open = play(
      { type: 'join-started' },
      { type: 'capabilities', capabilities: allCapabilities },
      { type: 'connected' },
    );
    const typing = play(
      { type: 'join-started' },
      { type: 'chat-typing', participantId: 'o', name: 'Dr. Ada Visser', at: '2026-12-01T10:00:00.000Z' },
    );
    expect(typing.typing).toEqual([]);
    const first = reduceCallSession(open, {
      type: 'chat-typing',
      participantId: 'o',
      name: 'Dr. Ada Visser',
      at: '2026-12-01T10:00:00.000Z',
    });
    const again = reduceCallSession(first, {
      type: 'chat-typing',
      participantId: 'o',
      name: 'Dr. Ada Visser',
      at: '2026-12-01T10:00:05.000Z',
    });
    expect(again.typing).toEqual([{ participantId: 'o', name: 'Dr. Ada Visser', at: '2026-12-01T10:00:05.000Z' }]);
    const sent = reduceCallSession(again, {
      type: 'chat-message',
      message: {
        id: 'm1',
        senderId: 'o',
        senderName: 'Dr. Ada Visser',
        format: 'html',
        text: '<p>Hi</p>',
        sentAt: '2026-12-01T10:00:06.000Z',
        own: false,
        images: [],
      },
    });
    expect(sent.typing).toEqual([]);
    expect(reduceCallSession(again, { type: 'ended', end: { reason: 'left' } }).typing).toEqual([]);
  });

  it('shows a message’s images as each loads or fails, and leaves the other messages as they are', () => {
    const loading = { name: 'x-ray.png', status: 'loading' } as const;
    const message = (id: string) => ({
      id,
      senderId: 'o',
      senderName: 'Dr. Ada Visser',
      format: 'html' as const,
      text: '<p><img id="i1"><img id="i2"></p>',
      sentAt: '2026-12-01T10:00:00.000Z',
      own: false,
      images: [
        { id: 'i1', ...loading },
        { id: 'i2', ...loading },
      ],
    });
    const state = play(
      { type: 'join-started' },
      { type: 'capabilities', capabilities: allCapabilities },
      { type: 'connected' },
      { type: 'chat-message', message: message('m1') },
      { type: 'chat-message', message: message('m2') },
      { type: 'chat-image', messageId: 'm1', image: { id: 'i1', name: 'x-ray.png', status: 'shown', url: 'blob:a' } },
      { type: 'chat-image', messageId: 'm1', image: { id: 'i2', name: 'x-ray.png', status: 'failed' } },
      { type: 'chat-image', messageId: 'gone', image: { id: 'i1', name: 'x', status: 'failed' } },
    );
    expect(state.chat.status === 'available' && state.chat.messages.map((m) => m.images.map((i) => i.status))).toEqual([
      ['shown', 'failed'],
      ['loading', 'loading'],
    ]);
  });

  it('says the organiser muted the person until they unmute', () => {
    const unmuted = unmutedMedia;
    const muted = play(
      { type: 'join-started' },
      { type: 'connected' },
      unmuted,
      { type: 'muted-by-organiser' },
      { ...unmuted, muted: true },
    );
    expect(muted.notices.mutedByOrganiser).toBe(true);
    expect(reduceCallSession(muted, unmuted).notices.mutedByOrganiser).toBe(false);
  });

  it('shows a refused action until the person’s media changes, and forgets it when the call ends', () => {
    const refused = play(
      { type: 'join-started' },
      { type: 'connected' },
      { type: 'action-refused', error: porticoError('call.microphone-blocked') },
    );
    expect(refused.refusedAction).toEqual({ code: 'call.microphone-blocked' });
    const media = unmutedMedia;
    expect(reduceCallSession(refused, media).refusedAction).toEqual({ code: 'call.microphone-blocked' });
    expect(reduceCallSession(refused, { ...media, cameraOn: false }).refusedAction).toBeUndefined();
    expect(reduceCallSession(refused, { type: 'ended', end: { reason: 'left' } }).refusedAction).toBeUndefined();
  });

  it('shows live captions once turned on: a partial phrase is replaced by what follows, three phrases kept', () => {
    const on = {
      type: 'captions',
      active: true,
      spokenLanguage: 'nl-nl',
      spokenLanguages: ['en-us', 'nl-nl'],
      captionLanguage: 'nl-nl',
      captionLanguages: [],
    } as const;
    const caption = (speakerId: string, text: string, final: boolean) =>
      ({ type: 'caption', speakerId, speakerName: speakerId.toUpperCase(), text, final }) as const;
    const before = play({ type: 'join-started' }, { type: 'connected' }, caption('a', 'ignored', true));
    expect(before.captions).toMatchObject({ available: false, lines: [] });
    const state = play(
      { type: 'join-started' },
      { type: 'connected' },
      on,
      caption('a', 'Good', false),
      caption('a', 'Good morning', true),
      caption('b', 'Hello', false),
      caption('b', 'Hello there', false),
    );
    expect(state.captions).toMatchObject({ available: true, active: true, spokenLanguage: 'nl-nl' });
    const translated = reduceCallSession(state, {
      ...on,
      captionLanguage: 'en-us',
      captionLanguages: ['en-us', 'nl-nl'],
    });
    expect(translated.captions).toMatchObject({ captionLanguage: 'en-us', captionLanguages: ['en-us', 'nl-nl'] });
    expect(state.captions.lines.map((l) => [l.speakerName, l.text, l.final])).toEqual([
      ['A', 'Good morning', true],
      ['B', 'Hello there', false],
    ]);
    const many = [1, 2, 3, 4].reduce((s, n) => reduceCallSession(s, caption('a', `Line ${n}`, true)), state);
    expect(many.captions.lines.map((l) => l.text)).toEqual(['Line 2', 'Line 3', 'Line 4']);
    expect(new Set(many.captions.lines.map((l) => l.id)).size).toBe(3);
    const off = reduceCallSession(many, { ...on, active: false });
    expect(off.captions).toMatchObject({ active: false, lines: [] });
    expect(reduceCallSession(many, { type: 'ended', end: { reason: 'left' } }).captions.available).toBe(false);
  });

  it('counts the times the person got into the call, not the reconnects', () => {
    const once = play({ type: 'join-started' }, { type: 'connected' }, { type: 'reconnecting' }, { type: 'connected' });
    expect(once.timesInCall).toBe(1);
    const twice = [
      { type: 'ended', end: { reason: 'left' } },
      { type: 'join-started' },
      { type: 'in-lobby' },
      { type: 'connected' },
    ] as const;
    expect(twice.reduce(reduceCallSession, once).timesInCall).toBe(2);
  });

  it('keeps who spoke last, and forgets it when the call ends', () => {
    const state = play(
      { type: 'join-started' },
      { type: 'connected' },
      { type: 'dominant-speakers', participantIds: ['b', 'a'] },
    );
    expect(state.dominantSpeakers).toEqual(['b', 'a']);
    expect(reduceCallSession(state, { type: 'ended', end: { reason: 'left' } }).dominantSpeakers).toEqual([]);
  });

  it('keeps the devices the call uses, as the driver reports them', () => {
    const devices = { cameraId: 'camera:b', microphoneId: 'microphone:2' };
    const state = play({ type: 'join-started' }, { type: 'connected' }, { ...unmutedMedia, devices });
    expect(state.local.devices).toEqual(devices);
  });

  it('keeps the last five reactions, each with its own id', () => {
    let state = play({ type: 'join-started' }, { type: 'connected' });
    for (let i = 0; i < 7; i++)
      state = reduceCallSession(state, { type: 'reaction', participantId: `p${i}`, kind: 'like' });
    expect(state.reactions.map((r) => r.participantId)).toEqual(['p2', 'p3', 'p4', 'p5', 'p6']);
    expect(new Set(state.reactions.map((r) => r.id)).size).toBe(5);
  });

  it('keeps the name of whoever reacted, as it was when they did', () => {
    const ada = {
      id: 'ada',
      displayName: 'Dr. Ada Visser',
      isOrganiser: true,
      muted: false,
      speaking: false,
      handRaised: false,
      isSelf: false,
    };
    const state = play(
      { type: 'join-started' },
      { type: 'connected' },
      { type: 'participants', participants: [ada] },
      { type: 'reaction', participantId: 'ada', kind: 'heart' },
      { type: 'participants', participants: [] },
    );
    expect(state.reactions).toEqual([{ id: 1, participantId: 'ada', senderName: 'Dr. Ada Visser', kind: 'heart' }]);
  });
});

describe('CallSession', () => {
  it('joins through the driver and passes its events to subscribers', async () => {
    const driver = new ScriptedDriver();
    const session = new CallSession(async () => driver);
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getSnapshot().phase));
    await session.join(async () => request);
    driver.emit({ type: 'in-lobby' });
    driver.emit({ type: 'capabilities', capabilities: allCapabilities });
    driver.emit({ type: 'connected' });
    expect(seen).toEqual(['joining', 'in-lobby', 'in-lobby', 'connected']);
    await session.setMuted(true);
    await session.sendChat('  hello  ');
    await session.sendChat('   ');
    await session.switchCamera('camera:b');
    await session.switchMicrophone('microphone:2');
    await session.switchSpeaker('speaker:1');
    expect(driver.calls).toEqual([
      'mute:true',
      'chat:hello',
      'switch-camera:camera:b',
      'switch-microphone:microphone:2',
      'switch-speaker:speaker:1',
    ]);
    expect(await session.devices()).toBe(driver.devices);
  });

  it('refuses with the domain error when the ticket is refused, and with a lost connection for anything else', async () => {
    const session = new CallSession(async () => new ScriptedDriver());
    await session.join(async () => {
      throw porticoError('appointment.cancelled');
    });
    expect(session.getSnapshot()).toMatchObject({ phase: 'refused', error: { code: 'appointment.cancelled' } });
    const driver = new ScriptedDriver();
    driver.refuseWith = Object.assign(new Error('boom'), { code: 'ECONNRESET' });
    const other = new CallSession(async () => driver);
    await other.join(async () => request);
    expect(other.getSnapshot()).toMatchObject({ phase: 'refused', error: { code: 'call.connection-lost' } });
  });

  it('leaves: hangs up, closes the chat, and drops late events from that call', async () => {
    const driver = new ScriptedDriver();
    const session = new CallSession(async () => driver);
    await session.join(async () => request);
    driver.emit({ type: 'capabilities', capabilities: allCapabilities });
    driver.emit({ type: 'connected' });
    const lateEmit = driver.emit;
    await session.leave();
    expect(driver.calls).toEqual(['leave']);
    lateEmit({ type: 'connected' });
    expect(session.getSnapshot()).toMatchObject({ phase: 'left', chat: { status: 'closed', because: 'left' } });
  });

  it('sends typing notices only while the chat is open, and a failed one changes nothing', async () => {
    const driver = new ScriptedDriver();
    const session = new CallSession(async () => driver);
    await session.join(async () => request);
    session.sendTyping();
    driver.emit({ type: 'capabilities', capabilities: allCapabilities });
    driver.emit({ type: 'connected' });
    session.sendTyping();
    await Promise.resolve();
    expect(driver.calls).toEqual(['typing']);
    driver.failures.set('typing', new Error('429 from chat'));
    session.sendTyping();
    await new Promise((resolve) => setImmediate(resolve));
    expect(session.getSnapshot().chat.status).toBe('available');
  });

  it("asks the driver whether this browser is supported, as the driver's SDK answers", async () => {
    const session = new CallSession(async () => new ScriptedDriver());
    await expect(session.browserSupport()).resolves.toEqual({
      supported: false,
      problem: 'version',
      browser: 'Chrome',
    });
  });

  it('says the chat is unavailable when sending fails, and the call goes on', async () => {
    const driver = new ScriptedDriver();
    const session = new CallSession(async () => driver);
    await session.join(async () => request);
    driver.emit({ type: 'capabilities', capabilities: allCapabilities });
    driver.emit({ type: 'connected' });
    await session.sendChat('fail');
    expect(session.getSnapshot()).toMatchObject({ phase: 'connected', chat: { status: 'unavailable' } });
  });

  it('shows why the meeting refused an action, and ignores a failure that is not a refusal', async () => {
    const driver = new ScriptedDriver();
    const session = new CallSession(async () => driver);
    await session.join(async () => request);
    driver.emit({ type: 'connected' });
    driver.failures.set('mute', porticoError('call.microphone-blocked'));
    driver.failures.set('share', new DOMException('The user cancelled the picker', 'NotAllowedError'));
    await session.startScreenShare();
    expect(session.getSnapshot().refusedAction).toBeUndefined();
    await session.setMuted(false);
    expect(session.getSnapshot()).toMatchObject({
      phase: 'connected',
      refusedAction: { code: 'call.microphone-blocked' },
    });
  });

  it('hangs up when the page is hidden for good', async () => {
    const driver = new ScriptedDriver();
    const session = new CallSession(async () => driver);
    const target = new EventTarget();
    const stop = session.hangUpOnPageHide(target as unknown as Window);
    await session.join(async () => request);
    driver.emit({ type: 'connected' });
    target.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    expect(driver.calls).toContain('leave');
    expect(session.getSnapshot().phase).toBe('left');
    stop();
  });

  it('loads the driver once, whether preloaded or not', async () => {
    let loads = 0;
    const session = new CallSession(async () => {
      loads++;
      return new ScriptedDriver();
    });
    void session.preload();
    await session.join(async () => request);
    expect(loads).toBe(1);
  });
});
