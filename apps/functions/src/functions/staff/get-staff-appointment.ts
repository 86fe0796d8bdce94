import type { HttpHandler } from '@azure/functions';
import { porticoError } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { staffAppointmentResponse } from './staff-appointment-view';
import { withStaff } from './with-staff';

/** `GET /api/staff/appointments/{id}`: one of the staff member's own appointments; anyone else's is a 404. */
export function getStaffAppointment(deps: Pick<FunctionDependencies, 'appointments'>): HttpHandler {
  return withStaff(async (request, staff) => {
    const stored = await deps.appointments.get(request.params['id'] ?? '');
    if (!stored || stored.appointment.organiser.id !== staff.id) {
      return problemResponse(porticoError('appointment.not-found'), request);
    }
    return staffAppointmentResponse(200, stored);
  });
}
