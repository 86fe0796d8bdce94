/**
 * @portico/meeting-core/server: ports and their adapters. Server only: this entry point pulls in
 * Azure SDKs and Node built-ins, and lint keeps it out of browser code.
 */
export type { AppointmentStore, StoredAppointment, TimeRange } from './server/appointment-store';
export {
  AzureTablesAppointmentStore,
  appointmentsTableName,
} from './server/azure-tables/azure-tables-appointment-store';
export type { MeetingDirectory, CalendarMeeting, CreateMeetingRequest } from './server/meeting-directory';
export { GraphMeetingDirectory } from './server/graph/graph-meeting-directory';
export { createGraphClient, type GraphClientOptions } from './server/graph/graph-client';
export { porticoAppointmentPropertyId } from './server/graph/portico-event-marker';
export type { Mailer, OutgoingEmail, EmailAttachment } from './server/email/mailer';
export { AcsEmailMailer } from './server/email/acs-email-mailer';
export { createEmailClient, type EmailClientOptions } from './server/email/create-email-client';
export type { GuestEmailKind } from './server/guest-email/guest-email-kind';
export { composeGuestEmail, type GuestEmailInput } from './server/guest-email/compose-guest-email';
export { composeSignInEmail, type SignInEmailInput } from './server/guest-email/compose-sign-in-email';
export {
  AppointmentLinkTokens,
  type AppointmentLinkGrant,
  type AppointmentLinkClaim,
} from './server/guest-access/appointment-link-tokens';
export type { SignInLinks } from './server/guest-access/sign-in-links';
export type { RateLimiter, RateLimit } from './server/guest-access/rate-limiter';
export { AzureTablesSignInLinks, guestAccessTableName } from './server/azure-tables/azure-tables-sign-in-links';
export { AzureTablesRateLimiter } from './server/azure-tables/azure-tables-rate-limiter';
export {
  guestNoticeSchema,
  invitationsQueueName,
  type GuestNotice,
  type GuestNoticeQueue,
} from './server/invitations/guest-notice';
export { AzureStorageMessageQueue } from './server/queues/azure-storage-message-queue';
export type { SentEmailLog } from './server/invitations/sent-email-log';
export { AzureTablesSentEmailLog, sentEmailsTableName } from './server/azure-tables/azure-tables-sent-email-log';
export {
  callTokenLifetimeMinutes,
  type IdentityIssuer,
  type CallToken,
  type IssuedIdentity,
} from './server/calling/identity-issuer';
export { AcsIdentityIssuer } from './server/calling/acs-identity-issuer';
export {
  createIdentityClient,
  connectionStringEndpoint,
  type IdentityClientOptions,
} from './server/calling/create-identity-client';
export type { CallIdentities } from './server/calling/call-identities';
export { AzureTablesCallIdentities, callIdentitiesTableName } from './server/azure-tables/azure-tables-call-identities';
export type { CalendarSource, CalendarChanges, ChangesFrom } from './server/calendar-sync/calendar-source';
export {
  maxEventSubscriptionMinutes,
  type CalendarSubscriptions,
  type CalendarSubscription,
  type SubscribeRequest,
} from './server/calendar-sync/calendar-subscriptions';
export type {
  SyncedCalendars,
  SyncedCalendar,
  StoredSubscription,
  DeltaCursor,
} from './server/calendar-sync/synced-calendars';
export {
  calendarSyncMessageSchema,
  calendarNotificationsQueueName,
  type CalendarSyncMessage,
} from './server/calendar-sync/calendar-sync-message';
export { NotificationClientStates } from './server/calendar-sync/notification-client-state';
export { GraphCalendarSource } from './server/graph/graph-calendar-source';
export { GraphCalendarSubscriptions } from './server/graph/graph-calendar-subscriptions';
export { toCalendarEvent } from './server/graph/graph-calendar-event';
export {
  AzureTablesSyncedCalendars,
  syncedCalendarsTableName,
} from './server/azure-tables/azure-tables-synced-calendars';
export { perTryTimeout } from './server/azure-sdk/per-try-timeout';
