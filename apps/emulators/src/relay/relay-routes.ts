import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { relayClientMessageSchema, type RelayServerMessage } from '@portico/relay-protocol';
import { meetingKeyOf, type MeetingRelay, type RelayIdentity } from './meeting-relay';
import type { MeetingRoom, RoomMember } from './meeting-room';

const participantInput = z.object({ participantId: z.string().min(1) });
const settingsInput = z.object({
  meetingLink: z.string().min(1),
  chatAvailable: z.boolean().optional(),
  notices: z.object({ recording: z.boolean(), transcribing: z.boolean() }).optional(),
  guestCapabilities: z.object({ shareScreen: z.boolean(), raiseHand: z.boolean(), reactions: z.boolean() }).optional(),
});

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
    let joined: { room: MeetingRoom; member: RoomMember } | undefined;
    const send = (message: RelayServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const refuse = (code: string) => {
      send({ type: 'ended', reason: 'refused', code });
      socket.close(4403, code);
    };
    const timer = setTimeout(() => refuse('request.invalid'), joinTimeoutMs);
    socket.on('close', () => {
      clearTimeout(timer);
      if (joined) joined.room.leave(joined.member.id, joined.member);
    });
    socket.on('message', (data) => {
      void (async () => {
        const parsed = relayClientMessageSchema.safeParse(safeJson(String(data)));
        if (!parsed.success) return refuse('request.invalid');
        const message = parsed.data;
        if (message.type === 'join') {
          if (joined) return undefined;
          clearTimeout(timer);
          const meetingKey = meetingKeyOf(message.locator);
          if (!meetingKey.ok) return refuse(meetingKey.error.code);
          const identity = await relay.identify(message.token);
          if (!identity || (identity.meetingKey !== undefined && identity.meetingKey !== meetingKey.value)) {
            return refuse('call.ticket-refused');
          }
          const member: RoomMember = {
            id: identity.id,
            role: identity.role,
            displayName: identity.displayName ?? message.displayName,
            send,
            close: () => socket.close(1000),
          };
          joined = { room: relay.room(meetingKey.value), member };
          joined.room.enter(member, undefined);
          return undefined;
        }
        if (!joined) return refuse('request.invalid');
        const { room, member } = joined;
        switch (message.type) {
          case 'signal':
            return room.signal(member.id, message.to, message.signal);
          case 'chat':
            return room.chat(member.id, message.text);
          case 'media':
            return room.updateMedia(member.id, message);
          case 'hand':
            return room.raiseHand(member.id, message.raised);
          case 'reaction':
            return room.react(member.id, message.kind);
          case 'admit':
            return member.role === 'organiser' ? void room.admit(message.participantId) : undefined;
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
    if (identity?.role !== 'organiser' || identity.meetingKey === undefined) {
      await reply.code(401).send({ error: { code: 'Unauthorized', message: 'An organiser token is required.' } });
      return undefined;
    }
    return relay.room(identity.meetingKey);
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
    participantAction((room, id) => room.dismiss(id, 'not-admitted')),
  );
  app.post(
    '/relay/meeting/remove',
    participantAction((room, id) => room.dismiss(id, 'removed')),
  );
  app.post('/relay/meeting/end', async (request, reply) => {
    const room = await asOrganiser(request, reply);
    if (!room) return reply;
    room.end();
    return reply.code(204).send();
  });

  app.post('/relay/_meetings', async (request, reply) => {
    const input = settingsInput.safeParse(request.body);
    if (!input.success) return reply.code(400).send({ error: { code: 'BadRequest', message: input.error.message } });
    const key = meetingKeyOf({ meetingLink: input.data.meetingLink });
    if (!key.ok) return reply.code(400).send({ error: { code: 'BadRequest', message: key.error.code } });
    const room = relay.room(key.value);
    const { chatAvailable, notices, guestCapabilities } = input.data;
    if (chatAvailable !== undefined) room.settings.chatAvailable = chatAvailable;
    if (notices) room.settings.notices = notices;
    if (guestCapabilities) room.settings.guestCapabilities = guestCapabilities;
    room.announceSettings();
    return reply.code(204).send();
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
