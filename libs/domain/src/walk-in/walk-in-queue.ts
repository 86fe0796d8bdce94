import {
  isOpenAppointment,
  scheduleAppointment,
  type Appointment,
  type AppointmentGuest,
} from '../appointment/appointment';
import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import { deskDay, type WalkInDesk } from './walk-in-desk';

/** How long a walk-in visit is booked for; the desk's meeting runs to the end of its day. */
export const walkInVisitMinutes = 30;

/** A guest's place at a walk-in desk: when they checked in, and when and by whom they were taken. */
export interface WalkInVisit {
  readonly deskId: string;
  readonly checkedInAt: string;
  readonly takenAt?: string;
  readonly takenBy?: string;
}

/**
 * A guest checks in at an open desk with today's meeting: an on-demand appointment with the desk's
 * organiser, starting now, in the desk's meeting, and a place at the back of the queue.
 */
export function checkInAtDesk(
  desk: WalkInDesk,
  input: { readonly id: string; readonly guest: AppointmentGuest },
  now: Date,
): Result<Appointment, PorticoError> {
  if (desk.status !== 'open') return err(porticoError('walk-in.desk-closed'));
  if (!desk.meeting || desk.meeting.day !== deskDay(now, desk.timeZone))
    return err(porticoError('walk-in.desk-closed'));
  const scheduled = scheduleAppointment(
    {
      id: input.id,
      origin: 'walk-in',
      organiser: desk.organiser,
      guests: [input.guest],
      subject: desk.name,
      startsAt: now.toISOString(),
      endsAt: new Date(now.getTime() + walkInVisitMinutes * 60_000).toISOString(),
      meeting: desk.meeting.meeting,
      ...(desk.meeting.dialIn ? { dialIn: desk.meeting.dialIn } : {}),
      // No calendar event of its own: the desk's is everyone's, and cancelling one visit must not end it.
    },
    now,
  );
  return scheduled.ok
    ? ok({ ...scheduled.value, walkIn: { deskId: desk.id, checkedInAt: now.toISOString() } })
    : scheduled;
}

/** The part of a desk the queue depends on: which desk, and its current day. */
export type QueueDesk = Pick<WalkInDesk, 'id' | 'timeZone' | 'meeting'>;

/**
 * Whether an appointment is a guest still waiting at this desk: checked in on the desk's current
 * day, not taken, not cancelled. Yesterday's guest who was never taken is not in today's queue.
 */
export function isWaitingAt(appointment: Appointment, desk: QueueDesk): boolean {
  const visit = appointment.walkIn;
  return (
    visit?.deskId === desk.id &&
    visit.takenAt === undefined &&
    isOpenAppointment(appointment) &&
    deskDay(new Date(visit.checkedInAt), desk.timeZone) === desk.meeting?.day
  );
}

/** The desk's queue: the guests waiting, first checked in first. */
export function walkInQueue(appointments: readonly Appointment[], desk: QueueDesk): Appointment[] {
  return appointments
    .filter((appointment) => isWaitingAt(appointment, desk))
    .sort(
      (a, b) => (a.walkIn?.checkedInAt ?? '').localeCompare(b.walkIn?.checkedInAt ?? '') || a.id.localeCompare(b.id),
    );
}

/** A waiting guest's place in the desk's queue, 1 for next; undefined once taken or gone. */
export function queuePosition(
  appointments: readonly Appointment[],
  appointment: Appointment,
  desk: QueueDesk,
): number | undefined {
  const index = walkInQueue(appointments, desk).findIndex((waiting) => waiting.id === appointment.id);
  return index === -1 ? undefined : index + 1;
}

/** Staff take a waiting guest from the queue; taking one already taken changes nothing. */
export function takeWalkIn(appointment: Appointment, staffName: string, now: Date): Result<Appointment, PorticoError> {
  const visit = appointment.walkIn;
  if (!visit) return err(porticoError('appointment.not-found'));
  if (visit.takenAt !== undefined) return ok(appointment);
  if (!isOpenAppointment(appointment)) return err(porticoError('appointment.cancelled'));
  return ok({
    ...appointment,
    walkIn: { ...visit, takenAt: now.toISOString(), takenBy: staffName },
    updatedAt: now.toISOString(),
  });
}
