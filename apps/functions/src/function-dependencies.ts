import type { Brand, CalendarSyncRules, JoinPolicies } from '@portico/domain';
import type {
  AppointmentLinkTokens,
  AppointmentStore,
  CalendarSource,
  CalendarSubscriptions,
  CalendarSyncMessage,
  NotificationClientStates,
  SyncedCalendars,
  CallIdentities,
  IdentityIssuer,
  GuestNoticeQueue,
  Mailer,
  PresenceBoard,
  AuditTrail,
  MeetingDirectory,
  RateLimiter,
  SentEmailLog,
  SignInLinks,
  StaffMailboxSettings,
  ReminderLedger,
  ReminderPreferences,
  ReminderStopTokens,
  ShortLinks,
  TextMessenger,
  WalkInDesks,
} from '@portico/server-adapters';

/** Everything the handlers need, wired once by the composition root. */
export interface FunctionDependencies {
  readonly appointments: AppointmentStore;
  readonly meetings: MeetingDirectory;
  readonly notices: GuestNoticeQueue;
  readonly mailer: Mailer;
  readonly sentEmails: SentEmailLog;
  /** Where each guest is on the way into the call, and staff's notes for those waiting. */
  readonly presenceBoard: PresenceBoard;
  /** Each appointment's append-only record of what happened to it. */
  readonly auditTrail: AuditTrail;
  /** How many days audit events are kept. */
  readonly auditRetentionDays: number;
  /**
   * How long staff may undo a cancellation before the guests are told and the meeting is cancelled:
   * the domain's `cancellationUndoSeconds`, shorter only in tests that would otherwise wait for it.
   */
  readonly cancellationUndoSeconds: number;
  /** Reminders before each appointment, by e-mail and (with a sender and consent) by text. */
  readonly reminders: {
    readonly minutesBefore: readonly number[];
    readonly ledger: ReminderLedger;
    readonly preferences: ReminderPreferences;
    readonly stopTokens: ReminderStopTokens;
    readonly shortLinks: ShortLinks;
    /** Absent when the deployment has no SMS sender. */
    readonly texts: TextMessenger | undefined;
  };
  readonly appointmentLinks: AppointmentLinkTokens;
  readonly signInLinks: SignInLinks;
  /** Mints guests' ACS identities and tokens. */
  readonly identities: IdentityIssuer;
  readonly callIdentities: CallIdentities;
  /** The ACS resource guests' tokens are for, which their chat client connects to. */
  readonly acsEndpoint: string;
  readonly signInRateLimits: { readonly perEmail: RateLimiter; readonly perClient: RateLimiter };
  /** Staff's walk-in desks, and the budgets of check-ins per client and per desk. */
  readonly walkInDesks: WalkInDesks;
  readonly walkInRateLimits: {
    readonly perClient: RateLimiter;
    readonly perDesk: RateLimiter;
    readonly perEmail: RateLimiter;
  };
  /** A new appointment id. */
  readonly newId: () => string;
  /** How long an HTTP request may take before it is answered 503 with `Retry-After`. */
  readonly requestDeadlineMs: number;
  /** Throws when storage cannot be reached; used by the health check. */
  readonly probeStorage: () => Promise<void>;
  readonly clock: () => Date;
  /** The portal's public address and name, for links and text in e-mails. */
  readonly portal: { readonly url: string; readonly brand: Brand };
  readonly policies: JoinPolicies;
  readonly calendars: CalendarSource;
  /** Staff members' own mailbox settings, for their time zone. */
  readonly staffMailboxSettings: StaffMailboxSettings;
  /** A staff member's time zone when their mailbox names none or cannot be read. */
  readonly defaultStaffTimeZone: string;
  readonly calendarSubscriptions: CalendarSubscriptions;
  readonly syncedCalendars: SyncedCalendars;
  readonly calendarSyncQueue: { enqueue(message: CalendarSyncMessage): Promise<void> };
  readonly clientStates: NotificationClientStates;
  readonly calendarSync: {
    readonly notificationUrl: string;
    readonly lifecycleNotificationUrl: string;
    /** How far ahead the delta backstop reads each calendar. */
    readonly windowDays: number;
    readonly rules: CalendarSyncRules;
  };
}
