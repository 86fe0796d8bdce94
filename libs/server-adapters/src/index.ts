/**
 * @portico/server-adapters: ports and their adapters. Server only: this library pulls in
 * Azure SDKs and Node built-ins, and its `scope:server` tag keeps it out of browser code.
 */
export type { AppointmentStore, StoredAppointment, TimeRange } from './appointment-store';
export { AzureTablesAppointmentStore, appointmentsTableName } from './azure-tables/azure-tables-appointment-store';
export type { MeetingDirectory, CalendarMeeting, CreateMeetingRequest } from './meeting-directory';
export { GraphMeetingDirectory } from './graph/graph-meeting-directory';
export { createGraphClient, type GraphClientOptions } from './graph/graph-client';
export { porticoAppointmentPropertyId } from './graph/portico-event-marker';
export type { Mailer, OutgoingEmail, EmailAttachment } from './email/mailer';
export { AcsEmailMailer } from './email/acs-email-mailer';
export { createEmailClient, type EmailClientOptions } from './email/create-email-client';
export { composeGuestEmail, type GuestEmailInput } from './guest-email/compose-guest-email';
export { composeSignInEmail, type SignInEmailInput } from './guest-email/compose-sign-in-email';
export {
  AppointmentLinkTokens,
  type AppointmentLinkGrant,
  type AppointmentLinkClaim,
} from './guest-access/appointment-link-tokens';
export type { SignInLinks } from './guest-access/sign-in-links';
export type { RateLimiter, RateLimit } from './guest-access/rate-limiter';
export { AzureTablesSignInLinks, guestAccessTableName } from './azure-tables/azure-tables-sign-in-links';
export { AzureTablesRateLimiter } from './azure-tables/azure-tables-rate-limiter';
export {
  guestNoticeSchema,
  invitationsQueueName,
  type GuestNotice,
  type GuestNoticeQueue,
} from './invitations/guest-notice';
export { AzureStorageMessageQueue } from './queues/azure-storage-message-queue';
export type { SentEmailLog } from './invitations/sent-email-log';
export { AzureTablesSentEmailLog, sentEmailsTableName } from './azure-tables/azure-tables-sent-email-log';
export {
  callTokenLifetimeMinutes,
  type IdentityIssuer,
  type CallToken,
  type IssuedIdentity,
} from './calling/identity-issuer';
export { AcsIdentityIssuer } from './calling/acs-identity-issuer';
export {
  createIdentityClient,
  connectionStringEndpoint,
  type IdentityClientOptions,
} from './calling/create-identity-client';
export type { CallIdentities } from './calling/call-identities';
export { AzureTablesCallIdentities, callIdentitiesTableName } from './azure-tables/azure-tables-call-identities';
export type { CalendarSource, CalendarChanges, ChangesFrom } from './calendar-sync/calendar-source';
export {
  maxEventSubscriptionMinutes,
  type CalendarSubscriptions,
  type CalendarSubscription,
  type SubscribeRequest,
} from './calendar-sync/calendar-subscriptions';
export type {
  SyncedCalendars,
  SyncedCalendar,
  StoredSubscription,
  DeltaCursor,
} from './calendar-sync/synced-calendars';
export {
  calendarSyncMessageSchema,
  calendarNotificationsQueueName,
  type CalendarSyncMessage,
} from './calendar-sync/calendar-sync-message';
export { NotificationClientStates } from './calendar-sync/notification-client-state';
export { GraphCalendarSource } from './graph/graph-calendar-source';
export { GraphCalendarSubscriptions } from './graph/graph-calendar-subscriptions';
export { toCalendarEvent } from './graph/graph-calendar-event';
export { AzureTablesSyncedCalendars, syncedCalendarsTableName } from './azure-tables/azure-tables-synced-calendars';
export { perTryTimeout } from './azure-sdk/per-try-timeout';
