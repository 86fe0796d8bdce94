import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { AcsIdentityIssuer, createIdentityClient } from '@portico/server-adapters';
import {
  relayOrganiserAudience,
  relayServerMessageSchema,
  type RelayClientMessage,
  type RelayServerMessage,
} from '@portico/relay-protocol';
import { startEmulators, type RunningEmulators } from '../emulator-server';
import { testAccessKey } from '../testing/test-access-key';

const meetingLink =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_relaytest%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a1b2c3d4-0000-4000-8000-000000000001%22%7d';

/** A participant's socket that keeps every message, so a test can wait for the one it expects. */
class TestParticipant {
  private readonly received: RelayServerMessage[] = [];
  private readonly waiters: (() => void)[] = [];
  readonly closed: Promise<number>;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(relayServerMessageSchema.parse(JSON.parse(String(data))));
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve(code)));
  }

  static async open(url: string): Promise<TestParticipant> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/relay/socket`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new TestParticipant(socket);
  }

  send(message: RelayClientMessage): void {
    this.socket.send(JSON.stringify(message));
  }

  /** The first message (from the start of the conversation) that matches, waiting for it if need be. */
  async next<T extends RelayServerMessage['type']>(
    type: T,
    matches: (message: Extract<RelayServerMessage, { type: T }>) => boolean = () => true,
  ): Promise<Extract<RelayServerMessage, { type: T }>> {
    for (;;) {
      const index = this.received.findIndex(
        (m) => m.type === type && matches(m as Extract<RelayServerMessage, { type: T }>),
      );
      if (index >= 0) return this.received.splice(index, 1)[0] as Extract<RelayServerMessage, { type: T }>;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  has(type: RelayServerMessage['type']): boolean {
    return this.received.some((m) => m.type === type);
  }

  close(): void {
    this.socket.close();
  }
}

describe('the meeting relay', () => {
  let emulators: RunningEmulators;
  let issuer: AcsIdentityIssuer;
  const participants: TestParticipant[] = [];

  const organiserToken = (meeting: string, key = testAccessKey) =>
    new SignJWT({ meeting: { meetingLink: meeting }, name: 'Dr. Ada Visser' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a1b2c3d4-0000-4000-8000-000000000001')
      .setAudience(relayOrganiserAudience)
      .setExpirationTime('10m')
      .sign(Buffer.from(key, 'base64'));

  const join = async (token: string, displayName: string, link = meetingLink) => {
    const participant = await TestParticipant.open(emulators.url);
    participants.push(participant);
    participant.send({ type: 'join', token, locator: { meetingLink: link }, displayName });
    return participant;
  };
  const joinAsGuest = async (displayName = 'Jane Doe (Guest)', link = meetingLink) =>
    join((await issuer.createGuest()).token, displayName, link);
  const joinAsOrganiser = async (link = meetingLink) => join(await organiserToken(link), 'ignored', link);
  const organiserCall = async (path: string, body?: unknown) =>
    fetch(`${emulators.url}/relay/meeting${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${await organiserToken(meetingLink)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    emulators = await startEmulators({ port: 0, acsAccessKey: testAccessKey });
    issuer = new AcsIdentityIssuer(
      createIdentityClient({
        kind: 'connection-string',
        connectionString: `endpoint=${emulators.url}/;accesskey=${testAccessKey}`,
      }),
    );
  });
  afterEach(() => {
    for (const participant of participants.splice(0)) participant.close();
  });
  afterAll(() => emulators.close());

  it('keeps a guest in the lobby, shows them to the organiser, and lets them in when admitted', async () => {
    const organiser = await joinAsOrganiser();
    expect(await organiser.next('joined')).toMatchObject({ role: 'organiser', admitted: true });
    const guest = await joinAsGuest();
    const joined = await guest.next('joined');
    expect(joined).toMatchObject({ role: 'guest', admitted: false });
    const roster = await organiser.next('roster', (r) => r.lobby.length === 1);
    expect(roster.lobby[0]).toMatchObject({ id: joined.selfId, displayName: 'Jane Doe (Guest)' });
    expect(guest.has('roster')).toBe(false);

    organiser.send({ type: 'admit', participantId: joined.selfId });
    await guest.next('admitted');
    const capable = { isPresent: true, reason: 'Capable' };
    expect((await guest.next('capabilities')).capabilities).toEqual({
      unmuteMic: capable,
      turnVideoOn: capable,
      shareScreen: capable,
      raiseHand: capable,
      useReactions: capable,
      setCaptionLanguage: { isPresent: false, reason: 'TeamsPremiumLicenseRestricted' },
    });
    expect(await guest.next('call-info')).toEqual({ type: 'call-info', threadId: '19:meeting_relaytest@thread.v2' });
    const after = await guest.next('roster', (r) => r.participants.length === 2);
    expect(after.lobby).toEqual([]);
    expect(after.participants.map((p) => p.displayName).sort()).toEqual(['Dr. Ada Visser', 'Jane Doe (Guest)']);
  });

  it('lets the organiser see the lobby and admit over HTTP, as the staff console does', async () => {
    const guest = await joinAsGuest('Piet Jansen (Gast)');
    const { selfId } = await guest.next('joined');
    const seen = (await (await organiserCall('')).json()) as { lobby: { id: string }[] };
    expect(seen.lobby.map((entry) => entry.id)).toContain(selfId);
    expect((await organiserCall('/admit', { participantId: selfId })).status).toBe(204);
    await guest.next('admitted');
    expect((await organiserCall('/admit', { participantId: selfId })).status).toBe(404);
  });

  it('refuses organiser HTTP calls without a valid organiser token', async () => {
    const guestToken = (await issuer.createGuest()).token;
    for (const authorization of [
      '',
      `Bearer ${guestToken}`,
      `Bearer ${await organiserToken(meetingLink, Buffer.alloc(32, 9).toString('base64'))}`,
    ]) {
      const response = await fetch(`${emulators.url}/relay/meeting`, { headers: { authorization } });
      expect(response.status).toBe(401);
    }
  });

  it('passes signalling, chat and reactions only between participants in the call', async () => {
    const organiser = await joinAsOrganiser();
    const { selfId: organiserId } = await organiser.next('joined');
    const guest = await joinAsGuest();
    const { selfId: guestId } = await guest.next('joined');
    guest.send({ type: 'chat', text: 'from the lobby' });
    guest.send({ type: 'typing' });
    guest.send({ type: 'signal', to: organiserId, signal: { description: { type: 'offer', sdp: 'v=0' } } });
    organiser.send({ type: 'admit', participantId: guestId });
    await guest.next('admitted');
    guest.send({ type: 'typing' });
    expect(await organiser.next('typing')).toEqual({
      type: 'typing',
      senderId: guestId,
      senderName: 'Jane Doe (Guest)',
    });
    guest.send({ type: 'chat', text: 'hello' });
    expect((await organiser.next('chat')).message).toMatchObject({ senderId: guestId, text: 'hello', type: 'text' });
    expect((await guest.next('chat')).message.text).toBe('hello');
    organiser.send({ type: 'chat', text: '<p><b>Welcome</b></p>' });
    expect((await guest.next('chat')).message).toMatchObject({ senderId: organiserId, type: 'html' });
    await organiser.next('chat', (m) => m.message.senderId === organiserId);
    organiser.send({ type: 'signal', to: guestId, signal: { candidate: { candidate: 'candidate:1', sdpMid: '0' } } });
    expect(await guest.next('signal')).toMatchObject({ from: organiserId });
    guest.send({ type: 'reaction', kind: 'heart' });
    expect(await organiser.next('reaction')).toEqual({ type: 'reaction', from: guestId, kind: 'heart' });
    expect(organiser.has('signal')).toBe(false);
    expect(organiser.has('chat')).toBe(false);
    expect(organiser.has('typing')).toBe(false);
    expect(guest.has('typing')).toBe(false);
  });

  it('offers guests only what the meeting allows, and says when chat is unavailable', async () => {
    const link = meetingLink.replace('relaytest', 'limited');
    const settings = (body: object) =>
      fetch(`${emulators.url}/relay/_meetings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ meetingLink: link, ...body }),
      });
    expect(
      (
        await settings({
          chatAvailable: false,
          guestCapabilities: { shareScreen: true, raiseHand: false, reactions: false },
          notices: { recording: true, transcribing: false },
        })
      ).status,
    ).toBe(204);
    const organiser = await joinAsOrganiser(link);
    await organiser.next('joined');
    const guest = await joinAsGuest('Jane Doe (Guest)', link);
    organiser.send({ type: 'admit', participantId: (await guest.next('joined')).selfId });
    expect((await guest.next('capabilities')).capabilities).toMatchObject({
      shareScreen: { isPresent: true },
      raiseHand: { isPresent: false, reason: 'MeetingRestricted' },
      // Translated captions need Teams Premium, which this meeting has not.
      setCaptionLanguage: { isPresent: false, reason: 'TeamsPremiumLicenseRestricted' },
      useReactions: { isPresent: false, reason: 'MeetingRestricted' },
    });
    expect((await guest.next('notices')).notices).toEqual({
      recording: true,
      transcribing: false,
      consentRequired: false,
    });
    guest.send({ type: 'chat', text: 'anyone?' });
    expect(await guest.next('chat-refused')).toEqual({ type: 'chat-refused', status: 403 });
    guest.send({ type: 'hand', raised: true });
    guest.send({ type: 'reaction', kind: 'like' });
    await settings({ notices: { recording: true, transcribing: true } });
    expect((await guest.next('notices')).notices.transcribing).toBe(true);
    expect(organiser.has('reaction')).toBe(false);
    const roster = await organiser.next('roster', (r) => r.participants.length === 2);
    expect(roster.participants.every((p) => !p.handRaised)).toBe(true);
  });

  it('ends a guest call with the reason: turned away, removed, or the meeting ended', async () => {
    const waiting = await joinAsGuest();
    const { selfId: waitingId } = await waiting.next('joined');
    expect((await organiserCall('/deny', { participantId: waitingId })).status).toBe(204);
    expect(await waiting.next('ended')).toEqual({ type: 'ended', code: 0, subCode: 5854 });

    const inCall = await joinAsGuest();
    const { selfId: inCallId } = await inCall.next('joined');
    await organiserCall('/admit', { participantId: inCallId });
    await inCall.next('admitted');
    expect((await organiserCall('/remove', { participantId: inCallId })).status).toBe(204);
    expect(await inCall.next('ended')).toEqual({ type: 'ended', code: 0, subCode: 5300 });

    const last = await joinAsGuest();
    await last.next('joined');
    expect((await organiserCall('/end', {})).status).toBe(204);
    expect(await last.next('ended')).toEqual({ type: 'ended', code: 0, subCode: 4097 });
  });

  it('refuses a made-up token, and an organiser token for another meeting', async () => {
    const forged = await join('eyJhbGciOiJIUzI1NiJ9.eyJza3lwZWlkIjoieCJ9.c2lnbmF0dXJl', 'Mallory');
    expect(await forged.next('ended')).toEqual({ type: 'ended', code: 495, subCode: 4507 });
    expect(await forged.closed).toBe(4403);
    const elsewhere = await join(await organiserToken(meetingLink.replace('relaytest', 'other')), 'x');
    expect(await elsewhere.next('ended')).toEqual({ type: 'ended', code: 495, subCode: 4507 });
  });

  it('refuses a socket that sends something that is not a protocol message', async () => {
    const participant = await TestParticipant.open(emulators.url);
    participants.push(participant);
    (participant as unknown as { socket: WebSocket }).socket.send('{"type":"hack"}');
    expect(await participant.next('ended')).toEqual({ type: 'ended', code: 400, subCode: 0 });
  });

  const meetingSwitch = (link: string, body: object, path = '') =>
    fetch(`${emulators.url}/relay/_meetings${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ meetingLink: link, ...body }),
    });
  const admittedGuest = async (link: string) => {
    const organiser = await joinAsOrganiser(link);
    await organiser.next('joined');
    const guest = await joinAsGuest('Jane Doe (Guest)', link);
    const { selfId } = await guest.next('joined');
    organiser.send({ type: 'admit', participantId: selfId });
    await guest.next('admitted');
    return { organiser, guest, selfId };
  };

  it('refuses switches and events it cannot read', async () => {
    for (const [path, body] of [
      ['', { meetingLink: 'https://example.com/not-teams', chatAvailable: false }],
      ['', { meetingLink, guestMedia: { microphone: 'no' } }],
      ['/events', { meetingLink, event: 'self-destruct' }],
      ['/events', { meetingLink, event: 'organiser-message', html: '' }],
      ['/events', { meetingLink: 'https://example.com/not-teams', event: 'expire-guest-tokens' }],
    ] as const) {
      const response = await fetch(`${emulators.url}/relay/_meetings${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
    }
  });

  it('holds a guest’s microphone, camera and screen until they consent to a recording', async () => {
    const link = meetingLink.replace('relaytest', 'consent');
    await meetingSwitch(link, { explicitConsent: true, notices: { recording: true, transcribing: false } });
    const { guest } = await admittedGuest(link);
    const consent = { isPresent: false, reason: 'ExplicitConsentRequired' };
    expect((await guest.next('capabilities')).capabilities).toMatchObject({
      unmuteMic: consent,
      turnVideoOn: consent,
      shareScreen: consent,
    });
    expect((await guest.next('notices')).notices).toEqual({
      recording: true,
      transcribing: false,
      consentRequired: true,
    });
    guest.send({ type: 'consent' });
    expect((await guest.next('capabilities')).capabilities).toMatchObject({ unmuteMic: { isPresent: true } });
    expect((await guest.next('notices')).notices.consentRequired).toBe(false);
  });

  it('mutes guests on the organiser’s mute all, and lets them unmute again', async () => {
    const link = meetingLink.replace('relaytest', 'muteall');
    const { organiser, guest, selfId } = await admittedGuest(link);
    guest.send({ type: 'media', muted: false, cameraOn: true });
    await organiser.next('roster', (r) => r.participants.some((p) => p.id === selfId && !p.muted));
    expect((await meetingSwitch(link, { event: 'mute-guests' }, '/events')).status).toBe(204);
    await guest.next('muted-by-others');
    await organiser.next('roster', (r) => r.participants.some((p) => p.id === selfId && p.muted));
    guest.send({ type: 'media', muted: false, cameraOn: true });
    await organiser.next('roster', (r) => r.participants.some((p) => p.id === selfId && !p.muted));
  });

  it('mutes guests when the organiser turns microphones off, and keeps them muted', async () => {
    const link = meetingLink.replace('relaytest', 'hardmute');
    const { organiser, guest, selfId } = await admittedGuest(link);
    guest.send({ type: 'media', muted: false, cameraOn: true });
    await organiser.next('roster', (r) => r.participants.some((p) => p.id === selfId && !p.muted));
    expect((await meetingSwitch(link, { guestMedia: { microphone: false, camera: true } })).status).toBe(204);
    await guest.next('muted-by-others');
    expect(
      (await guest.next('capabilities', (c) => c.capabilities.unmuteMic?.isPresent === false)).capabilities,
    ).toMatchObject({ unmuteMic: { reason: 'MeetingRestricted' }, turnVideoOn: { isPresent: true } });
    guest.send({ type: 'media', muted: false, cameraOn: true });
    const roster = await organiser.next('roster', (r) => r.participants.some((p) => p.id === selfId && p.muted));
    expect(roster.participants.find((p) => p.id === selfId)?.muted).toBe(true);
  });

  it('plays the meeting’s events: an organiser’s HTML message, a network reconnect, a late thread id', async () => {
    const link = meetingLink.replace('relaytest', 'events');
    await meetingSwitch(link, { lateThreadId: true });
    const { guest } = await admittedGuest(link);
    expect(guest.has('call-info')).toBe(false);
    expect((await guest.next('call-info')).threadId).toBe('19:meeting_events@thread.v2');
    const event = (body: object) => meetingSwitch(link, body, '/events');
    expect((await event({ event: 'organiser-message', html: '<p><b>Hi</b></p>' })).status).toBe(204);
    expect((await guest.next('chat')).message).toMatchObject({ type: 'html', text: '<p><b>Hi</b></p>' });
    expect((await event({ event: 'organiser-speaks', text: 'Welcome, Jane.' })).status).toBe(204);
    expect(await guest.next('caption')).toMatchObject({ speakerName: 'Dr. Ada Visser', text: 'Welcome, Jane.' });
    await event({ event: 'network-reconnect', reconnecting: true });
    expect(await guest.next('diagnostic')).toMatchObject({ diagnostic: 'networkReconnect', value: 3 });
    await event({ event: 'network-reconnect', reconnecting: false });
    expect(await guest.next('diagnostic')).toMatchObject({ value: 1 });
    await event({ event: 'network-quality', value: 2 });
    expect(await guest.next('diagnostic')).toMatchObject({ diagnostic: 'networkSendQuality', value: 2 });
    expect(await guest.next('diagnostic')).toMatchObject({ diagnostic: 'networkReceiveQuality', value: 2 });
    await event({ event: 'microphone-fails', failing: true });
    expect(await guest.next('media-diagnostic')).toMatchObject({ diagnostic: 'microphoneNotFunctioning', value: true });
    expect((await event({ event: 'network-quality', value: 4 })).status).toBe(400);
  });

  it('serves the images of an organiser’s message to those in the call only, with their token, across origins', async () => {
    const link = meetingLink.replace('relaytest', 'images');
    const organiser = await joinAsOrganiser(link);
    await organiser.next('joined');
    const guestToken = (await issuer.createGuest()).token;
    const guest = await join(guestToken, 'Jane Doe (Guest)', link);
    const { selfId } = await guest.next('joined');
    organiser.send({ type: 'admit', participantId: selfId });
    await guest.next('admitted');
    const bytes = Buffer.from('GIF89a, or near enough');
    const posted = await meetingSwitch(
      link,
      {
        event: 'organiser-message',
        html: '<p>Your X-ray</p>',
        images: [{ name: 'x-ray.gif', contentType: 'image/gif', base64: bytes.toString('base64') }],
      },
      '/events',
    );
    expect(posted.status).toBe(204);
    const { message } = await guest.next('chat');
    const [attachment] = message.attachments ?? [];
    expect(attachment).toMatchObject({ attachmentType: 'image', name: 'x-ray.gif' });
    expect(message.text).toBe(`<p>Your X-ray</p><p><img src="" id="${attachment?.id}" itemscope="png"></p>`);
    const previewUrl = attachment?.previewUrl ?? '';
    expect(previewUrl).toBe(`${emulators.url}/relay/chat-images/${attachment?.id}`);

    const read = (token?: string, url = previewUrl) =>
      fetch(url, {
        headers: { origin: 'http://127.0.0.1:3000', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
    const served = await read(guestToken);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/gif');
    expect(served.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
    expect((await read()).status).toBe(401);
    expect((await read('not-a-token')).status).toBe(401);
    expect((await read((await issuer.createGuest()).token)).status).toBe(403);
    expect((await read(guestToken, `${emulators.url}/relay/chat-images/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await read(guestToken, `${emulators.url}/relay/chat-images/..%2F..%2Fetc`)).status).toBe(404);

    const preflight = await fetch(previewUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:3000',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');

    await organiser.next('roster', (r) => r.participants.some((p) => p.id === selfId));
    // Earlier rosters (before the admit) are not the one after the guest leaves.
    while (organiser.has('roster')) await organiser.next('roster');
    guest.close();
    await organiser.next('roster', (r) => r.participants.every((p) => p.id !== selfId));
    expect((await read(guestToken)).status).toBe(403);
    for (const images of [
      [{ name: 'x.svg', contentType: 'image/svg+xml', base64: 'PHN2Zy8+' }],
      [{ name: 'x.png', contentType: 'image/png', base64: 'not base64!' }],
    ]) {
      expect(
        (await meetingSwitch(link, { event: 'organiser-message', html: '<p>x</p>', images }, '/events')).status,
      ).toBe(400);
    }
  });

  it('seats no one whose socket closes while their join is checked, and one seat per socket', async () => {
    const link = meetingLink.replace('relaytest', 'seats');
    const joinMessage = async (displayName: string): Promise<RelayClientMessage> => ({
      type: 'join',
      token: (await issuer.createGuest()).token,
      locator: { meetingLink: link },
      displayName,
    });
    const gone = await TestParticipant.open(emulators.url);
    gone.send(await joinMessage('Gone Guest'));
    gone.close();
    await gone.closed;
    const twice = await TestParticipant.open(emulators.url);
    participants.push(twice);
    const [first, second] = [await joinMessage('First Seat'), await joinMessage('Second Seat')];
    twice.send(first);
    twice.send(second);
    const { selfId } = await twice.next('joined');

    const organiser = await joinAsOrganiser(link);
    const roster = await organiser.next('roster', (r) => r.lobby.length > 0);
    expect(roster.lobby.map(({ id, displayName }) => ({ id, displayName }))).toEqual([
      { id: selfId, displayName: 'First Seat' },
    ]);
    expect(twice.has('joined')).toBe(false);
  });

  it('ends a guest’s call when their token runs out, and turns away a wrong passcode and anonymous guests the tenant blocks', async () => {
    const link = meetingLink.replace('relaytest', 'tokens');
    const { guest } = await admittedGuest(link);
    expect((await meetingSwitch(link, { event: 'expire-guest-tokens' }, '/events')).status).toBe(204);
    await guest.next('token-invalid');
    expect(await guest.next('ended')).toEqual({ type: 'ended', code: 495, subCode: 4507 });

    await meetingSwitch('https://teams.microsoft.com/meet/345678901234?p=Right1', { passcode: 'Right1' });
    const wrongPasscode = await TestParticipant.open(emulators.url);
    participants.push(wrongPasscode);
    wrongPasscode.send({
      type: 'join',
      token: (await issuer.createGuest()).token,
      locator: { meetingId: '345678901234', passcode: 'Wrong1' },
      displayName: 'Jane Doe (Guest)',
    });
    expect(await wrongPasscode.next('ended')).toEqual({ type: 'ended', code: 404, subCode: 5751 });

    const blocked = meetingLink.replace('relaytest', 'blocked');
    await meetingSwitch(blocked, { anonymousJoinBlocked: true });
    const turnedAway = await joinAsGuest('Jane Doe (Guest)', blocked);
    expect(await turnedAway.next('ended')).toEqual({ type: 'ended', code: 403, subCode: 5221 });
    const reset = await fetch(`${emulators.url}/relay/_meetings?meetingLink=${encodeURIComponent(blocked)}`, {
      method: 'DELETE',
    });
    expect(reset.status).toBe(204);
    expect(await (await joinAsGuest('Jane Doe (Guest)', blocked)).next('joined')).toMatchObject({ admitted: false });
  });
});
