import { createHash } from 'node:crypto';

/**
 * The id of the appointment synced from one calendar event: the same for every notification, retry
 * and backstop pass, so two workers racing on one event can only ever make one appointment.
 */
export function syncedAppointmentId(userId: string, eventId: string): string {
  return `cal-${createHash('sha256').update(`${userId}|${eventId}`).digest('hex').slice(0, 40)}`;
}
