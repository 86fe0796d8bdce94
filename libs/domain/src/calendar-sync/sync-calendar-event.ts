import type { Appointment, AppointmentGuest, AppointmentOrganiser } from '../appointment/appointment';
import { appointmentLimits } from '../appointment/appointment';
import { isNewerVersion, type CalendarEventState } from './calendar-event';
import { calendarEventEligibility, type CalendarSyncRules } from './calendar-sync-rules';
import { replacingPersonalLinks } from '../appointment/personal-link-generation';

/** An e-mail to the guests that a synced change calls for; `change` names it so it is sent once. */
export interface SyncNotice {
  readonly kind: 'invitation' | 'rescheduled' | 'cancelled';
  readonly change: string;
}

/** What to do with one calendar change: nothing (and why), or write this appointment and tell the guests. */
export type CalendarSyncDecision =
  | {
      readonly kind: 'nothing';
      readonly reason: string;
      /** A repeat of the version already taken in: its notices, queued again in case the first queuing failed. */
      readonly resend?: readonly SyncNotice[];
    }
  | {
      readonly kind: 'write';
      readonly appointment: Appointment;
      readonly isNew: boolean;
      readonly notices: readonly SyncNotice[];
    };

export interface CalendarSyncInput {
  /** The appointment already made from this event, if any. */
  readonly current: Appointment | undefined;
  /** The event as the calendar has it now. */
  readonly state: CalendarEventState;
  /** The id an appointment made from this event has (the same for every copy of the change). */
  readonly appointmentId: string;
  readonly organiser: AppointmentOrganiser;
  readonly rules: CalendarSyncRules;
  readonly now: Date;
}

/**
 * Invitations to a synced appointment all share one change name, so a guest added later gets theirs
 * and the guests already invited get nothing twice.
 */
export const syncedInvitationChange = 'calendar';

const fallbackSubject = 'Teams meeting';

/**
 * Decides what one calendar change means for its appointment. Idempotent and order-free: the event's
 * version is kept on the appointment, so a duplicate or an older version changes nothing, and a
 * deleted event is final.
 */
export function syncCalendarEvent(input: CalendarSyncInput): CalendarSyncDecision {
  const { current, state, now } = input;
  if (state.kind === 'gone') {
    if (!current) return nothing('event-unknown');
    return isOpen(current) ? cancel(current, now) : nothing('already-closed');
  }
  const { event } = state;
  if (current?.calendarVersion && !isNewerVersion(event.version, current.calendarVersion)) {
    return current.calendarVersion.changeKey === event.version.changeKey
      ? { kind: 'nothing', reason: 'duplicate', resend: current.calendarNotices ?? [] }
      : nothing('older');
  }
  if (current?.status === 'ended') return nothing('already-ended');
  const eligibility = calendarEventEligibility(event, input.organiser, input.rules, now, current?.guests);
  if (!eligibility.eligible) {
    if (!current || eligibility.reason === 'over') return nothing(eligibility.reason);
    if (!isOpen(current)) return write({ ...current, calendarVersion: event.version }, false, []);
    return cancel({ ...current, calendarVersion: event.version }, now);
  }
  const timestamp = now.toISOString();
  const fields = {
    organiser: input.organiser,
    guests: eligibility.guests,
    subject: event.subject.trim().slice(0, appointmentLimits.maxSubjectLength) || fallbackSubject,
    startsAt: new Date(event.startsAt).toISOString(),
    endsAt: new Date(event.endsAt).toISOString(),
    meeting: eligibility.meeting,
    calendarEventId: event.id,
    calendarVersion: event.version,
  };
  if (!current) {
    const appointment: Appointment = {
      id: input.appointmentId,
      origin: 'calendar',
      ...fields,
      status: 'scheduled',
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    return write(appointment, true, [{ kind: 'invitation', change: syncedInvitationChange }]);
  }
  if (current.status === 'cancelled') {
    // Cancelled because the event stopped qualifying, and now it does again: the guests are invited anew.
    const appointment = replacingPersonalLinks({ ...current, ...fields, status: 'scheduled', updatedAt: timestamp });
    return write(appointment, false, [{ kind: 'invitation', change: `reinstated:${event.version.changeKey}` }]);
  }
  const moved = fields.startsAt !== current.startsAt || fields.endsAt !== current.endsAt;
  const added = hasNewGuest(current.guests, fields.guests);
  const visible = moved || added || fields.subject !== current.subject || !sameGuests(current.guests, fields.guests);
  const updated: Appointment = {
    ...current,
    ...fields,
    ...(moved ? { status: 'rescheduled' as const } : {}),
    ...(visible ? { updatedAt: timestamp } : {}),
  };
  const appointment = moved ? replacingPersonalLinks(updated) : updated;
  const notices: SyncNotice[] = [
    ...(moved ? [{ kind: 'rescheduled' as const, change: timestamp }] : []),
    ...(added ? [{ kind: 'invitation' as const, change: syncedInvitationChange }] : []),
  ];
  return write(appointment, false, notices);
}

/** The write, with its notices kept on the appointment so that a repeat of the change can queue them again. */
function write(appointment: Appointment, isNew: boolean, notices: readonly SyncNotice[]): CalendarSyncDecision {
  return { kind: 'write', appointment: { ...appointment, calendarNotices: notices }, isNew, notices };
}

function isOpen(appointment: Appointment): boolean {
  return appointment.status !== 'cancelled' && appointment.status !== 'ended';
}

function cancel(appointment: Appointment, now: Date): CalendarSyncDecision {
  const timestamp = now.toISOString();
  return write(replacingPersonalLinks({ ...appointment, status: 'cancelled', updatedAt: timestamp }), false, [
    { kind: 'cancelled', change: timestamp },
  ]);
}

function nothing(reason: string): CalendarSyncDecision {
  return { kind: 'nothing', reason };
}

function hasNewGuest(before: readonly AppointmentGuest[], after: readonly AppointmentGuest[]): boolean {
  const known = new Set(before.map((guest) => guest.email));
  return after.some((guest) => !known.has(guest.email));
}

function sameGuests(a: readonly AppointmentGuest[], b: readonly AppointmentGuest[]): boolean {
  return a.length === b.length && a.every((guest, i) => guest.email === b[i]?.email && guest.name === b[i]?.name);
}
