import type { HttpHandler } from '@azure/functions';
import { acsMeetingLocator } from '@portico/domain';
import type { JoinTicket } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { withGuest } from '../with-guest';
import { authorisedJoin } from './authorised-join';
import { guestCallIdentity } from './guest-call-identity';

/**
 * `POST /api/appointments/{id}/join-ticket`: for a guest on the appointment, inside its join window,
 * with a meeting ACS can join: an ACS token (voip and chat, 60 minutes), the name Teams will show,
 * and the meeting to join. Anyone else gets the domain's refusal as problem+json.
 */
export function issueJoinTicket(
  deps: Pick<
    FunctionDependencies,
    'appointments' | 'clock' | 'policies' | 'identities' | 'callIdentities' | 'acsEndpoint'
  >,
): HttpHandler {
  return withGuest(async (request, email) => {
    const appointmentId = request.params['id'] ?? '';
    const join = await authorisedJoin(deps, appointmentId, email);
    if (!join.ok) return problemResponse(join.error, request);
    const { appointment, grant } = join.value;
    const identity = await guestCallIdentity(deps, appointmentId, email);
    const ticket: JoinTicket = {
      ...identity,
      displayName: grant.displayName,
      locator: acsMeetingLocator(appointment.meeting),
      ...(appointment.meeting.kind === 'thread' ? { chatThreadId: appointment.meeting.threadId } : {}),
      acsEndpoint: deps.acsEndpoint,
      closesAt: grant.closesAt,
    };
    return jsonResponse(200, ticket);
  });
}
