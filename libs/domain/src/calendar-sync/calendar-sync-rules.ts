import type { Locale } from '../locale';
import type { MeetingLinkPolicy } from '../teams-meeting/parse-teams-meeting-link';
import { parseTeamsMeetingLink } from '../teams-meeting/parse-teams-meeting-link';
import type { TeamsMeeting } from '../teams-meeting/teams-meeting';
import type { AppointmentGuest, AppointmentOrganiser } from '../appointment/appointment';
import { appointmentLimits } from '../appointment/appointment';
import type { CalendarEvent } from './calendar-event';

/** Which calendar events become appointments, and how their guests start out. */
export interface CalendarSyncRules {
  /** Mail domains inside the organisation; the organiser's own domain always counts. */
  readonly organisationDomains: readonly string[];
  /** When set, only events in this category (e.g. "Portico") are synced. */
  readonly category?: string;
  /** A synced guest's language and time zone until they choose their own. */
  readonly guestLocale: Locale;
  readonly guestTimeZone: string;
  readonly meetingLinks: MeetingLinkPolicy;
}

/** Why an event is not an appointment; logged, never shown to a guest. */
export type IneligibleReason =
  | 'made-by-portico'
  | 'not-organiser'
  | 'cancelled'
  | 'not-a-teams-meeting'
  | 'unsupported-meeting'
  | 'not-in-category'
  | 'no-outside-attendee'
  | 'too-many-guests'
  | 'too-long'
  | 'over';

export type Eligibility =
  | { readonly eligible: true; readonly meeting: TeamsMeeting; readonly guests: readonly AppointmentGuest[] }
  | { readonly eligible: false; readonly reason: IneligibleReason };

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Whether an event is an appointment under the rules: an online Teams meeting that ACS can join, with
 * at least one attendee outside the organisation, not made by Portico, not over. The outside
 * attendees become its guests; a guest already known keeps the language and zone they had.
 */
export function calendarEventEligibility(
  event: CalendarEvent,
  organiser: AppointmentOrganiser,
  rules: CalendarSyncRules,
  now: Date,
  knownGuests: readonly AppointmentGuest[] = [],
): Eligibility {
  if (event.porticoAppointmentId !== undefined) return { eligible: false, reason: 'made-by-portico' };
  if (!event.isOrganiser) return { eligible: false, reason: 'not-organiser' };
  if (event.isCancelled) return { eligible: false, reason: 'cancelled' };
  if (!event.teamsJoinUrl) return { eligible: false, reason: 'not-a-teams-meeting' };
  const meeting = parseTeamsMeetingLink(event.teamsJoinUrl, rules.meetingLinks);
  if (!meeting.ok) return { eligible: false, reason: 'unsupported-meeting' };
  const category = rules.category?.toLowerCase();
  if (category !== undefined && !event.categories.some((c) => c.toLowerCase() === category)) {
    return { eligible: false, reason: 'not-in-category' };
  }
  const inside = new Set([...rules.organisationDomains.map((d) => d.toLowerCase()), domainOf(organiser.email)]);
  const known = new Map(knownGuests.map((guest) => [guest.email, guest]));
  const guests = new Map<string, AppointmentGuest>();
  for (const attendee of event.attendees) {
    const email = attendee.email.trim().toLowerCase();
    if (attendee.isResource || !email.includes('@') || inside.has(domainOf(email)) || guests.has(email)) continue;
    guests.set(
      email,
      known.get(email) ?? {
        name: attendee.name.trim() || email,
        email,
        locale: rules.guestLocale,
        timeZone: rules.guestTimeZone,
      },
    );
  }
  if (guests.size === 0) return { eligible: false, reason: 'no-outside-attendee' };
  if (guests.size > appointmentLimits.maxGuests) return { eligible: false, reason: 'too-many-guests' };
  const minutes = (Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000;
  if (!(minutes > 0) || minutes > appointmentLimits.maxDurationMinutes) return { eligible: false, reason: 'too-long' };
  if (Date.parse(event.endsAt) <= now.getTime()) return { eligible: false, reason: 'over' };
  return { eligible: true, meeting: meeting.value, guests: [...guests.values()] };
}
