import type { HttpHandler } from '@azure/functions';
import { apiHeaders } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { staffCancelsAppointment } from '../../use-cases/staff-cancels-appointment';
import { staffAppointmentResponse } from './staff-appointment-view';
import { withStaff } from './with-staff';

/**
 * `POST /api/staff/appointments/{id}/cancel` with If-Match: cancels the appointment at once, and its
 * meeting and the guests' e-mail once it can no longer be undone.
 */
export function cancelAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'notices' | 'clock' | 'cancellationUndoSeconds'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const cancelled = await staffCancelsAppointment(deps, {
      staff,
      appointmentId: request.params['id'] ?? '',
      etag: request.headers.get(apiHeaders.ifMatch) ?? undefined,
    });
    return cancelled.ok ? staffAppointmentResponse(200, cancelled.value) : problemResponse(cancelled.error, request);
  });
}
