import type { HttpHandler } from '@azure/functions';
import { rescheduleAppointmentRequestSchema } from '@portico/api-contract';
import { rescheduleAppointment as moveAppointment } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { ownAppointmentForChange } from './own-appointment';
import { appliedByCalendarSync } from './applied-by-calendar-sync';
import { withStaff } from './with-staff';
import { notifyGuests } from './notify-guests';
import { staffAppointmentResponse } from './staff-appointment-view';

/** `POST /api/staff/appointments/{id}/reschedule` with If-Match: moves the meeting, then the appointment. */
export function rescheduleAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'meetings' | 'notices' | 'clock'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const body = await readJsonBody(rescheduleAppointmentRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const own = await ownAppointmentForChange(deps.appointments, staff, request);
    if (!own.ok) return problemResponse(own.error, request);
    const { appointment, etag } = own.value;
    const startsAt = new Date(body.value.startsAt).toISOString();
    const endsAt = new Date(Date.parse(startsAt) + body.value.durationMinutes * 60_000).toISOString();
    const moved = moveAppointment(appointment, { startsAt, endsAt }, deps.clock());
    if (!moved.ok) return problemResponse(moved.error, request);
    if (moved.value === appointment) return staffAppointmentResponse(200, own.value);
    if (appointment.calendarEventId) {
      const calendar = await deps.meetings.rescheduleMeeting(staff.id, appointment.calendarEventId, {
        startsAt,
        endsAt,
      });
      if (!calendar.ok) return problemResponse(calendar.error, request);
    }
    const stored = await deps.appointments.update(moved.value, etag);
    if (!stored.ok && stored.error.code === 'appointment.conflict') {
      const synced = await appliedByCalendarSync(
        deps.appointments,
        appointment.id,
        (current) => current.startsAt === startsAt && current.endsAt === endsAt,
      );
      if (synced) return staffAppointmentResponse(200, synced);
    }
    if (!stored.ok) return problemResponse(stored.error, request);
    await notifyGuests(deps.notices, stored.value.appointment, 'rescheduled');
    return staffAppointmentResponse(200, stored.value);
  });
}
