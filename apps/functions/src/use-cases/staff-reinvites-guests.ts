import {
  err,
  isOpenAppointment,
  ok,
  porticoError,
  type AppointmentOrganiser,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { queueGuestNotices } from './queue-guest-notices';

export interface StaffReinvitesGuests {
  readonly staff: AppointmentOrganiser;
  readonly appointmentId: string;
  /** Names this re-invite (the request's Idempotency-Key), so a retried click sends once. */
  readonly change: string;
}

/** Staff send the guests their invitation again, for the appointment as it is now. */
export async function staffReinvitesGuests(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices'>,
  { staff, appointmentId, change }: StaffReinvitesGuests,
): Promise<Result<StoredAppointment, PorticoError>> {
  const stored = await deps.appointments.get(appointmentId);
  if (!stored || stored.appointment.organiser.id !== staff.id) return err(porticoError('appointment.not-found'));
  const { appointment } = stored;
  if (!isOpenAppointment(appointment))
    return err(porticoError(appointment.status === 'ended' ? 'appointment.ended' : 'appointment.cancelled'));
  await queueGuestNotices(deps.notices, appointment.id, [{ kind: 'invitation', change: `reinvite|${change}` }]);
  return ok(stored);
}
