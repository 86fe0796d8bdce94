import type { Appointment, AppointmentGuest } from './appointment';

/** A guest's address as Portico keys it: trimmed and lower case. */
export function normaliseGuestEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The guest on this appointment with this address, however it is written, or undefined. */
export function findGuest(appointment: Appointment, email: string): AppointmentGuest | undefined {
  const wanted = normaliseGuestEmail(email);
  return appointment.guests.find((guest) => guest.email === wanted);
}

/** Whether this address is one of the appointment's guests. */
export function isGuestOf(appointment: Appointment, email: string): boolean {
  return findGuest(appointment, email) !== undefined;
}
