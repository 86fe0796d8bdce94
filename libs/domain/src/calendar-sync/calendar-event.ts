import type { DialIn } from '../teams-meeting/dial-in';

/** A person invited to a calendar event, as the calendar lists them. */
export interface CalendarAttendee {
  readonly name: string;
  readonly email: string;
  /** Rooms and equipment are attendees too; they never become guests. */
  readonly isResource: boolean;
}

/** Which version of a calendar event a change describes; a later version wins. */
export interface CalendarEventVersion {
  readonly changeKey: string;
  /** ISO 8601 instant of the event's last modification. */
  readonly lastModifiedAt: string;
}

/** An event in a staff member's calendar, as sync needs it (read from Graph by an adapter). */
export interface CalendarEvent {
  readonly id: string;
  readonly version: CalendarEventVersion;
  readonly subject: string;
  /** ISO 8601 instants in UTC. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly isCancelled: boolean;
  /** Whether the calendar's owner organises the event; an invitation from someone else is theirs to sync. */
  readonly isOrganiser: boolean;
  /** The Teams join URL, when the event is an online Teams meeting. */
  readonly teamsJoinUrl?: string;
  /** The Teams meeting's phone dial-in, when its organiser has audio conferencing. */
  readonly dialIn?: DialIn;
  readonly attendees: readonly CalendarAttendee[];
  readonly categories: readonly string[];
  /** The appointment id in Portico's marker, when Portico itself made the event. */
  readonly porticoAppointmentId?: string;
  /**
   * Where the event stands in a recurring series: a single event, one occurrence of a series (moved
   * ones too), or the series master, which is no meeting of its own but the rule its occurrences
   * follow. Each occurrence is an appointment; the master never is.
   */
  readonly series: { readonly role: 'single' } | { readonly role: 'master' } | CalendarOccurrence;
}

/** An occurrence of a recurring series, and the master it belongs to. */
export interface CalendarOccurrence {
  readonly role: 'occurrence';
  readonly masterId: string;
}

/** What the calendar says of one event now: it is there, or it is gone (deleted or never visible). */
export type CalendarEventState =
  { readonly kind: 'present'; readonly event: CalendarEvent } | { readonly kind: 'gone'; readonly eventId: string };

/** Whether `a` is a later version than `b`. Ties are settled by the change key, so every copy agrees. */
export function isNewerVersion(a: CalendarEventVersion, b: CalendarEventVersion): boolean {
  const at = Date.parse(a.lastModifiedAt);
  const bt = Date.parse(b.lastModifiedAt);
  if (at !== bt) return at > bt;
  return a.changeKey !== b.changeKey && a.changeKey > b.changeKey;
}
