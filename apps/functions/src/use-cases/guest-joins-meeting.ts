import type { JoinTicket } from '@portico/api-contract';
import { acsMeetingLocator, findGuest, ok, type PorticoError, type Result } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';
import { authorisedJoin } from './authorised-join';
import { guestCallIdentity } from './guest-call-identity';
import { recordAuditEvent } from './record-audit-event';

/**
 * A guest joins an appointment's meeting: if they are on it, inside its join window, and ACS can
 * join the meeting, they get an ACS identity and token (voip and chat), the name Teams will show,
 * and the meeting to join; otherwise the domain's refusal. A guest who was in the call (they hold the
 * identity their first join minted) and dropped may rejoin for a grace period after the window
 * closes; if the meeting is over by then, Teams refuses the join itself.
 */
export async function guestJoinsMeeting(
  deps: Pick<
    FunctionDependencies,
    'appointments' | 'clock' | 'policies' | 'identities' | 'callIdentities' | 'acsEndpoint' | 'auditTrail'
  >,
  { appointmentId, guestEmail }: { readonly appointmentId: string; readonly guestEmail: string },
): Promise<Result<JoinTicket, PorticoError>> {
  const join = await authorisedJoin(deps, appointmentId, guestEmail);
  if (!join.ok) {
    await recordRefusal(deps, appointmentId, guestEmail, join.error);
    return join;
  }
  const { appointment, grant } = join.value;
  const identity = await guestCallIdentity(deps, appointmentId, guestEmail);
  await recordAuditEvent(deps, {
    appointmentId,
    kind: 'ticket-issued',
    at: deps.clock().toISOString(),
    actor: 'guest',
    name: findGuest(appointment, guestEmail)?.name ?? grant.displayName,
  });
  return ok({
    ...identity,
    displayName: grant.displayName,
    locator: acsMeetingLocator(appointment.meeting),
    ...(appointment.meeting.kind === 'thread' ? { chatThreadId: appointment.meeting.threadId } : {}),
    acsEndpoint: deps.acsEndpoint,
    closesAt: grant.closesAt,
  });
}

/**
 * A refused join on the appointment's trail, with the refusal's code; only for a guest of it, so a
 * stranger's tries leave nothing about them behind.
 */
async function recordRefusal(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'auditTrail'>,
  appointmentId: string,
  guestEmail: string,
  refusal: PorticoError,
): Promise<void> {
  const stored = await deps.appointments.get(appointmentId);
  const guest = stored ? findGuest(stored.appointment, guestEmail) : undefined;
  if (!guest) return;
  await recordAuditEvent(deps, {
    appointmentId,
    kind: 'join-refused',
    at: deps.clock().toISOString(),
    actor: 'guest',
    name: guest.name,
    detail: refusal.code,
  });
}
