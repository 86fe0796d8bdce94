import type { StaffAppointmentView } from '@portico/api-contract';
import { acsMeetingLocator } from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import { jsonResponse } from '../../http/problem-response';
import type { HttpResponseInit } from '@azure/functions';

/** An appointment as its organiser sees it, with the version a change must name. */
export function toStaffAppointmentView({ appointment, etag }: StoredAppointment): StaffAppointmentView {
  return {
    id: appointment.id,
    etag,
    origin: appointment.origin,
    subject: appointment.subject,
    ...(appointment.note === undefined ? {} : { note: appointment.note }),
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    status: appointment.status,
    ...(appointment.status === 'cancelled' && appointment.cancelledFrom
      ? { undoCancelUntil: appointment.cancelledFrom.undoableUntil }
      : {}),
    guests: [...appointment.guests],
    locator: acsMeetingLocator(appointment.meeting),
    feedback: (appointment.feedback ?? []).map(({ guestEmail, rating, comment, givenAt }) => ({
      guestName: appointment.guests.find((guest) => guest.email === guestEmail)?.name ?? guestEmail,
      rating,
      ...(comment === undefined ? {} : { comment }),
      givenAt,
    })),
  };
}

/** The view as a response, with the ETag header a later change sends back as If-Match. */
export function staffAppointmentResponse(status: number, stored: StoredAppointment): HttpResponseInit {
  const response = jsonResponse(status, toStaffAppointmentView(stored));
  return { ...response, headers: { ...(response.headers as Record<string, string>), etag: stored.etag } };
}
