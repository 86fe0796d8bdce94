import type { Appointment } from './appointment';

/**
 * Which personal links still work for an appointment: only those issued at its current link
 * generation. The generation only ever goes up, once for every change guests are written about with
 * a new link or told to stop using the old one (a move, a cancel, a reinstatement), so every link
 * e-mailed before such a change stops working, even if a later change puts the time or the status
 * back. Changes a guest is not written about (a new subject, another guest) keep it. The one step
 * back is a cancellation undone before its e-mail went (`undoCancellation`): no guest heard of it,
 * and a cancelled appointment's e-mail carries no link, so none was issued at the generation undone.
 */
export function personalLinkGeneration(appointment: Appointment): number {
  return appointment.linkGeneration ?? 0;
}

/** The appointment with every personal link issued so far replaced. */
export function replacingPersonalLinks(appointment: Appointment): Appointment {
  return { ...appointment, linkGeneration: personalLinkGeneration(appointment) + 1 };
}
