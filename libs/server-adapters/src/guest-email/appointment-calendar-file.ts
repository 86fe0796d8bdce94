import { createEvent } from 'ics';
import type { Appointment, AppointmentGuest } from '@portico/domain';
import type { EmailAttachment } from '../email/mailer';

/**
 * The iCalendar file for an appointment: a REQUEST that calendars add or update, or a CANCEL that
 * removes it. The UID stays the appointment's and the SEQUENCE grows with every change, so a
 * guest's calendar keeps one entry however often the time moves.
 */
export function appointmentCalendarFile(
  appointment: Appointment,
  guest: AppointmentGuest,
  personalLink: string | undefined,
  description: string,
): EmailAttachment {
  const cancelled = appointment.status === 'cancelled';
  const method = cancelled ? 'CANCEL' : 'REQUEST';
  const { error, value } = createEvent({
    productId: 'portico/appointments',
    method,
    uid: `${appointment.id}@portico`,
    sequence: Math.max(0, Math.floor((Date.parse(appointment.updatedAt) - Date.parse(appointment.createdAt)) / 1000)),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    title: appointment.subject,
    description,
    ...(personalLink === undefined ? {} : { url: personalLink }),
    start: Date.parse(appointment.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(appointment.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    organizer: { name: appointment.organiser.name, email: appointment.organiser.email },
    attendees: [{ name: guest.name, email: guest.email, rsvp: false, role: 'REQ-PARTICIPANT' }],
  });
  if (error || !value) throw new Error(`The calendar file could not be made: ${error?.message ?? 'no output'}`);
  return { name: 'appointment.ics', contentType: `text/calendar; method=${method}`, content: value };
}
