import { ok, rescheduleAppointment, type AppointmentOrganiser, type PorticoError, type Result } from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { appliedByCalendarSync } from './applied-by-calendar-sync';
import { ownAppointmentForChange } from './own-appointment';
import { noticeOfCurrentVersion, queueGuestNotices } from './queue-guest-notices';

export interface StaffReschedulesAppointment {
  readonly staff: AppointmentOrganiser;
  readonly appointmentId: string;
  /** The version the change is based on (If-Match). */
  readonly etag: string | undefined;
  readonly startsAt: string;
  readonly durationMinutes: number;
}

/**
 * Staff move an appointment: the meeting in the organiser's calendar first, then the appointment,
 * then the guests are told. Moving it to the time it has changes nothing.
 */
export async function staffReschedulesAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'meetings' | 'notices' | 'clock'>,
  command: StaffReschedulesAppointment,
): Promise<Result<StoredAppointment, PorticoError>> {
  const own = await ownAppointmentForChange(deps.appointments, command.staff, command.appointmentId, command.etag);
  if (!own.ok) return own;
  const { appointment, etag } = own.value;
  const startsAt = new Date(command.startsAt).toISOString();
  const endsAt = new Date(Date.parse(startsAt) + command.durationMinutes * 60_000).toISOString();
  const moved = rescheduleAppointment(appointment, { startsAt, endsAt }, deps.clock());
  if (!moved.ok) return moved;
  if (moved.value === appointment) return own;
  if (appointment.calendarEventId) {
    const calendar = await deps.meetings.rescheduleMeeting(command.staff.id, appointment.calendarEventId, {
      startsAt,
      endsAt,
    });
    if (!calendar.ok) return calendar;
  }
  const stored = await deps.appointments.update(moved.value, etag);
  if (!stored.ok && stored.error.code === 'appointment.conflict') {
    const synced = await appliedByCalendarSync(
      deps.appointments,
      appointment.id,
      (current) => current.startsAt === startsAt && current.endsAt === endsAt,
    );
    if (synced) return ok(synced);
  }
  if (!stored.ok) return stored;
  await queueGuestNotices(deps.notices, appointment.id, [
    noticeOfCurrentVersion(stored.value.appointment, 'rescheduled'),
  ]);
  return stored;
}
