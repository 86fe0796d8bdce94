import { z } from 'zod';
import { meetingLocatorSchema } from '@portico/api-contract';
import { reactionKinds } from '@portico/domain';

/**
 * The messages between the ACS SDK emulation (`@portico/acs-sdk-emulation`, in the browser) and the
 * meeting relay (`apps/emulators`), as JSON over one WebSocket per participant. The relay plays the
 * Teams side, so what it reports is in ACS's own shapes: capabilities as the SDK's
 * `ParticipantCapabilities`, call ends as `callEndReason` codes. Both sides parse with these schemas,
 * so a change breaks both at once.
 */

/** The capabilities the relay reports, by the SDK's `ParticipantCapabilityName`. */
export const relayCapabilityNames = [
  'unmuteMic',
  'turnVideoOn',
  'shareScreen',
  'raiseHand',
  'useReactions',
  'setCaptionLanguage',
] as const;
const capability = z.object({ isPresent: z.boolean(), reason: z.string().max(64) });
const capabilities = z.partialRecord(z.enum(relayCapabilityNames), capability);

export const relayParticipantSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(['organiser', 'guest']),
  muted: z.boolean(),
  cameraOn: z.boolean(),
  handRaised: z.boolean(),
  /** The WebRTC stream id of the participant's microphone and camera. */
  mediaStreamId: z.string().optional(),
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
  /** As the chat service types it: guests send `text`; Teams users' messages are `html`. */
  type: z.enum(['text', 'html']),
  text: z.string(),
  sentAt: z.iso.datetime(),
  /**
   * Images a Teams user put in the message, as the chat SDK's `attachments`: the message's `<img>`
   * with the same `id` shows the one at `previewUrl`, which answers only with the reader's token.
   */
  attachments: z
    .array(
      z.object({
        id: z.string(),
        attachmentType: z.literal('image'),
        name: z.string().optional(),
        previewUrl: z.url(),
      }),
    )
    .optional(),
});
const meetingNotices = z.object({
  recording: z.boolean(),
  transcribing: z.boolean(),
  /** The meeting records with explicit consent and this participant has not given it. */
  consentRequired: z.boolean(),
});

export const relayClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('join'),
    token: z.string().max(4096),
    locator: meetingLocatorSchema,
    displayName: z.string().min(1).max(128),
  }),
  /** A renewed token, presented as the SDK does while the call lasts. */
  z.object({ type: z.literal('renew'), token: z.string().max(4096) }),
  z.object({ type: z.literal('signal'), to: z.string(), signal }),
  z.object({ type: z.literal('chat'), text: z.string().min(1).max(4000) }),
  /** The chat SDK's `sendTypingNotification`: this participant is typing in the meeting chat. */
  z.object({ type: z.literal('typing') }),
  z.object({
    type: z.literal('media'),
    muted: z.boolean(),
    cameraOn: z.boolean(),
    mediaStreamId: z.string().max(200).optional(),
    screenStreamId: z.string().max(200).optional(),
  }),
  z.object({ type: z.literal('hand'), raised: z.boolean() }),
  z.object({ type: z.literal('reaction'), kind: z.enum(reactionKinds) }),
  z.object({ type: z.literal('consent') }),
  z.object({ type: z.literal('admit'), participantId: z.string() }),
  z.object({ type: z.literal('reject'), participantId: z.string() }),
  z.object({ type: z.literal('leave') }),
]);

export const relayServerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('joined'),
    selfId: z.string(),
    role: z.enum(['organiser', 'guest']),
    admitted: z.boolean(),
  }),
  z.object({
    type: z.literal('roster'),
    participants: z.array(relayParticipantSchema),
    lobby: z.array(lobbyEntry),
  }),
  z.object({ type: z.literal('admitted') }),
  /** The meeting's chat thread, which can be named after the call connects. */
  z.object({ type: z.literal('call-info'), threadId: z.string() }),
  z.object({ type: z.literal('capabilities'), capabilities }),
  z.object({ type: z.literal('notices'), notices: meetingNotices }),
  /** Someone in the meeting muted this participant. */
  z.object({ type: z.literal('muted-by-others') }),
  /** A `UserFacingDiagnostics` network diagnostic, with the SDK's `DiagnosticQuality` (1 good, 2 poor, 3 bad). */
  z.object({
    type: z.literal('diagnostic'),
    diagnostic: z.enum(['networkReconnect', 'networkSendQuality', 'networkReceiveQuality']),
    value: z.literal([1, 2, 3]),
  }),
  /** A `UserFacingDiagnostics` media diagnostic: the microphone gives no sound although it is on. */
  z.object({
    type: z.literal('media-diagnostic'),
    diagnostic: z.literal('microphoneNotFunctioning'),
    value: z.boolean(),
  }),
  z.object({ type: z.literal('signal'), from: z.string(), signal }),
  z.object({ type: z.literal('chat'), message: chatMessage }),
  /** Someone else is typing in the meeting chat (the chat SDK's `typingIndicatorReceived`). */
  z.object({ type: z.literal('typing'), senderId: z.string(), senderName: z.string() }),
  /** The chat service's realtime notifications to this participant dropped; they must subscribe again. */
  z.object({ type: z.literal('chat-notifications-dropped') }),
  /** The chat service refused this participant (ACS guests meet 403s); the call goes on. */
  z.object({ type: z.literal('chat-refused'), status: z.number().int() }),
  z.object({ type: z.literal('reaction'), from: z.string(), kind: z.enum(reactionKinds) }),
  /** A phrase someone in the call said, as the meeting's captions service transcribed it. */
  z.object({
    type: z.literal('caption'),
    speakerId: z.string(),
    speakerName: z.string(),
    text: z.string(),
    /** The phrase in other languages, as Teams Premium's translated captions give it (ISO 639-1 keys). */
    translations: z.record(z.string(), z.string()).optional(),
  }),
  /** The participant's token expired without a renewal: the agent's connection is gone. */
  z.object({ type: z.literal('token-invalid') }),
  /** The call ended for this participant, with the code and sub-code ACS documents for the reason. */
  z.object({ type: z.literal('ended'), code: z.number().int(), subCode: z.number().int() }),
]);

export type RelayClientMessage = z.infer<typeof relayClientMessageSchema>;
export type RelayServerMessage = z.infer<typeof relayServerMessageSchema>;
export type RelayParticipant = z.infer<typeof relayParticipantSchema>;
export type RelayLobbyEntry = z.infer<typeof lobbyEntry>;
export type RelayChatMessage = z.infer<typeof chatMessage>;
export type RelaySignal = z.infer<typeof signal>;
export type RelayCapabilities = z.infer<typeof capabilities>;
export type RelayNotices = z.infer<typeof meetingNotices>;

/** The audience of the organiser tokens the portal mints for the relay in local mode. */
export const relayOrganiserAudience = 'portico-meeting-relay';

/** An organiser token's `meeting` claim: the one meeting, as a call joins it, that it makes its holder organiser of. */
export const relayOrganiserMeetingSchema = meetingLocatorSchema;

/**
 * The call ends the relay reports, with the `code`/`subCode` ACS documents for each (the ACS
 * troubleshooting reference "call end codes"; the UI Library's own mapping for 5854 and 5751, which
 * the reference leaves out), so the driver maps the same numbers it meets in Azure.
 */
export const teamsCallEnds = {
  hungUp: { code: 0, subCode: 0 },
  removedByOrganiser: { code: 0, subCode: 5300 },
  endedForEveryone: { code: 0, subCode: 4097 },
  deniedFromLobby: { code: 0, subCode: 5854 },
  anonymousJoinBlocked: { code: 403, subCode: 5221 },
  meetingNotFound: { code: 404, subCode: 5751 },
  tokenRefused: { code: 495, subCode: 4507 },
  protocolViolation: { code: 400, subCode: 0 },
} as const satisfies Record<string, { code: number; subCode: number }>;
export type TeamsCallEnd = keyof typeof teamsCallEnds;

/** The raw ACS id an organiser has on the relay, as Teams users appear to ACS (`8:orgid:<object id>`). */
export const relayOrganiserRawId = (staffId: string): string => `8:orgid:${staffId}`;
