import { ok, type Appointment, type PorticoError, type Result } from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { noticeOfCurrentVersion, queueGuestNotices } from './queue-guest-notices';
import { recordAppointmentChange } from './record-appointment-change';

/**
 * Stores a newly scheduled appointment and queues its guests' invitation; the trail says who made
 * it: its organiser, unless told otherwise (a guest checking in at a walk-in desk).
 */
export async function storeAndInvite(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices' | 'auditTrail'>,
  appointment: Appointment,
  madeBy: { readonly actor: 'staff' | 'guest'; readonly name: string } = {
    actor: 'staff',
    name: appointment.organiser.name,
  },
): Promise<Result<StoredAppointment, PorticoError>> {
  const stored = await deps.appointments.create(appointment);
  if (!stored.ok) return stored;
  await queueGuestNotices(deps.notices, appointment.id, [
    noticeOfCurrentVersion(stored.value.appointment, 'invitation'),
  ]);
  await recordAppointmentChange(deps, undefined, stored.value.appointment, madeBy);
  return ok(stored.value);
}
