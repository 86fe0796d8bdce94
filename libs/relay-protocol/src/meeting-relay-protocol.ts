import { z } from 'zod';
import { meetingLocatorSchema } from '@portico/api-contract';
import { reactionKinds } from '@portico/domain';

/**
 * The messages between the local call driver and the meeting relay (`apps/emulators`), as JSON over
 * one WebSocket per participant. Both sides parse with these schemas, so a change breaks both at once.
 */
const capabilities = z.object({
  shareScreen: z.boolean(),
  raiseHand: z.boolean(),
  reactions: z.boolean(),
  chat: z.boolean(),
});

export const relayParticipantSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(['organiser', 'guest']),
  muted: z.boolean(),
  cameraOn: z.boolean(),
  handRaised: z.boolean(),
  /** The WebRTC stream id of the participant's screen share, while sharing. */
  screenStreamId: z.string().optional(),
});

const lobbyEntry = z.object({ id: z.string(), displayName: z.string(), waitingSince: z.iso.datetime() });
const sessionDescription = z.object({
  type: z.enum(['offer', 'answer', 'pranswer', 'rollback']),
  sdp: z.string().optional(),
});
const iceCandidate = z.object({
  candidate: z.string(),
  sdpMid: z.string().nullable().optional(),
  sdpMLineIndex: z.number().nullable().optional(),
});
const signal = z.union([z.object({ description: sessionDescription }), z.object({ candidate: iceCandidate })]);
const chatMessage = z.object({
  id: z.string(),
  senderId: z.string(),
  senderName: z.string(),
  text: z.string(),
  sentAt: z.iso.datetime(),
});
const meetingNotices = z.object({ recording: z.boolean(), transcribing: z.boolean() });

export const relayClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('join'),
    token: z.string().max(4096),
    locator: meetingLocatorSchema,
    displayName: z.string().min(1).max(128),
  }),
  z.object({ type: z.literal('signal'), to: z.string(), signal }),
  z.object({ type: z.literal('chat'), text: z.string().min(1).max(4000) }),
  z.object({
    type: z.literal('media'),
    muted: z.boolean(),
    cameraOn: z.boolean(),
    screenStreamId: z.string().max(200).optional(),
  }),
  z.object({ type: z.literal('hand'), raised: z.boolean() }),
  z.object({ type: z.literal('reaction'), kind: z.enum(reactionKinds) }),
  z.object({ type: z.literal('admit'), participantId: z.string() }),
  z.object({ type: z.literal('leave') }),
]);

export const relayEndReasons = ['left', 'removed', 'not-admitted', 'meeting-ended', 'refused'] as const;

export const relayServerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('joined'),
    selfId: z.string(),
    role: z.enum(['organiser', 'guest']),
    admitted: z.boolean(),
    organiserName: z.string().optional(),
  }),
  z.object({
    type: z.literal('roster'),
    participants: z.array(relayParticipantSchema),
    lobby: z.array(lobbyEntry),
  }),
  z.object({ type: z.literal('admitted') }),
  z.object({ type: z.literal('capabilities'), capabilities }),
  z.object({ type: z.literal('notices'), notices: meetingNotices }),
  z.object({ type: z.literal('signal'), from: z.string(), signal }),
  z.object({ type: z.literal('chat'), message: chatMessage }),
  z.object({ type: z.literal('chat-unavailable') }),
  z.object({ type: z.literal('reaction'), from: z.string(), kind: z.enum(reactionKinds) }),
  z.object({
    type: z.literal('ended'),
    reason: z.enum(relayEndReasons),
    /** For `refused`: the domain error code, e.g. `call.ticket-refused`. */
    code: z.string().optional(),
  }),
]);

export type RelayClientMessage = z.infer<typeof relayClientMessageSchema>;
export type RelayServerMessage = z.infer<typeof relayServerMessageSchema>;
export type RelayParticipant = z.infer<typeof relayParticipantSchema>;
export type RelayLobbyEntry = z.infer<typeof lobbyEntry>;
export type RelayChatMessage = z.infer<typeof chatMessage>;
export type RelaySignal = z.infer<typeof signal>;
export type RelayEndReason = (typeof relayEndReasons)[number];

/** The audience of the organiser tokens the portal mints for the relay in local mode. */
export const relayOrganiserAudience = 'portico-meeting-relay';
