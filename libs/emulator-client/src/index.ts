/**
 * @portico/emulator-client: the one client of the local stand-ins' own endpoints (the emulated
 * Outlook calendar, the Graph emulator's and the meeting relay's switches, the e-mail and SMS outboxes),
 * for the local pages, the integration tests, e2e and the benches. Nothing in production talks to an
 * emulator.
 */
export { EmulatedOutlook, type OutlookEvent } from './outlook/emulated-outlook';
export { GraphEmulatorControls } from './outlook/graph-emulator-controls';
export { readOutbox, emailsTo, waitForEmailsTo, type OutboxMessage } from './outbox/email-outbox';
export { readSmsOutbox, textsTo, type SmsOutboxMessage } from './outbox/sms-outbox';
export {
  MeetingRelayControls,
  type RelayMeetingEvent,
  type RelayMeetingSettings,
} from './relay/meeting-relay-controls';
export { IdentityEmulatorControls } from './identity/identity-emulator-controls';
