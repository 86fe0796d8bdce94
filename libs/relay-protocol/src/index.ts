/**
 * @portico/relay-protocol: the messages between the ACS SDK emulation (browser) and the meeting relay
 * (`apps/emulators`), as zod schemas both sides parse with.
 */
export {
  relayCapabilityNames,
  relayClientMessageSchema,
  relayServerMessageSchema,
  relayOrganiserAudience,
  relayOrganiserMeetingSchema,
  relayOrganiserRawId,
  teamsCallEnds,
  type TeamsCallEnd,
  type RelayCapabilities,
  type RelayClientMessage,
  type RelayServerMessage,
  type RelayParticipant,
  type RelayLobbyEntry,
  type RelayChatMessage,
  type RelayNotices,
  type RelaySignal,
} from './meeting-relay-protocol';
