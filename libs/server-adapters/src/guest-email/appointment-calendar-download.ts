import type { Appointment, AppointmentGuest } from '@portico/domain';
import type { EmailAttachment } from '../email/mailer';
import { appointmentCalendarFile } from './appointment-calendar-file';
import { guestEmailText } from './guest-email-text';

/**
 * The calendar file a guest downloads from their appointment page: the invitation's event (same UID
 * and SEQUENCE, so it updates the entry the invitation made rather than adding a second), described
 * in the guest's language, linking to the appointment page instead of a personal link.
 */
export function appointmentCalendarDownload(
  appointment: Appointment,
  guest: AppointmentGuest,
  appointmentPageUrl: string,
): EmailAttachment {
  const text = guestEmailText[guest.locale];
  const description = [
    `${text.withLabel}: ${appointment.organiser.name}`,
    ...(appointment.note ? [`${text.noteLabel}: ${appointment.note}`] : []),
    ...(appointment.dialIn ? [`${text.dialInLabel}: ${text.dialIn(appointment.dialIn)}`] : []),
    `${text.openAction}: ${appointmentPageUrl}`,
  ].join('\n');
  return appointmentCalendarFile(appointment, guest, appointmentPageUrl, description);
}
