import type { CalendarEventVersion } from '../calendar-sync/calendar-event';
import type { TeamsMeeting } from '../teams-meeting/teams-meeting';
import type { DialIn } from '../teams-meeting/dial-in';
import type { Appointment, AppointmentGuest, AppointmentOrganiser } from './appointment';
import type { SyncNotice } from './guest-notice';
import { replacingPersonalLinks } from './personal-link-generation';

/** What an organiser's calendar event says of its appointment. */
export interface CalendarFields {
  readonly organiser: AppointmentOrganiser;
  readonly guests: readonly AppointmentGuest[];
  readonly subject: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly meeting: TeamsMeeting;
  readonly dialIn?: DialIn;
  readonly calendarEventId: string;
  readonly calendarSeriesId?: string;
  readonly calendarVersion: CalendarEventVersion;
}

/** A new appointment made from a calendar event. */
export function appointmentFromCalendar(id: string, fields: CalendarFields, now: Date): Appointment {
  const timestamp = now.toISOString();
  return { id, origin: 'calendar', ...fields, status: 'scheduled', createdAt: timestamp, updatedAt: timestamp };
}

/** A cancelled appointment whose event qualifies again: scheduled anew, so earlier links stay replaced. */
export function reinstateFromCalendar(appointment: Appointment, fields: CalendarFields, now: Date): Appointment {
  return replacingPersonalLinks({
    ...withoutDialIn(appointment),
    ...fields,
    status: 'scheduled',
    updatedAt: now.toISOString(),
  });
}

/** The calendar event's dial-in replaces the appointment's: one the organiser lost goes too. */
function withoutDialIn(appointment: Appointment): Appointment {
  const { dialIn: _previous, ...rest } = appointment;
  return rest;
}

/**
 * An open appointment taking in its event's new version. A new time makes it rescheduled and replaces
 * its personal links; `updatedAt` moves only when something its guests see has changed.
 */
export function updateFromCalendar(appointment: Appointment, fields: CalendarFields, now: Date): Appointment {
  const moved = fields.startsAt !== appointment.startsAt || fields.endsAt !== appointment.endsAt;
  const visible = moved || fields.subject !== appointment.subject || !sameGuests(appointment.guests, fields.guests);
  const updated: Appointment = {
    ...withoutDialIn(appointment),
    ...fields,
    ...(moved ? { status: 'rescheduled' as const } : {}),
    ...(visible ? { updatedAt: now.toISOString() } : {}),
  };
  return moved ? replacingPersonalLinks(updated) : updated;
}

/**
 * The calendar version an appointment has taken in, with the e-mails it called for, so a repeat of
 * the same change can queue them again and an older one changes nothing.
 */
export function recordCalendarChange(
  appointment: Appointment,
  notices: readonly SyncNotice[],
  version: CalendarEventVersion | undefined = appointment.calendarVersion,
): Appointment {
  return { ...appointment, ...(version ? { calendarVersion: version } : {}), calendarNotices: notices };
}

function sameGuests(a: readonly AppointmentGuest[], b: readonly AppointmentGuest[]): boolean {
  return a.length === b.length && a.every((guest, i) => guest.email === b[i]?.email && guest.name === b[i]?.name);
}
