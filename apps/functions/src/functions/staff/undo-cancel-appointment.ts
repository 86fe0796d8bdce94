import type { HttpHandler } from '@azure/functions';
import { apiHeaders } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { staffUndoesCancellation } from '../../use-cases/staff-undoes-cancellation';
import { staffAppointmentResponse } from './staff-appointment-view';
import { withStaff } from './with-staff';

/** `POST /api/staff/appointments/{id}/undo-cancel` with If-Match: undoes a cancellation while it may be undone. */
export function undoCancelAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'clock'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const restored = await staffUndoesCancellation(deps, {
      staff,
      appointmentId: request.params['id'] ?? '',
      etag: request.headers.get(apiHeaders.ifMatch) ?? undefined,
    });
    return restored.ok ? staffAppointmentResponse(200, restored.value) : problemResponse(restored.error, request);
  });
}
