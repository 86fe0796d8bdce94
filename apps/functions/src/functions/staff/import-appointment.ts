import type { HttpHandler } from '@azure/functions';
import { importAppointmentRequestSchema } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { staffImportsMeeting } from '../../use-cases/staff-imports-meeting';
import { staffAppointmentResponse } from './staff-appointment-view';
import { withStaff } from './with-staff';

/** `POST /api/staff/appointments/import`: an appointment for an existing Teams meeting, by its link: 201. */
export function importAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'notices' | 'clock' | 'newId' | 'policies'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const body = await readJsonBody(importAppointmentRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const imported = await staffImportsMeeting(deps, { staff, request: body.value });
    return imported.ok ? staffAppointmentResponse(201, imported.value) : problemResponse(imported.error, request);
  });
}
