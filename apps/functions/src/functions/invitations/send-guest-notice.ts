import type { InvocationContext, StorageQueueHandler } from '@azure/functions';
import type { Appointment, AppointmentGuest } from '@portico/domain';
import {
  composeGuestEmail,
  composeSignInEmail,
  guestNoticeSchema,
  type GuestNotice,
  type OutgoingEmail,
} from '@portico/server-adapters';
import type { FunctionDependencies } from '../../function-dependencies';
import { operationIdFor } from './operation-id';
import { deliverOnce } from './deliver-once';
import { personalLinkPath } from './personal-link';
import { sendGuestReminder } from './send-guest-reminder';
import { signInLinkValidMinutes } from '../guest-access/sign-in-link-lifetime';
import { cancelStaffCancelledMeeting, settleCancellation } from '../../use-cases/settle-cancellation';

type Deps = Pick<
  FunctionDependencies,
  | 'appointments'
  | 'mailer'
  | 'sentEmails'
  | 'appointmentLinks'
  | 'signInLinks'
  | 'clock'
  | 'portal'
  | 'auditTrail'
  | 'reminders'
  | 'meetings'
  | 'notices'
>;

/**
 * The invitations queue worker: writes to guests about a change to their appointment, reminds them
 * of it, or sends a sign-in link. Each e-mail is logged once sent, so a notice the queue delivers again sends nothing
 * twice. A failure throws: the queue retries, and after five attempts the notice rests in the
 * poison queue for an operator.
 */
export function sendGuestNotice(deps: Deps): StorageQueueHandler {
  return async (message, context) => {
    const parsed = guestNoticeSchema.safeParse(message);
    if (!parsed.success) throw new Error(`Not a guest notice: ${parsed.error.issues.length} problems`);
    const notice = parsed.data;
    if (notice.type === 'sign-in') return sendSignInLink(deps, notice, context);
    if (notice.type === 'reminder') return sendGuestReminder(deps, notice, context);
    const stored = await deps.appointments.get(notice.appointmentId);
    if (!stored) {
      context.log(`Appointment ${notice.appointmentId} no longer exists; nothing to send.`);
      return;
    }
    if (notice.kind === 'cancelled') {
      const settled = await settleCancellation(deps, notice, stored);
      if (!settled.ok) throw new Error(`Cancellation not settled (${settled.error.code}); the queue will retry.`);
      if (settled.value === 'stale') return context.log('The cancellation was undone or replaced; nothing to send.');
      if (settled.value === 'not-yet') return context.log('The cancellation may still be undone; its notice waits.');
    }
    for (const guest of stored.appointment.guests) {
      const email = composeGuestEmail({
        kind: notice.kind,
        appointment: stored.appointment,
        guest,
        ...(notice.kind === 'cancelled' ? {} : { personalLink: personalLink(deps, stored.appointment, guest) }),
        brand: deps.portal.brand,
        privacyNoticeUrl: `${deps.portal.url}/privacy`,
      });
      // The trail says an e-mail went to whom and why, never its address or link.
      await sendOnce(deps, noticeKey(notice, guest), email, context, () =>
        deps.auditTrail.record({
          appointmentId: notice.appointmentId,
          kind: 'email-sent',
          at: deps.clock().toISOString(),
          actor: 'portal',
          name: guest.name,
          detail: notice.kind,
        }),
      );
    }
    // The guests hear of it first: an organiser's calendar that refuses must not keep them waiting.
    if (notice.kind === 'cancelled') {
      const cancelled = await cancelStaffCancelledMeeting(deps, stored);
      if (!cancelled.ok) throw new Error(`Meeting not cancelled (${cancelled.error.code}); the queue will retry.`);
    }
  };
}

const day = 24 * 60 * 60_000;

/**
 * A sign-in link for an address with appointments in the last or the coming year or two; nothing
 * for any other address. Sent once per request, however often the queue delivers it.
 */
async function sendSignInLink(
  deps: Deps,
  notice: Extract<GuestNotice, { type: 'sign-in' }>,
  context: InvocationContext,
): Promise<void> {
  const key = `sign-in|${notice.requestId}`;
  if (await deps.sentEmails.wasSent(key)) return;
  const now = deps.clock();
  const known = await deps.appointments.listByGuest(notice.email, {
    from: new Date(now.getTime() - 366 * day).toISOString(),
    to: new Date(now.getTime() + 2 * 366 * day).toISOString(),
  });
  if (known.length === 0) {
    context.log('A sign-in link was asked for an address without appointments; nothing sent.');
    return;
  }
  const token = await deps.signInLinks.issue(notice.email, new Date(now.getTime() + signInLinkValidMinutes * 60_000));
  const email = composeSignInEmail({
    email: notice.email,
    locale: notice.locale,
    link: `${deps.portal.url}/sign-in/${encodeURIComponent(token)}`,
    validMinutes: signInLinkValidMinutes,
    brand: deps.portal.brand,
    privacyNoticeUrl: `${deps.portal.url}/privacy`,
  });
  await sendOnce(deps, key, email, context);
}

function noticeKey(notice: Extract<GuestNotice, { type: 'appointment' }>, guest: AppointmentGuest): string {
  return `appointment|${notice.appointmentId}|${notice.kind}|${notice.change}|${guest.email}`;
}

function personalLink(deps: Deps, appointment: Appointment, guest: AppointmentGuest): string {
  return `${deps.portal.url}${personalLinkPath(deps, appointment, guest)}`;
}

/**
 * Sends an e-mail unless it went before; `afterSending` runs between the send and the log entry, so
 * a failure there sends again (the operation id keeps ACS from delivering twice) rather than
 * losing it.
 */
async function sendOnce(
  deps: Deps,
  key: string,
  email: OutgoingEmail,
  context: InvocationContext,
  afterSending: () => Promise<void> = async () => undefined,
): Promise<void> {
  await deliverOnce(deps, key, () => deps.mailer.send(email, operationIdFor(key)), context, afterSending);
}
