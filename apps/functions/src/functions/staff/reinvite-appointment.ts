import type { HttpHandler } from '@azure/functions';
import type { FunctionDependencies } from '../../function-dependencies';
import { idempotencyKey } from '../../http/idempotency-key';
import { problemResponse } from '../../http/problem-response';
import { staffReinvitesGuests } from '../../use-cases/staff-reinvites-guests';
import { staffAppointmentResponse } from './staff-appointment-view';
import { withStaff } from './with-staff';

/** `POST /api/staff/appointments/{id}/reinvite` with an Idempotency-Key naming this re-invite: 202. */
export function reinviteAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices' | 'newId'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const change = idempotencyKey(request, deps.newId);
    if (!change.ok) return problemResponse(change.error, request);
    const appointmentId = request.params['id'] ?? '';
    const reinvited = await staffReinvitesGuests(deps, { staff, appointmentId, change: change.value });
    return reinvited.ok ? staffAppointmentResponse(202, reinvited.value) : problemResponse(reinvited.error, request);
  });
}
