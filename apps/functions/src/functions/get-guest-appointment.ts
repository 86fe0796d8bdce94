import type { HttpHandler } from '@azure/functions';
import { isGuestOf, porticoError, queuePosition } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';
import { jsonResponse, problemResponse } from '../http/problem-response';
import { withGuest } from './with-guest';
import { toGuestAppointmentView } from './guest-appointment-view';
import { guestJoinPurpose } from '../use-cases/guest-join-purpose';
import { deskVisits } from '../use-cases/staff-reads-walk-in-desk';

/**
 * `GET /api/guest/appointments/{id}`: one appointment, only for a guest who is on it. Anyone else gets
 * the same 404 as for an id that does not exist, so the answer reveals nothing.
 */
export function getGuestAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'policies' | 'callIdentities' | 'walkInDesks'>,
): HttpHandler {
  return withGuest(async (request, email) => {
    const stored = await deps.appointments.get(request.params['id'] ?? '');
    if (!stored || !isGuestOf(stored.appointment, email)) {
      return problemResponse(porticoError('appointment.not-found'), request);
    }
    const now = deps.clock();
    const purpose = await guestJoinPurpose(deps, stored.appointment, email, now);
    const desk = stored.appointment.walkIn && (await deps.walkInDesks.get(stored.appointment.walkIn.deskId));
    const position = desk
      ? queuePosition(await deskVisits(deps, stored.appointment.organiser.id), stored.appointment, desk.desk)
      : undefined;
    return jsonResponse(
      200,
      toGuestAppointmentView(stored.appointment, email, now, deps.policies.joinWindow, purpose, position),
    );
  });
}
