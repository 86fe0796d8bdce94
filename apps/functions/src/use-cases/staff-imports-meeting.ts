import type { ImportAppointmentRequest } from '@portico/api-contract';
import {
  parseTeamsMeetingLink,
  scheduleAppointment,
  type AppointmentOrganiser,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { appointmentDraft } from './appointment-draft';
import { storeAndInvite } from './store-and-invite';

export interface StaffImportsMeeting {
  readonly staff: AppointmentOrganiser;
  readonly request: ImportAppointmentRequest;
}

/**
 * Staff make an appointment for a Teams meeting that already exists, from any link form the domain
 * reads. Meetings ACS cannot join (government clouds, personal Teams) are refused with the domain's
 * own code.
 */
export async function staffImportsMeeting(
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'notices' | 'clock' | 'newId' | 'policies'>,
  { staff, request }: StaffImportsMeeting,
): Promise<Result<StoredAppointment, PorticoError>> {
  const meeting = parseTeamsMeetingLink(request.meetingLink, deps.policies.meetingLinks);
  if (!meeting.ok) return meeting;
  const draft = appointmentDraft(staff, request, deps.clock(), deps.policies.guestNames);
  if (!draft.ok) return draft;
  const scheduled = scheduleAppointment(
    { ...draft.value, id: deps.newId(), origin: 'import', meeting: meeting.value },
    deps.clock(),
  );
  if (!scheduled.ok) return scheduled;
  return storeAndInvite(deps, scheduled.value);
}
