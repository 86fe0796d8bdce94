/**
 * @portico/server-adapters: ports and their adapters. Server only: this library pulls in
 * Azure SDKs and Node built-ins, and its `scope:server` tag keeps it out of browser code.
 */
export type { AppointmentStore, StoredAppointment } from './appointment-store';
export { AzureTablesAppointmentStore, appointmentsTableName } from './azure-tables/azure-tables-appointment-store';
export type { MeetingDirectory, CreateMeetingRequest } from './meeting-directory';
export { GraphMeetingDirectory } from './graph/graph-meeting-directory';
export { createGraphClient } from './graph/graph-client';
export type { StaffMailboxSettings } from './mailbox-settings/staff-mailbox-settings';
export { CachedStaffMailboxSettings } from './mailbox-settings/cached-staff-mailbox-settings';
export { GraphStaffMailboxSettings } from './graph/graph-staff-mailbox-settings';
export type { Mailer, OutgoingEmail } from './email/mailer';
export { AcsEmailMailer } from './email/acs-email-mailer';
export { createEmailClient } from './email/create-email-client';
export { composeGuestEmail } from './guest-email/compose-guest-email';
export { appointmentCalendarDownload } from './guest-email/appointment-calendar-download';
export { composeSignInEmail } from './guest-email/compose-sign-in-email';
export { composeReminderEmail } from './guest-reminders/compose-reminder-email';
export { composeReminderText } from './guest-reminders/compose-reminder-text';
export { AppointmentLinkTokens } from './guest-access/appointment-link-tokens';
export type { SignInLinks } from './guest-access/sign-in-links';
export type { RateLimiter } from './guest-access/rate-limiter';
export { AzureTablesSignInLinks, guestAccessTableName } from './azure-tables/azure-tables-sign-in-links';
export { AzureTablesRateLimiter } from './azure-tables/azure-tables-rate-limiter';
export {
  guestNoticeSchema,
  invitationsQueueName,
  type GuestNotice,
  type GuestNoticeQueue,
  type EnqueueOptions,
} from './invitations/guest-notice';
export { AzureStorageMessageQueue } from './queues/azure-storage-message-queue';
export type { SentEmailLog } from './invitations/sent-email-log';
export type { PresenceBoard } from './front-desk/presence-board';
export type { AuditTrail } from './audit/audit-trail';
export { AzureTablesAuditTrail, auditTrailTableName } from './azure-tables/azure-tables-audit-trail';
export { AzureTablesPresenceBoard, presenceBoardTableName } from './azure-tables/azure-tables-presence-board';
export { AzureTablesSentEmailLog, sentEmailsTableName } from './azure-tables/azure-tables-sent-email-log';
export { type IdentityIssuer, type CallToken } from './calling/identity-issuer';
export { AcsIdentityIssuer } from './calling/acs-identity-issuer';
export { createIdentityClient, connectionStringEndpoint } from './calling/create-identity-client';
export type { CallIdentities } from './calling/call-identities';
export { AzureTablesCallIdentities, callIdentitiesTableName } from './azure-tables/azure-tables-call-identities';
export type { CalendarSource } from './calendar-sync/calendar-source';
export { maxEventSubscriptionMinutes, type CalendarSubscriptions } from './calendar-sync/calendar-subscriptions';
export type { SyncedCalendars, SyncedCalendar, StoredSubscription } from './calendar-sync/synced-calendars';
export {
  calendarSyncMessageSchema,
  calendarNotificationsQueueName,
  maxEventsPerMessage,
  type CalendarSyncMessage,
} from './calendar-sync/calendar-sync-message';
export { NotificationClientStates } from './calendar-sync/notification-client-state';
export { GraphCalendarSource } from './graph/graph-calendar-source';
export { GraphCalendarSubscriptions } from './graph/graph-calendar-subscriptions';
export { AzureTablesSyncedCalendars, syncedCalendarsTableName } from './azure-tables/azure-tables-synced-calendars';
export { perTryTimeout } from './azure-sdk/per-try-timeout';
export type { TextMessenger, OutgoingText, Repeatability } from './sms/text-messenger';
export { AcsSmsTextMessenger } from './sms/acs-sms-text-messenger';
export { createSmsClient } from './sms/create-sms-client';
export type { ReminderLedger } from './reminders/reminder-ledger';
export type { ReminderPreferences } from './reminders/reminder-preferences';
export { ReminderStopTokens } from './reminders/reminder-stop-tokens';
export {
  AzureTablesReminderLedger,
  AzureTablesReminderPreferences,
  remindersTableName,
} from './azure-tables/azure-tables-reminders';
export { isShortLinkCode, type ShortLinks } from './short-links/short-links';
export { AzureTablesShortLinks, shortLinksTableName } from './azure-tables/azure-tables-short-links';
export type { WalkInDesks, StoredWalkInDesk } from './walk-in/walk-in-desks';
export { AzureTablesWalkInDesks, walkInDesksTableName } from './azure-tables/azure-tables-walk-in-desks';
