import { cancelAppointment, type AppointmentOrganiser, type PorticoError, type Result } from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { commitStaffChange } from './commit-staff-change';
import { ownAppointmentForChange } from './own-appointment';

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
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'meetings' | 'notices' | 'clock'>,
  command: StaffCancelsAppointment,
): Promise<Result<StoredAppointment, PorticoError>> {
  const own = await ownAppointmentForChange(deps.appointments, command.staff, command.appointmentId, command.etag);
  if (!own.ok) return own;
  const { appointment } = own.value;
  const cancelled = cancelAppointment(appointment, deps.clock());
  if (!cancelled.ok) return cancelled;
  if (cancelled.value === appointment) return own;
  return commitStaffChange(deps, {
    current: own.value,
    changed: cancelled.value,
    inCalendar: (eventId) => deps.meetings.cancelMeeting(command.staff.id, eventId),
    isApplied: (now) => now.status === 'cancelled',
    notice: 'cancelled',
  });
}
