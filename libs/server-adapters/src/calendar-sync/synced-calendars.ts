import type { AppointmentOrganiser, ErrorCode } from '@portico/domain';

/** The subscription Portico holds on a calendar, and the nonce its `clientState` is derived from. */
export interface StoredSubscription {
  readonly id: string;
  readonly expiresAt: string;
  readonly clientStateNonce: string;
}

/** Where the delta backstop left off: its link and the window it reads. */
export interface DeltaCursor {
  readonly deltaLink: string;
  /** The end of the window the link reads; past its middle, a fresh window is read. */
  readonly windowEndsAt: string;
  readonly syncedAt: string;
}

/** One staff member's calendar sync: whether it is on, its subscription and its backstop cursor. */
export interface SyncedCalendar {
  readonly organiser: AppointmentOrganiser;
  readonly enabled: boolean;
  readonly subscription?: StoredSubscription;
  readonly cursor?: DeltaCursor;
  /** The last problem sync met (a stable error code), shown to the staff member. */
  readonly problem?: { readonly code: ErrorCode; readonly at: string };
}

/** The sync state of staff calendars. Each part is written on its own, by whoever owns it. */
export interface SyncedCalendars {
  get(userId: string): Promise<SyncedCalendar | undefined>;
  listEnabled(): Promise<readonly SyncedCalendar[]>;
  setEnabled(organiser: AppointmentOrganiser, enabled: boolean): Promise<void>;
  /** Stores the calendar's subscription (or its absence) and the lookup from the subscription id. */
  saveSubscription(userId: string, subscription: StoredSubscription | undefined): Promise<void>;
  /** The calendar a subscription belongs to, for checking a notification. */
  findSubscription(
    subscriptionId: string,
  ): Promise<{ readonly userId: string; readonly clientStateNonce: string } | undefined>;
  saveCursor(userId: string, cursor: DeltaCursor | undefined): Promise<void>;
  recordProblem(userId: string, problem: { readonly code: ErrorCode; readonly at: string } | undefined): Promise<void>;
}
