import type { HttpRequest } from '@azure/functions';
import { apiHeaders } from '@portico/api-contract';
import { err, ok, porticoError, type AppointmentOrganiser, type PorticoError, type Result } from '@portico/domain';
import type { AppointmentStore, StoredAppointment } from '@portico/server-adapters';

/**
 * The appointment named in the route, if it is this staff member's, with the version the request is
 * based on checked early. Someone else's appointment is "not found", never "forbidden": its existence
 * is not revealed.
 */
export async function ownAppointmentForChange(
  store: AppointmentStore,
  staff: AppointmentOrganiser,
  request: HttpRequest,
): Promise<Result<StoredAppointment, PorticoError>> {
  const etag = request.headers.get(apiHeaders.ifMatch);
  if (!etag) return err(porticoError('request.version-required'));
  const stored = await store.get(request.params['id'] ?? '');
  if (!stored || stored.appointment.organiser.id !== staff.id) return err(porticoError('appointment.not-found'));
  if (stored.etag !== etag) return err(porticoError('appointment.conflict'));
  return ok(stored);
}
