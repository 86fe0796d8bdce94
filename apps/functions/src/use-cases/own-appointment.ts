import { err, ok, porticoError, type AppointmentOrganiser, type PorticoError, type Result } from '@portico/domain';
import type { AppointmentStore, StoredAppointment } from '@portico/server-adapters';

/**
 * The appointment with this id, if it is this staff member's, with the version the change is based
 * on checked early. Someone else's appointment is "not found", never "forbidden": its existence is
 * not revealed.
 */
export async function ownAppointmentForChange(
  store: AppointmentStore,
  staff: AppointmentOrganiser,
  appointmentId: string,
  etag: string | undefined,
): Promise<Result<StoredAppointment, PorticoError>> {
  if (!etag) return err(porticoError('request.version-required'));
  const stored = await store.get(appointmentId);
  if (!stored || stored.appointment.organiser.id !== staff.id) return err(porticoError('appointment.not-found'));
  if (stored.etag !== etag) return err(porticoError('appointment.conflict'));
  return ok(stored);
}
