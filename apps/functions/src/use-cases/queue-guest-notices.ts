import type { GuestNoticeKind, SyncNotice } from '@portico/domain';
import type { Appointment } from '@portico/domain';
import type { GuestNoticeQueue } from '@portico/server-adapters';

/**
 * Queues the guests' e-mails about changes to an appointment. Queuing the same change again is
 * harmless (the worker sends each e-mail once), so a retried request or message may always call this.
 * `delaySeconds` holds them back from the worker that long.
 */
export async function queueGuestNotices(
  queue: GuestNoticeQueue,
  appointmentId: string,
  notices: readonly SyncNotice[],
  delaySeconds?: number,
): Promise<void> {
  for (const { kind, change } of notices) {
    const notice = { type: 'appointment', appointmentId, kind, change } as const;
    await (delaySeconds === undefined ? queue.enqueue(notice) : queue.enqueue(notice, { delaySeconds }));
  }
}

/** The notice about an appointment's current version, named by that version. */
export function noticeOfCurrentVersion(appointment: Appointment, kind: GuestNoticeKind): SyncNotice {
  return { kind, change: appointment.updatedAt };
}
