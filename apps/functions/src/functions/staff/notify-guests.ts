import type { Appointment } from '@portico/domain';
import type { GuestEmailKind, GuestNoticeQueue } from '@portico/server-adapters';

/**
 * Queues the guests' e-mail about the appointment's current version. Queuing the same version again
 * is harmless (the worker sends each e-mail once), so a retried request may always call this.
 */
export function notifyGuests(
  notices: GuestNoticeQueue,
  appointment: Appointment,
  kind: GuestEmailKind,
  change: string = appointment.updatedAt,
): Promise<void> {
  return notices.enqueue({ type: 'appointment', appointmentId: appointment.id, kind, change });
}
