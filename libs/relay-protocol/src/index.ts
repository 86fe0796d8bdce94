/**
 * @portico/relay-protocol: the messages between the local call driver (browser) and the
 * meeting relay (`apps/emulators`), as zod schemas both sides parse with.
 */
export {
  relayClientMessageSchema,
  relayServerMessageSchema,
  relayOrganiserAudience,
  type RelayClientMessage,
  type RelayServerMessage,
  type RelayParticipant,
  type RelayLobbyEntry,
  type RelayChatMessage,
  type RelaySignal,
  type RelayEndReason,
} from './meeting-relay-protocol';
