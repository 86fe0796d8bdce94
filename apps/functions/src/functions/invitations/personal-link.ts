import type { Appointment, AppointmentGuest } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';

/** How long a personal link keeps working after its appointment ends. */
const personalLinkDaysAfterEnd = 30;

/** The path of a guest's personal link to an appointment as it stands now, on the portal. */
export function personalLinkPath(
  deps: Pick<FunctionDependencies, 'appointmentLinks'>,
  appointment: Appointment,
  guest: AppointmentGuest,
): string {
  const expiresAt = new Date(Date.parse(appointment.endsAt) + personalLinkDaysAfterEnd * 24 * 60 * 60_000);
  return `/a/${deps.appointmentLinks.mint({ appointment, guestEmail: guest.email }, expiresAt)}`;
}
