import type { HttpHandler } from '@azure/functions';
import { porticoError } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { idempotencyKey } from '../../http/idempotency-key';
import { problemResponse } from '../../http/problem-response';
import { notifyGuests } from './notify-guests';
import { staffAppointmentResponse } from './staff-appointment-view';
import { withStaff } from './with-staff';

/**
 * `POST /api/staff/appointments/{id}/reinvite`: sends the guests their invitation again, for the
 * appointment as it is now. The Idempotency-Key names this re-invite, so a retried click sends once.
 */
export function reinviteAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices' | 'newId'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const change = idempotencyKey(request, deps.newId);
    if (!change.ok) return problemResponse(change.error, request);
    const stored = await deps.appointments.get(request.params['id'] ?? '');
    if (!stored || stored.appointment.organiser.id !== staff.id)
      return problemResponse(porticoError('appointment.not-found'), request);
    const { status } = stored.appointment;
    if (status === 'cancelled' || status === 'ended')
      return problemResponse(porticoError(`appointment.${status}`), request);
    await notifyGuests(deps.notices, stored.appointment, 'invitation', `reinvite|${change.value}`);
    return staffAppointmentResponse(202, stored);
  });
}
