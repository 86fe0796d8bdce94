import type { HttpHandler } from '@azure/functions';
import { isGuestOf, porticoError } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';
import { jsonResponse, problemResponse } from '../http/problem-response';
import { withGuest } from './with-guest';
import { toGuestAppointmentView } from './guest-appointment-view';

/**
 * `GET /api/guest/appointments/{id}`: one appointment, only for a guest who is on it. Anyone else gets
 * the same 404 as for an id that does not exist, so the answer reveals nothing.
 */
export function getGuestAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'policies'>,
): HttpHandler {
  return withGuest(async (request, email) => {
    const stored = await deps.appointments.get(request.params['id'] ?? '');
    if (!stored || !isGuestOf(stored.appointment, email)) {
      return problemResponse(porticoError('appointment.not-found'), request);
    }
    return jsonResponse(200, toGuestAppointmentView(stored.appointment, email, deps.clock(), deps.policies.joinWindow));
  });
}
