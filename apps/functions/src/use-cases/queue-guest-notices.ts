import type { GuestNoticeKind, SyncNotice } from '@portico/domain';
import type { Appointment } from '@portico/domain';
import type { GuestNoticeQueue } from '@portico/server-adapters';

/**
 * Queues the guests' e-mails about changes to an appointment. Queuing the same change again is
 * harmless (the worker sends each e-mail once), so a retried request or message may always call this.
 */
export async function queueGuestNotices(
  queue: GuestNoticeQueue,
  appointmentId: string,
  notices: readonly SyncNotice[],
): Promise<void> {
  for (const { kind, change } of notices) await queue.enqueue({ type: 'appointment', appointmentId, kind, change });
}

/** The notice about an appointment's current version, named by that version. */
export function noticeOfCurrentVersion(appointment: Appointment, kind: GuestNoticeKind): SyncNotice {
  return { kind, change: appointment.updatedAt };
}
