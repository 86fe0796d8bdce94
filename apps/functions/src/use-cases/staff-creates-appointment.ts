import type { CreateAppointmentRequest } from '@portico/api-contract';
import {
  err,
  ok,
  porticoError,
  scheduleAppointment,
  type AppointmentOrganiser,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { appointmentDraft } from './appointment-draft';
import { portalAppointmentId } from './portal-appointment-id';
import { noticeOfCurrentVersion, queueGuestNotices } from './queue-guest-notices';
import { storeAndInvite } from './store-and-invite';

export interface StaffCreatesAppointment {
  readonly staff: AppointmentOrganiser;
  /** The request's Idempotency-Key (or a fresh id): a retry with the same key gets the same appointment. */
  readonly idempotencyKey: string;
  readonly request: CreateAppointmentRequest;
}

/**
 * Staff create an appointment: the draft is checked, the Teams meeting is made in the organiser's
 * calendar, then the appointment is stored and its guests invited. A retry with the same key returns
 * the appointment and meeting the first attempt made (`isNew: false`) instead of making another; the
 * key is the organiser's own (see `portalAppointmentId`), so it cannot probe other organisers'.
 */
export async function staffCreatesAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'meetings' | 'notices' | 'clock' | 'policies'>,
  { staff, idempotencyKey, request }: StaffCreatesAppointment,
): Promise<Result<{ readonly stored: StoredAppointment; readonly isNew: boolean }, PorticoError>> {
  const id = portalAppointmentId(staff.id, idempotencyKey);
  const replay = await deps.appointments.get(id);
  if (replay) {
    // The id is the organiser's own, so a stored one is always this organiser's retry.
    if (replay.appointment.organiser.id !== staff.id) return err(porticoError('appointment.already-exists'));
    // The first attempt may have stopped before queuing the invitation; queuing again sends once.
    if (replay.appointment.status === 'scheduled')
      await queueGuestNotices(deps.notices, id, [noticeOfCurrentVersion(replay.appointment, 'invitation')]);
    return ok({ stored: replay, isNew: false });
  }
  const draft = appointmentDraft(staff, request, deps.clock(), deps.policies.guestNames);
  if (!draft.ok) return draft;
  const meeting = await deps.meetings.createMeeting({
    organiserId: staff.id,
    appointmentId: id,
    subject: draft.value.subject,
    startsAt: draft.value.startsAt,
    endsAt: draft.value.endsAt,
  });
  if (!meeting.ok) return meeting;
  const scheduled = scheduleAppointment(
    {
      ...draft.value,
      id,
      origin: 'portal',
      meeting: meeting.value.meeting,
      ...(meeting.value.dialIn ? { dialIn: meeting.value.dialIn } : {}),
      calendarEventId: meeting.value.calendarEventId,
    },
    deps.clock(),
  );
  if (!scheduled.ok) return scheduled;
  const stored = await storeAndInvite(deps, scheduled.value);
  return stored.ok ? ok({ stored: stored.value, isNew: true }) : stored;
}
