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
import { signInLinkValidMinutes } from '../guest-access/sign-in-link-lifetime';

/** How long a personal link keeps working after its appointment ends. */
const personalLinkDaysAfterEnd = 30;

type Deps = Pick<
  FunctionDependencies,
  'appointments' | 'mailer' | 'sentEmails' | 'appointmentLinks' | 'signInLinks' | 'clock' | 'portal' | 'auditTrail'
>;

/**
 * The invitations queue worker: writes to guests about a change to their appointment, or sends a
 * sign-in link. Each e-mail is logged once sent, so a notice the queue delivers again sends nothing
 * twice. A failure throws: the queue retries, and after five attempts the notice rests in the
 * poison queue for an operator.
 */
export function sendGuestNotice(deps: Deps): StorageQueueHandler {
  return async (message, context) => {
    const parsed = guestNoticeSchema.safeParse(message);
    if (!parsed.success) throw new Error(`Not a guest notice: ${parsed.error.issues.length} problems`);
    const notice = parsed.data;
    if (notice.type === 'sign-in') return sendSignInLink(deps, notice, context);
    const stored = await deps.appointments.get(notice.appointmentId);
    if (!stored) {
      context.log(`Appointment ${notice.appointmentId} no longer exists; nothing to send.`);
      return;
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
  const expiresAt = new Date(Date.parse(appointment.endsAt) + personalLinkDaysAfterEnd * 24 * 60 * 60_000);
  const token = deps.appointmentLinks.mint({ appointment, guestEmail: guest.email }, expiresAt);
  return `${deps.portal.url}/a/${token}`;
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
  if (await deps.sentEmails.wasSent(key)) {
    context.log('This e-mail was sent before; not sending it again.');
    return;
  }
  const sent = await deps.mailer.send(email, operationIdFor(key));
  if (!sent.ok) throw new Error(`The e-mail could not be sent (${sent.error.code}); the queue will retry.`);
  await afterSending();
  await deps.sentEmails.markSent(key, deps.clock());
}
