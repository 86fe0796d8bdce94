import type { HttpHandler } from '@azure/functions';
import { apiHeaders, rescheduleAppointmentRequestSchema } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { staffReschedulesAppointment } from '../../use-cases/staff-reschedules-appointment';
import { staffAppointmentResponse } from './staff-appointment-view';
import { withStaff } from './with-staff';

/** `POST /api/staff/appointments/{id}/reschedule` with If-Match: moves the meeting, then the appointment. */
export function rescheduleAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'meetings' | 'notices' | 'clock'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const body = await readJsonBody(rescheduleAppointmentRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const moved = await staffReschedulesAppointment(deps, {
      staff,
      appointmentId: request.params['id'] ?? '',
      etag: request.headers.get(apiHeaders.ifMatch) ?? undefined,
      ...body.value,
    });
    return moved.ok ? staffAppointmentResponse(200, moved.value) : problemResponse(moved.error, request);
  });
}
