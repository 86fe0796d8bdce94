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
 * The guests' e-mail comes due this long after the undo window closes, so an undo sent in its last
 * moment has landed before the worker looks (the worker also waits again for a notice that is early).
 */
export const cancellationNoticeMarginSeconds = 5;

/**
 * Staff cancel an appointment. It is cancelled in the portal at once, so no guest can join, but
 * nothing irreversible happens while staff may undo it: the guests' e-mail is queued to come due
 * after the undo window, and the worker then cancels the meeting in the organiser's calendar too
 * (`settleCancellation`). Cancelling it again changes nothing.
 */
export async function staffCancelsAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'notices' | 'clock' | 'cancellationUndoSeconds'>,
  command: StaffCancelsAppointment,
): Promise<Result<StoredAppointment, PorticoError>> {
  const own = await ownAppointmentForChange(deps.appointments, command.staff, command.appointmentId, command.etag);
  if (!own.ok) return own;
  const { appointment } = own.value;
  const cancelled = cancelAppointment(appointment, deps.clock(), { seconds: deps.cancellationUndoSeconds });
  if (!cancelled.ok) return cancelled;
  if (cancelled.value === appointment) return own;
  return commitStaffChange(deps, {
    current: own.value,
    changed: cancelled.value,
    isApplied: (now) => now.status === 'cancelled',
    notice: 'cancelled',
    noticeDelaySeconds: deps.cancellationUndoSeconds + cancellationNoticeMarginSeconds,
  });
}
