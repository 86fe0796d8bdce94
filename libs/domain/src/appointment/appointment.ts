import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import type { Locale } from '../locale';
import { personalLinkGeneration, replacingPersonalLinks } from './personal-link-generation';
import type { TeamsMeeting } from '../teams-meeting/teams-meeting';
import type { DialIn } from '../teams-meeting/dial-in';
import type { CalendarEventVersion } from '../calendar-sync/calendar-event';
import type { SyncNotice } from './guest-notice';
import { normaliseGuestEmail } from './appointment-guests';
import type { CallFeedback } from './call-feedback';
import type { WalkInVisit } from '../walk-in/walk-in-queue';

/** An appointment's life: scheduled, perhaps rescheduled, then cancelled or ended. */
export const appointmentStatuses = ['scheduled', 'rescheduled', 'cancelled', 'ended'] as const;

export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** The statuses of an appointment that still takes place: what a cancellation can be undone back to. */
export const openAppointmentStatuses = ['scheduled', 'rescheduled'] as const satisfies readonly AppointmentStatus[];

/**
 * Where the appointment came from: made in the portal, imported by link, synced from a calendar, or
 * made on demand by a guest checking in at a walk-in desk.
 */
export const appointmentOrigins = ['portal', 'import', 'calendar', 'walk-in'] as const;

export type AppointmentOrigin = (typeof appointmentOrigins)[number];

export interface AppointmentOrganiser {
  /** The organiser's Entra object id. */
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

export interface AppointmentGuest {
  readonly name: string;
  /** Lower case; the guest's identity in Portico. */
  readonly email: string;
  readonly locale: Locale;
  /** IANA zone used to show the guest times, e.g. `Europe/Amsterdam`. */
  readonly timeZone: string;
  /** Kept only when the guest agreed to reminders by text message. */
  readonly textReminders?: TextReminderConsent;
}

/** A guest's mobile number (E.164) and when they agreed to be texted reminders at it. */
export interface TextReminderConsent {
  readonly phone: string;
  readonly consentedAt: string;
}

/** A Teams meeting that one or more outside guests join through the portal. */
export interface Appointment {
  readonly id: string;
  readonly origin: AppointmentOrigin;
  readonly organiser: AppointmentOrganiser;
  readonly guests: readonly AppointmentGuest[];
  readonly subject: string;
  readonly note?: string;
  /** ISO 8601 instants in UTC. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly meeting: TeamsMeeting;
  /** How to join the meeting's audio by phone, when its organiser has audio conferencing. */
  readonly dialIn?: DialIn;
  /** The organiser's calendar event behind the meeting, when Portico made it or synced it. */
  readonly calendarEventId?: string;
  /** The recurring series that event is an occurrence of, for appointments synced from one. */
  readonly calendarSeriesId?: string;
  /** The version of the calendar event this appointment last took in, for synced appointments. */
  readonly calendarVersion?: CalendarEventVersion;
  /** The guest e-mails that version called for, queued again if the same change comes twice. */
  readonly calendarNotices?: readonly SyncNotice[];
  readonly status: AppointmentStatus;
  /** Which personal links still work (see `personalLinkGeneration`); absent means 0. */
  readonly linkGeneration?: number;
  /**
   * On an appointment staff cancelled: what the cancellation replaced, and until when they may undo
   * it (see `undoCancellation`). Kept afterwards, since it marks the cancellation as staff's own.
   */
  readonly cancelledFrom?: UndoableCancellation;
  /** What guests said after their call, one entry per guest (see `recordCallFeedback`). */
  readonly feedback?: readonly CallFeedback[];
  /** For a walk-in: the desk, when the guest checked in, and when staff took them. */
  readonly walkIn?: WalkInVisit;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * How long staff may undo a cancellation they made. Nothing the guests or the organiser's calendar
 * see happens before it has passed: the e-mail and the meeting's cancellation wait for it.
 */
export const cancellationUndoSeconds = 30;

/**
 * What a staff cancellation replaced: the status and the personal-link generation an undo goes back
 * to (so the guests' links work again), when it was cancelled, and until when it may be undone.
 */
export interface UndoableCancellation {
  readonly status: (typeof openAppointmentStatuses)[number];
  readonly linkGeneration: number;
  readonly cancelledAt: string;
  readonly undoableUntil: string;
}

export const appointmentLimits = {
  maxDurationMinutes: 8 * 60,
  maxSubjectLength: 200,
  maxGuestNameLength: 100,
  maxNoteLength: 2000,
  maxGuests: 20,
} as const;

/** What scheduling needs: the appointment without the state and timestamps that scheduling sets. */
export type ScheduleAppointmentInput = Omit<
  Appointment,
  | 'status'
  | 'createdAt'
  | 'updatedAt'
  | 'calendarVersion'
  | 'calendarNotices'
  | 'linkGeneration'
  | 'cancelledFrom'
  | 'feedback'
  | 'walkIn'
>;

/** An appointment before its Teams meeting exists: what staff fill in. */
export type AppointmentDraft = Omit<
  ScheduleAppointmentInput,
  'id' | 'meeting' | 'dialIn' | 'calendarEventId' | 'origin'
>;

/**
 * The first rule a draft breaks, if any: its time, its details or its guests. Checked before a
 * meeting is made in the organiser's calendar, so a bad request leaves nothing behind.
 */
export function checkAppointmentDraft(draft: AppointmentDraft, now: Date): PorticoError | undefined {
  const timeProblem = checkTimes(draft.startsAt, draft.endsAt, now);
  if (timeProblem) return timeProblem;
  const subject = draft.subject.trim();
  const note = draft.note?.trim() || undefined;
  const detailProblems = [
    subject === '' && 'subject is empty',
    subject.length > appointmentLimits.maxSubjectLength &&
      `subject is longer than ${appointmentLimits.maxSubjectLength} characters`,
    note !== undefined &&
      note.length > appointmentLimits.maxNoteLength &&
      `note is longer than ${appointmentLimits.maxNoteLength} characters`,
    draft.guests.length === 0 && 'no guest',
    draft.guests.length > appointmentLimits.maxGuests && `more than ${appointmentLimits.maxGuests} guests`,
    new Set(draft.guests.map((g) => normaliseGuestEmail(g.email))).size !== draft.guests.length &&
      'a guest is listed twice',
  ].filter((problem): problem is string => typeof problem === 'string');
  return detailProblems.length > 0
    ? porticoError('appointment.invalid-details', { issues: detailProblems.join('; ') })
    : undefined;
}

/** A new appointment, if its time, details and guests obey the rules. */
export function scheduleAppointment(input: ScheduleAppointmentInput, now: Date): Result<Appointment, PorticoError> {
  const problem = checkAppointmentDraft(input, now);
  if (problem) return err(problem);
  const subject = input.subject.trim();
  const note = input.note?.trim() || undefined;
  const timestamp = now.toISOString();
  return ok({
    id: input.id,
    origin: input.origin,
    organiser: input.organiser,
    guests: input.guests.map((guest) => ({ ...guest, email: normaliseGuestEmail(guest.email) })),
    subject,
    ...(note === undefined ? {} : { note }),
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: new Date(input.endsAt).toISOString(),
    meeting: input.meeting,
    ...(input.dialIn === undefined ? {} : { dialIn: input.dialIn }),
    ...(input.calendarEventId === undefined ? {} : { calendarEventId: input.calendarEventId }),
    status: 'scheduled',
    createdAt: timestamp,
    updatedAt: timestamp,
  });
}

/**
 * Moves an appointment to a new time. Moving it to the time it already has changes nothing and
 * returns the same object, so repeated requests are harmless.
 */
export function rescheduleAppointment(
  appointment: Appointment,
  times: { readonly startsAt: string; readonly endsAt: string },
  now: Date,
): Result<Appointment, PorticoError> {
  const closed = closedProblem(appointment);
  if (closed) return err(closed);
  // A walk-in is now, in a meeting shared with the desk's other guests: there is no other time for it.
  if (appointment.walkIn) return err(porticoError('walk-in.cannot-reschedule'));
  const timeProblem = checkTimes(times.startsAt, times.endsAt, now);
  if (timeProblem) return err(timeProblem);
  const startsAt = new Date(times.startsAt).toISOString();
  const endsAt = new Date(times.endsAt).toISOString();
  if (startsAt === appointment.startsAt && endsAt === appointment.endsAt) return ok(appointment);
  return ok(
    replacingPersonalLinks({ ...appointment, startsAt, endsAt, status: 'rescheduled', updatedAt: now.toISOString() }),
  );
}

/**
 * Cancels an appointment; cancelling it again changes nothing. An ended one stays ended. With
 * `undo`, the cancellation remembers what it replaced, so staff may undo it for that many seconds.
 */
export function cancelAppointment(
  appointment: Appointment,
  now: Date,
  undo?: { readonly seconds: number },
): Result<Appointment, PorticoError> {
  if (appointment.status === 'cancelled') return ok(appointment);
  if (appointment.status === 'ended') return err(porticoError('appointment.ended'));
  const cancelledAt = now.toISOString();
  const cancelledFrom: UndoableCancellation | undefined = undo && {
    status: appointment.status,
    linkGeneration: personalLinkGeneration(appointment),
    cancelledAt,
    undoableUntil: new Date(now.getTime() + undo.seconds * 1000).toISOString(),
  };
  return ok(
    replacingPersonalLinks({
      ...appointment,
      status: 'cancelled',
      ...(cancelledFrom ? { cancelledFrom } : {}),
      updatedAt: cancelledAt,
    }),
  );
}

/**
 * Undoes a staff cancellation while it may be undone: the appointment is as it was, and so are its
 * guests' personal links, which no e-mail has replaced yet. An open appointment has nothing to undo
 * and stays as it is; a cancellation past its time, or one staff did not make here, is final.
 */
export function undoCancellation(appointment: Appointment, now: Date): Result<Appointment, PorticoError> {
  if (appointment.status === 'ended') return err(porticoError('appointment.ended'));
  if (appointment.status !== 'cancelled') return ok(appointment);
  const from = appointment.cancelledFrom;
  if (!from || now.getTime() >= Date.parse(from.undoableUntil)) return err(porticoError('appointment.undo-expired'));
  const { cancelledFrom: _undone, ...rest } = appointment;
  return ok({ ...rest, status: from.status, linkGeneration: from.linkGeneration, updatedAt: now.toISOString() });
}

/** Until when staff may undo the appointment's cancellation, if they still may at `now`. */
export function cancellationUndoableUntil(appointment: Appointment, now: Date): string | undefined {
  const until = appointment.status === 'cancelled' ? appointment.cancelledFrom?.undoableUntil : undefined;
  return until !== undefined && now.getTime() < Date.parse(until) ? until : undefined;
}

/** Marks a meeting that has taken place as ended. Only possible once it has started. */
export function endAppointment(appointment: Appointment, now: Date): Result<Appointment, PorticoError> {
  if (appointment.status === 'ended') return ok(appointment);
  if (appointment.status === 'cancelled') return err(porticoError('appointment.cancelled'));
  if (now.getTime() < Date.parse(appointment.startsAt)) return err(porticoError('appointment.not-started'));
  return ok({ ...appointment, status: 'ended', updatedAt: now.toISOString() });
}

/** Whether the appointment still takes place: neither cancelled nor ended. */
export function isOpenAppointment(appointment: Pick<Appointment, 'status'>): boolean {
  return appointment.status !== 'cancelled' && appointment.status !== 'ended';
}

function closedProblem(appointment: Appointment): PorticoError | undefined {
  if (appointment.status === 'cancelled') return porticoError('appointment.cancelled');
  if (appointment.status === 'ended') return porticoError('appointment.ended');
  return undefined;
}

function checkTimes(startsAt: string, endsAt: string, now: Date): PorticoError | undefined {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  const maxMinutes = appointmentLimits.maxDurationMinutes;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start || end - start > maxMinutes * 60_000) {
    return porticoError('appointment.invalid-schedule', { maxMinutes });
  }
  if (end <= now.getTime()) return porticoError('appointment.in-past');
  return undefined;
}
