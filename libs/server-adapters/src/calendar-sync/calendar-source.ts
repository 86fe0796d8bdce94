import type { CalendarEvent, CalendarEventState, PorticoError, Result } from '@portico/domain';
import type { TimeRange } from '../appointment-store';

/** Which events changed since the last read, and where to read from next time. */
export interface CalendarChanges {
  readonly changedEventIds: readonly string[];
  readonly removedEventIds: readonly string[];
  /** Opaque; hand it back to read only what changes after this. */
  readonly deltaLink: string;
}

/** Where to start reading changes: from a stored delta link, or everything in a window. */
export type ChangesFrom = { readonly deltaLink: string } | { readonly window: TimeRange };

/** A staff member's calendar, read for sync. */
export interface CalendarSource {
  /** The event as it is now; `gone` when it was deleted. */
  readEvent(userId: string, eventId: string): Promise<Result<CalendarEventState, PorticoError>>;
  /** Several events as they are now, read together where the calendar allows it; each id's state or error. */
  readEvents(
    userId: string,
    eventIds: readonly string[],
  ): Promise<ReadonlyMap<string, Result<CalendarEventState, PorticoError>>>;
  /**
   * The occurrences of a recurring series in a window, moved ones where they are now; cancelled ones
   * are not there. A change to a series reaches Portico as a change to its master only.
   */
  readOccurrences(
    userId: string,
    masterId: string,
    window: TimeRange,
  ): Promise<Result<readonly CalendarEvent[], PorticoError>>;
  /**
   * The events that changed since `from`; `restart` when the delta link is no longer valid and a
   * full read of the window is needed.
   */
  readChanges(userId: string, from: ChangesFrom): Promise<Result<CalendarChanges | 'restart', PorticoError>>;
}
