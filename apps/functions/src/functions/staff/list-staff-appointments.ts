import type { HttpHandler } from '@azure/functions';
import type { StaffAppointmentList } from '@portico/api-contract';
import { z } from 'zod';
import type { FunctionDependencies } from '../../function-dependencies';
import { parseInput } from '../../http/parse-input';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { withStaff } from './with-staff';
import { toStaffAppointmentView } from './staff-appointment-view';

/** A staff listing covers a day or a week; a few weeks at most keeps every answer small. */
const maxRangeMs = 42 * 24 * 60 * 60_000;

const querySchema = z
  .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .refine(({ from, to }) => Date.parse(to) > Date.parse(from) && Date.parse(to) - Date.parse(from) <= maxRangeMs, {
    message: 'to must be after from, at most six weeks later',
    path: ['to'],
  });

/** `GET /api/staff/appointments?from&to`: the signed-in staff member's appointments in the range. */
export function listStaffAppointments(deps: Pick<FunctionDependencies, 'appointments'>): HttpHandler {
  return withStaff(async (request, staff) => {
    const query = parseInput(querySchema, Object.fromEntries(request.query));
    if (!query.ok) return problemResponse(query.error, request);
    const stored = await deps.appointments.listByOrganiser(staff.id, {
      from: new Date(query.value.from).toISOString(),
      to: new Date(query.value.to).toISOString(),
    });
    const body: StaffAppointmentList = { appointments: stored.map(toStaffAppointmentView) };
    return jsonResponse(200, body);
  });
}
