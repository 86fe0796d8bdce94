import type { HttpHandler } from '@azure/functions';
import { createAppointmentRequestSchema } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { idempotencyKey } from '../../http/idempotency-key';
import { problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { staffCreatesAppointment } from '../../use-cases/staff-creates-appointment';
import { staffAppointmentResponse } from './staff-appointment-view';
import { withStaff } from './with-staff';

/**
 * `POST /api/staff/appointments` with an optional Idempotency-Key: 201 with the new appointment, or
 * 200 with the one a retry of the same key made before.
 */
export function createAppointment(
  deps: Pick<
    FunctionDependencies,
    'appointments' | 'auditTrail' | 'meetings' | 'notices' | 'clock' | 'newId' | 'policies'
  >,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const key = idempotencyKey(request, deps.newId);
    if (!key.ok) return problemResponse(key.error, request);
    const body = await readJsonBody(createAppointmentRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const created = await staffCreatesAppointment(deps, { staff, idempotencyKey: key.value, request: body.value });
    if (!created.ok) return problemResponse(created.error, request);
    return staffAppointmentResponse(created.value.isNew ? 201 : 200, created.value.stored);
  });
}
