import {
  appointmentLimits,
  cancelAppointment,
  isOpenAppointment,
  type Appointment,
  type AppointmentGuest,
  type AppointmentOrganiser,
} from '../appointment/appointment';
import {
  appointmentFromCalendar,
  recordCalendarChange,
  reinstateFromCalendar,
  updateFromCalendar,
  type CalendarFields,
} from '../appointment/calendar-transitions';
import type { SyncNotice } from '../appointment/guest-notice';
import { isNewerVersion, type CalendarEventState, type CalendarEventVersion } from './calendar-event';
import { calendarEventEligibility, type CalendarSyncRules } from './calendar-sync-rules';

/** What to do with one calendar change: nothing (and why), or write this appointment and tell the guests. */
export type CalendarSyncDecision =
  | {
      readonly kind: 'nothing';
      readonly reason: string;
      /**
       * A repeat of the version taken in lately: its notices, queued again in case the first queuing
       * failed. Only within `resendWindowMs` of the change, which the queue's retries and the next
       * catch-ups fall in; a full catch-up re-reading older events queues nothing for them.
       */
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

/** How long after a change a repeat of it queues the change's notices again. */
export const resendWindowMs = 60 * 60_000;

/**
 * Decides what one calendar change means for its appointment. Idempotent and order-free: the event's
 * version is kept on the appointment, so a duplicate or an older version changes nothing, and a
 * deleted event is final. Every change goes through the appointment's own transitions.
 */
export function syncCalendarEvent(input: CalendarSyncInput): CalendarSyncDecision {
  const { current, state, now } = input;
  if (state.kind === 'gone') {
    if (!current) return nothing('event-unknown');
    return isOpenAppointment(current) ? cancel(current, now, undefined) : nothing('already-closed');
  }
  const { event } = state;
  // A series master is the rule of its occurrences, each synced on its own; it is no meeting itself.
  if (event.series.role === 'master') return nothing('series-master');
  // Staff cancelled it in the portal, and the event is cancelled once the time to undo has passed;
  // an update of the event (a guest's Outlook reply) neither reinstates it nor disturbs an undo.
  if (current?.status === 'cancelled' && current.cancelledFrom) return nothing('cancelled-by-staff');
  if (current?.calendarVersion && !isNewerVersion(event.version, current.calendarVersion)) {
    return current.calendarVersion.changeKey === event.version.changeKey
      ? {
          kind: 'nothing',
          reason: 'duplicate',
          resend: now.getTime() - Date.parse(current.updatedAt) < resendWindowMs ? (current.calendarNotices ?? []) : [],
        }
      : nothing('older');
  }
  if (current?.status === 'ended') return nothing('already-ended');
  const eligibility = calendarEventEligibility(event, input.organiser, input.rules, now, current?.guests);
  if (!eligibility.eligible) {
    if (!current || eligibility.reason === 'over') return nothing(eligibility.reason);
    if (!isOpenAppointment(current)) return write(current, false, [], event.version);
    return cancel(current, now, event.version);
  }
  const fields: CalendarFields = {
    organiser: input.organiser,
    guests: eligibility.guests,
    subject: event.subject.trim().slice(0, appointmentLimits.maxSubjectLength) || fallbackSubject,
    startsAt: new Date(event.startsAt).toISOString(),
    endsAt: new Date(event.endsAt).toISOString(),
    meeting: eligibility.meeting,
    ...(event.dialIn ? { dialIn: event.dialIn } : {}),
    calendarEventId: event.id,
    ...(event.series.role === 'occurrence' ? { calendarSeriesId: event.series.masterId } : {}),
    calendarVersion: event.version,
  };
  if (!current) {
    const appointment = appointmentFromCalendar(input.appointmentId, fields, now);
    return write(appointment, true, [{ kind: 'invitation', change: syncedInvitationChange }], event.version);
  }
  if (current.status === 'cancelled') {
    // Cancelled because the event stopped qualifying, and now it does again: the guests are invited anew.
    const notices = [{ kind: 'invitation' as const, change: `reinstated:${event.version.changeKey}` }];
    return write(reinstateFromCalendar(current, fields, now), false, notices, event.version);
  }
  const updated = updateFromCalendar(current, fields, now);
  const moved = updated.startsAt !== current.startsAt || updated.endsAt !== current.endsAt;
  const notices: SyncNotice[] = [
    ...(moved ? [{ kind: 'rescheduled' as const, change: now.toISOString() }] : []),
    ...(hasNewGuest(current.guests, fields.guests)
      ? [{ kind: 'invitation' as const, change: syncedInvitationChange }]
      : []),
  ];
  return write(updated, false, notices, event.version);
}

function write(
  appointment: Appointment,
  isNew: boolean,
  notices: readonly SyncNotice[],
  version: CalendarEventVersion | undefined,
): CalendarSyncDecision {
  return { kind: 'write', appointment: recordCalendarChange(appointment, notices, version), isNew, notices };
}

function cancel(appointment: Appointment, now: Date, version: CalendarEventVersion | undefined): CalendarSyncDecision {
  const cancelled = cancelAppointment(appointment, now);
  if (!cancelled.ok) return nothing('already-closed');
  return write(cancelled.value, false, [{ kind: 'cancelled', change: now.toISOString() }], version);
}

function nothing(reason: string): CalendarSyncDecision {
  return { kind: 'nothing', reason };
}

function hasNewGuest(before: readonly AppointmentGuest[], after: readonly AppointmentGuest[]): boolean {
  const known = new Set(before.map((guest) => guest.email));
  return after.some((guest) => !known.has(guest.email));
}
