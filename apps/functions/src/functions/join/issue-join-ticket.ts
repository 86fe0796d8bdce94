import type { HttpHandler } from '@azure/functions';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { guestJoinsMeeting } from '../../use-cases/guest-joins-meeting';
import { withGuest } from '../with-guest';

/** `POST /api/appointments/{id}/join-ticket`: the guest's join ticket, or the refusal as problem+json. */
export function issueJoinTicket(
  deps: Pick<
    FunctionDependencies,
    'appointments' | 'clock' | 'policies' | 'identities' | 'callIdentities' | 'acsEndpoint' | 'auditTrail'
  >,
): HttpHandler {
  return withGuest(async (request, email) => {
    const ticket = await guestJoinsMeeting(deps, { appointmentId: request.params['id'] ?? '', guestEmail: email });
    return ticket.ok ? jsonResponse(200, ticket.value) : problemResponse(ticket.error, request);
  });
}
