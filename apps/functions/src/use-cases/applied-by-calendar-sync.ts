import type { Appointment } from '@portico/domain';
import type { AppointmentStore, StoredAppointment } from '@portico/server-adapters';

/**
 * After a staff change has reached the calendar, calendar sync may store that same change first: the
 * event's notification raced the request, and the request's conditional update then conflicts. When
 * the appointment already shows the change, that is the outcome the staff member asked for (and sync
 * has told the guests), so the request succeeds with it.
 */
export async function appliedByCalendarSync(
  store: AppointmentStore,
  id: string,
  isApplied: (appointment: Appointment) => boolean,
): Promise<StoredAppointment | undefined> {
  const current = await store.get(id);
  return current && isApplied(current.appointment) ? current : undefined;
}
