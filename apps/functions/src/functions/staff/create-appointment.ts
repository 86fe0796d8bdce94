import type { HttpHandler } from '@azure/functions';
import { createAppointmentRequestSchema } from '@portico/api-contract';
import { idempotencyKey } from '../../http/idempotency-key';
import { porticoError, scheduleAppointment } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { appointmentDraft } from './appointment-draft';
import { withStaff } from './with-staff';
import { notifyGuests } from './notify-guests';
import { staffAppointmentResponse } from './staff-appointment-view';
import { storeAndInvite } from './store-and-invite';
import { portalAppointmentId } from './portal-appointment-id';

/**
 * `POST /api/staff/appointments`: checks the draft, makes the Teams meeting in the organiser's
 * calendar, then stores the appointment. With an Idempotency-Key a retried request returns the same
 * appointment and meeting instead of making another; the key is the organiser's own (see
 * `portalAppointmentId`), so it cannot probe other organisers' appointments.
 */
export function createAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'meetings' | 'notices' | 'clock' | 'newId' | 'policies'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const key = idempotencyKey(request, deps.newId);
    if (!key.ok) return problemResponse(key.error, request);
    const id = portalAppointmentId(staff.id, key.value);
    const body = await readJsonBody(createAppointmentRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);

    const replay = await deps.appointments.get(id);
    if (replay) {
      // The id is the organiser's own, so a stored one is always this organiser's retry.
      if (replay.appointment.organiser.id !== staff.id)
        return problemResponse(porticoError('appointment.already-exists'), request);
      // The first attempt may have stopped before queuing the invitation; queuing again sends once.
      if (replay.appointment.status === 'scheduled') await notifyGuests(deps.notices, replay.appointment, 'invitation');
      return staffAppointmentResponse(200, replay);
    }

    const checked = appointmentDraft(staff, body.value, deps.clock(), deps.policies.guestNames);
    if (!checked.ok) return problemResponse(checked.error, request);
    const draft = checked.value;
    const meeting = await deps.meetings.createMeeting({
      organiserId: staff.id,
      appointmentId: id,
      subject: draft.subject,
      startsAt: draft.startsAt,
      endsAt: draft.endsAt,
    });
    if (!meeting.ok) return problemResponse(meeting.error, request);
    const scheduled = scheduleAppointment(
      {
        ...draft,
        id,
        origin: 'portal',
        meeting: meeting.value.meeting,
        calendarEventId: meeting.value.calendarEventId,
      },
      deps.clock(),
    );
    if (!scheduled.ok) return problemResponse(scheduled.error, request);
    return storeAndInvite(deps, scheduled.value, request);
  });
}
