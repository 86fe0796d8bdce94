import { cancelAppointment, ok, type AppointmentOrganiser, type PorticoError, type Result } from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { appliedByCalendarSync } from './applied-by-calendar-sync';
import { ownAppointmentForChange } from './own-appointment';
import { noticeOfCurrentVersion, queueGuestNotices } from './queue-guest-notices';

export interface StaffCancelsAppointment {
  readonly staff: AppointmentOrganiser;
  readonly appointmentId: string;
  /** The version the change is based on (If-Match). */
  readonly etag: string | undefined;
}

/**
 * Staff cancel an appointment: the meeting in the organiser's calendar first, then the appointment,
 * then the guests are told. Cancelling it again changes nothing.
 */
export async function staffCancelsAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'meetings' | 'notices' | 'clock'>,
  command: StaffCancelsAppointment,
): Promise<Result<StoredAppointment, PorticoError>> {
  const own = await ownAppointmentForChange(deps.appointments, command.staff, command.appointmentId, command.etag);
  if (!own.ok) return own;
  const { appointment, etag } = own.value;
  const cancelled = cancelAppointment(appointment, deps.clock());
  if (!cancelled.ok) return cancelled;
  if (cancelled.value === appointment) return own;
  if (appointment.calendarEventId) {
    const calendar = await deps.meetings.cancelMeeting(command.staff.id, appointment.calendarEventId);
    if (!calendar.ok) return calendar;
  }
  const stored = await deps.appointments.update(cancelled.value, etag);
  if (!stored.ok && stored.error.code === 'appointment.conflict') {
    const synced = await appliedByCalendarSync(
      deps.appointments,
      appointment.id,
      (current) => current.status === 'cancelled',
    );
    if (synced) return ok(synced);
  }
  if (!stored.ok) return stored;
  await queueGuestNotices(deps.notices, appointment.id, [
    noticeOfCurrentVersion(stored.value.appointment, 'cancelled'),
  ]);
  return stored;
}
