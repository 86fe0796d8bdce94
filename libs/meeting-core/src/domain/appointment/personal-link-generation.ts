import type { Appointment } from './appointment';

/**
 * What a guest's personal link was issued for: the appointment's time and whether it is still on.
 * A reschedule or a cancel changes it, so every link e-mailed before that change stops working and
 * only the newest e-mail's link signs the guest in. Changes a guest is not written about (a new
 * subject, another guest) keep it, so no guest is left holding a dead link.
 */
export function personalLinkGeneration(appointment: Appointment): string {
  const on = appointment.status === 'cancelled' ? 'cancelled' : 'on';
  return `${appointment.startsAt}|${appointment.endsAt}|${on}`;
}
