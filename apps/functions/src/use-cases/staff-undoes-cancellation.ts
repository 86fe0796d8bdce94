import { undoCancellation, type AppointmentOrganiser, type PorticoError, type Result } from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { ownAppointmentForChange } from './own-appointment';
import { recordAppointmentChange } from './record-appointment-change';

export interface StaffUndoesCancellation {
  readonly staff: AppointmentOrganiser;
  readonly appointmentId: string;
  /** The version the undo is based on (If-Match): the cancelled appointment's. */
  readonly etag: string | undefined;
}

type Deps = Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'clock'>;

/**
 * Staff undo their cancellation while they may: the appointment is back as it was, with its guests'
 * links working again. Nothing else needs putting back, since the guests' e-mail and the calendar's
 * cancellation wait for the window to close; the queued e-mail is then stale and sends nothing.
 * Undoing again changes nothing.
 */
export async function staffUndoesCancellation(
  deps: Deps,
  command: StaffUndoesCancellation,
): Promise<Result<StoredAppointment, PorticoError>> {
  const own = await ownAppointmentForChange(deps.appointments, command.staff, command.appointmentId, command.etag);
  if (!own.ok) return own.error.code === 'appointment.conflict' ? refusalOr(deps, command.appointmentId, own) : own;
  const { appointment, etag } = own.value;
  const restored = undoCancellation(appointment, deps.clock());
  if (!restored.ok) return restored;
  if (restored.value === appointment) return own;
  const stored = await deps.appointments.update(restored.value, etag);
  if (!stored.ok) {
    return stored.error.code === 'appointment.conflict' ? refusalOr(deps, command.appointmentId, stored) : stored;
  }
  await recordAppointmentChange(deps, appointment, stored.value.appointment, {
    actor: 'staff',
    name: appointment.organiser.name,
  });
  return stored;
}

/**
 * A conflict, unless the appointment as it is now can no longer be undone: then that is the answer,
 * whatever version the staff member saw. The worker rewrites the appointment as the cancellation
 * comes due, which is what takes the version from an undo too late.
 */
async function refusalOr(
  deps: Deps,
  appointmentId: string,
  conflict: Result<never, PorticoError>,
): Promise<Result<StoredAppointment, PorticoError>> {
  const now = await deps.appointments.get(appointmentId);
  const undo = now && undoCancellation(now.appointment, deps.clock());
  return undo && !undo.ok ? undo : conflict;
}
