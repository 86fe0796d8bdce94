import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { relayClientMessageSchema, teamsCallEnds, type RelayServerMessage } from '@portico/relay-protocol';
import type { MeetingRelay, RelayIdentity } from './meeting-relay';
import type { MeetingRoom, RoomMember } from './meeting-room';

const participantInput = z.object({ participantId: z.string().min(1) });
const settingsInput = z.object({
  meetingLink: z.string().min(1),
  chatAvailable: z.boolean().optional(),
  notices: z.object({ recording: z.boolean(), transcribing: z.boolean() }).optional(),
  guestCapabilities: z.object({ shareScreen: z.boolean(), raiseHand: z.boolean(), reactions: z.boolean() }).optional(),
  guestMedia: z.object({ microphone: z.boolean(), camera: z.boolean() }).optional(),
  explicitConsent: z.boolean().optional(),
  lateThreadId: z.boolean().optional(),
  anonymousJoinBlocked: z.boolean().optional(),
  captionTranslation: z.boolean().optional(),
  passcode: z
    .string()
    .regex(/^[A-Za-z0-9]{4,32}$/)
    .optional(),
});
const eventInput = z.discriminatedUnion('event', [
  z.object({
    meetingLink: z.string().min(1),
    event: z.literal('organiser-message'),
    html: z.string().min(1).max(28_000),
    /** Images pasted into the message, as Teams sends them: after the text, each an attachment. */
    images: z
      .array(
        z.object({
          name: z.string().min(1).max(200),
          contentType: z.enum(['image/png', 'image/jpeg', 'image/gif']),
          base64: z.base64().max(350_000),
        }),
      )
      .max(4)
      .optional(),
  }),
  z.object({ meetingLink: z.string().min(1), event: z.literal('network-reconnect'), reconnecting: z.boolean() }),
  /** The network's quality for guests, as the SDK's `DiagnosticQuality` (1 good, 2 poor, 3 bad). */
  z.object({ meetingLink: z.string().min(1), event: z.literal('network-quality'), value: z.literal([1, 2, 3]) }),
  /** The guests' microphones stop (or start again) giving sound. */
  z.object({ meetingLink: z.string().min(1), event: z.literal('microphone-fails'), failing: z.boolean() }),
  /** The organiser says something, which Teams transcribes as captions for whoever turned them on. */
  z.object({
    meetingLink: z.string().min(1),
    event: z.literal('organiser-speaks'),
    text: z.string().min(1).max(500),
    translations: z.record(z.string().regex(/^[a-z]{2}$/), z.string().min(1).max(500)).optional(),
  }),
  z.object({ meetingLink: z.string().min(1), event: z.literal('expire-guest-tokens') }),
  z.object({ meetingLink: z.string().min(1), event: z.literal('mute-guests') }),
  z.object({ meetingLink: z.string().min(1), event: z.literal('chat-notifications-drop') }),
]);
/** How often the relay checks that each participant's token is still valid. */
const tokenCheckMs = 1_000;

/** How long a socket may stay silent before it has said who it is. */
const joinTimeoutMs = 10_000;

/**
 * The meeting relay's endpoints: `/relay/socket` for each participant's WebSocket (signalling,
 * lobby, chat), `/relay/meeting/*` for the organiser's lobby view and actions over HTTP (the staff
 * console), and `/relay/_meetings` to set a meeting's capabilities and notices in tests and demos.
 */
export async function relayRoutes(app: FastifyInstance, { relay }: { relay: MeetingRelay }): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 256 * 1024 } });

  app.get('/relay/socket', { websocket: true }, (socket) => {
    let joined: { room: MeetingRoom; member: RoomMember; tokenExpiresAt: Date } | undefined;
    // Set from the first join message on: a second one, or one whose socket closed while its token
    // was being checked, must never take a seat.
    let joinStarted = false;
    let closed = false;
    const send = (message: RelayServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const refuse = (end: keyof typeof teamsCallEnds) => {
      send({ type: 'ended', ...teamsCallEnds[end] });
      socket.close(4403, end);
    };
    const timer = setTimeout(() => refuse('protocolViolation'), joinTimeoutMs);
    // A token that runs out without a renewal ends the call, as ACS does.
    const tokenCheck = setInterval(() => {
      if (joined && joined.tokenExpiresAt.getTime() <= relay.now().getTime()) {
        joined.room.expireToken(joined.member.id);
      }
    }, tokenCheckMs);
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      clearInterval(tokenCheck);
      if (joined) joined.room.leave(joined.member.id, joined.member);
    });
    socket.on('message', (data) => {
      void (async () => {
        const parsed = relayClientMessageSchema.safeParse(safeJson(String(data)));
        if (!parsed.success) return refuse('protocolViolation');
        const message = parsed.data;
        if (message.type === 'join') {
          if (joinStarted) return undefined;
          joinStarted = true;
          clearTimeout(timer);
          const meeting = relay.meetingFor(message.locator);
          if (!meeting.ok) return refuse('meetingNotFound');
          const identity = await relay.identify(message.token);
          if (closed) return undefined;
          if (!identity || (identity.meeting !== undefined && identity.meeting.key !== meeting.value.key)) {
            return refuse('tokenRefused');
          }
          const room = relay.room(meeting.value);
          // A wrong passcode finds no meeting, as Teams answers a join by ID.
          const { passcode } = room.settings;
          if ('meetingId' in message.locator && passcode !== undefined && message.locator.passcode !== passcode) {
            return refuse('meetingNotFound');
          }
          const member: RoomMember = {
            id: identity.id,
            role: identity.role,
            displayName: identity.displayName ?? message.displayName,
            send,
            close: () => socket.close(1000),
          };
          joined = { room, member, tokenExpiresAt: identity.expiresAt };
          joined.room.enter(member);
          return undefined;
        }
        if (!joined) return refuse('protocolViolation');
        const { room, member } = joined;
        switch (message.type) {
          case 'renew': {
            const seat = joined;
            const renewed = await relay.identify(message.token);
            if (renewed?.id === member.id) seat.tokenExpiresAt = renewed.expiresAt;
            return undefined;
          }
          case 'signal':
            return room.signal(member.id, message.to, message.signal);
          case 'chat':
            return room.chat(member.id, message.text);
          case 'typing':
            return room.typing(member.id);
          case 'media':
            return room.updateMedia(member.id, message);
          case 'hand':
            return room.raiseHand(member.id, message.raised);
          case 'reaction':
            return room.react(member.id, message.kind);
          case 'consent':
            return room.consent(member.id);
          case 'admit':
            return member.role === 'organiser' ? void room.admit(message.participantId) : undefined;
          case 'reject':
            return member.role === 'organiser'
              ? void room.dismiss(message.participantId, 'deniedFromLobby')
              : undefined;
          case 'leave':
            joined = undefined;
            room.leave(member.id, member);
            socket.close(1000);
            return undefined;
        }
      })();
    });
  });

  /** The organiser token on an HTTP request, checked: only organisers act on their own meeting. */
  const asOrganiser = async (request: FastifyRequest, reply: FastifyReply): Promise<MeetingRoom | undefined> => {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const identity: RelayIdentity | undefined = token ? await relay.identify(token) : undefined;
    if (identity?.role !== 'organiser' || identity.meeting === undefined) {
      await reply.code(401).send({ error: { code: 'Unauthorized', message: 'An organiser token is required.' } });
      return undefined;
    }
    return relay.room(identity.meeting);
  };
  const participantAction =
    (act: (room: MeetingRoom, participantId: string) => boolean) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const room = await asOrganiser(request, reply);
      if (!room) return reply;
      const input = participantInput.safeParse(request.body);
      if (!input.success) return reply.code(400).send({ error: { code: 'BadRequest', message: input.error.message } });
      if (!act(room, input.data.participantId)) {
        return reply.code(404).send({ error: { code: 'NotFound', message: 'Nobody with that id is there.' } });
      }
      return reply.code(204).send();
    };

  app.get('/relay/meeting', async (request, reply) => {
    const room = await asOrganiser(request, reply);
    return room ? { participants: room.participants(), lobby: room.lobby() } : reply;
  });
  app.post(
    '/relay/meeting/admit',
    participantAction((room, id) => room.admit(id)),
  );
  app.post(
    '/relay/meeting/deny',
    participantAction((room, id) => room.dismiss(id, 'deniedFromLobby')),
  );
  app.post(
    '/relay/meeting/remove',
    participantAction((room, id) => room.dismiss(id, 'removedByOrganiser')),
  );
  app.post(
    '/relay/meeting/lower-hand',
    participantAction((room, id) => room.lowerHand(id)),
  );
  app.post('/relay/meeting/end', async (request, reply) => {
    const room = await asOrganiser(request, reply);
    if (!room) return reply;
    room.end();
    return reply.code(204).send();
  });

  const roomFor = (meetingLink: string) => {
    const meeting = relay.meetingFor({ meetingLink });
    return meeting.ok ? relay.room(meeting.value) : undefined;
  };
  const badRequest = (reply: FastifyReply, message: string) =>
    reply.code(400).send({ error: { code: 'BadRequest', message } });

  app.post('/relay/_meetings', async (request, reply) => {
    const input = settingsInput.safeParse(request.body);
    if (!input.success) return badRequest(reply, input.error.message);
    const room = roomFor(input.data.meetingLink);
    if (!room) return badRequest(reply, 'Not a Teams meeting link.');
    const { meetingLink: _link, ...changes } = input.data;
    Object.assign(room.settings, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    room.announceSettings();
    return reply.code(204).send();
  });

  app.delete<{ Querystring: { meetingLink?: string } }>('/relay/_meetings', async (request, reply) => {
    const room = roomFor(request.query.meetingLink ?? '');
    if (!room) return badRequest(reply, 'Not a Teams meeting link.');
    room.resetSettings();
    return reply.code(204).send();
  });

  /** Things that happen in a meeting, for tests and the staff console (local mode) to make happen. */
  app.post('/relay/_meetings/events', async (request, reply) => {
    const input = eventInput.safeParse(request.body);
    if (!input.success) return badRequest(reply, input.error.message);
    const room = roomFor(input.data.meetingLink);
    if (!room) return badRequest(reply, 'Not a Teams meeting link.');
    switch (input.data.event) {
      case 'organiser-message': {
        const images = (input.data.images ?? []).map(({ name, contentType, base64 }) => ({
          name,
          contentType,
          bytes: Buffer.from(base64, 'base64'),
        }));
        const origin = `${request.protocol}://${request.host}`;
        return room.postAsOrganiser(input.data.html, images, (id) => `${origin}/relay/chat-images/${id}`)
          ? reply.code(204).send()
          : reply.code(409).send({ error: { code: 'Conflict', message: 'No organiser is in the call.' } });
      }
      case 'organiser-speaks':
        return room.captionOrganiser(input.data.text, input.data.translations)
          ? reply.code(204).send()
          : reply.code(409).send({ error: { code: 'Conflict', message: 'No organiser is in the call.' } });
      case 'network-reconnect':
        room.networkReconnect(input.data.reconnecting);
        return reply.code(204).send();
      case 'network-quality':
        room.networkQuality(input.data.value);
        return reply.code(204).send();
      case 'microphone-fails':
        room.microphoneFails(input.data.failing);
        return reply.code(204).send();
      case 'expire-guest-tokens':
        room.expireGuestTokens();
        return reply.code(204).send();
      case 'mute-guests':
        room.muteGuests();
        return reply.code(204).send();
      case 'chat-notifications-drop':
        room.dropChatNotifications();
        return reply.code(204).send();
    }
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
