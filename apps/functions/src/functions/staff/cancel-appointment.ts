import type { HttpHandler } from '@azure/functions';
import { cancelAppointment as cancel } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { ownAppointmentForChange } from './own-appointment';
import { appliedByCalendarSync } from './applied-by-calendar-sync';
import { withStaff } from './with-staff';
import { notifyGuests } from './notify-guests';
import { staffAppointmentResponse } from './staff-appointment-view';

/** `POST /api/staff/appointments/{id}/cancel` with If-Match: cancels the meeting, then the appointment. */
export function cancelAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'meetings' | 'notices' | 'clock'>,
): HttpHandler {
  return withStaff(async (request, staff) => {
    const own = await ownAppointmentForChange(deps.appointments, staff, request);
    if (!own.ok) return problemResponse(own.error, request);
    const { appointment, etag } = own.value;
    const cancelled = cancel(appointment, deps.clock());
    if (!cancelled.ok) return problemResponse(cancelled.error, request);
    if (cancelled.value === appointment) return staffAppointmentResponse(200, own.value);
    if (appointment.calendarEventId) {
      const calendar = await deps.meetings.cancelMeeting(staff.id, appointment.calendarEventId);
      if (!calendar.ok) return problemResponse(calendar.error, request);
    }
    const stored = await deps.appointments.update(cancelled.value, etag);
    if (!stored.ok && stored.error.code === 'appointment.conflict') {
      const synced = await appliedByCalendarSync(
        deps.appointments,
        appointment.id,
        (current) => current.status === 'cancelled',
      );
      if (synced) return staffAppointmentResponse(200, synced);
    }
    if (!stored.ok) return problemResponse(stored.error, request);
    await notifyGuests(deps.notices, stored.value.appointment, 'cancelled');
    return staffAppointmentResponse(200, stored.value);
  });
}
