import type { HttpHandler } from '@azure/functions';
import { importAppointmentRequestSchema } from '@portico/api-contract';
import { parseTeamsMeetingLink, scheduleAppointment } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { appointmentDraft } from './appointment-draft';
import { withStaff } from './with-staff';
import { storeAndInvite } from './store-and-invite';

/**
 * `POST /api/staff/appointments/import`: an appointment for a Teams meeting that already exists, from
 * any link form the domain reads. Meetings ACS cannot join (government clouds, personal Teams) are
 * refused with the domain's own code and message.
 */
export function importAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices' | 'clock' | 'newId' | 'policies'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const body = await readJsonBody(importAppointmentRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const meeting = parseTeamsMeetingLink(body.value.meetingLink, deps.policies.meetingLinks);
    if (!meeting.ok) return problemResponse(meeting.error, request);
    const checked = appointmentDraft(staff, body.value, deps.clock(), deps.policies.guestNames);
    if (!checked.ok) return problemResponse(checked.error, request);
    const scheduled = scheduleAppointment(
      { ...checked.value, id: deps.newId(), origin: 'import', meeting: meeting.value },
      deps.clock(),
    );
    if (!scheduled.ok) return problemResponse(scheduled.error, request);
    return storeAndInvite(deps, scheduled.value, request);
  });
}
