import type { HttpHandler } from '@azure/functions';
import { porticoError } from '@portico/domain';
import type { CallTokenView } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { withGuest } from '../with-guest';
import { authorisedJoin } from './authorised-join';

/**
 * `POST /api/appointments/{id}/join-ticket/refresh`: a new token for the identity this guest joined
 * with, after the same checks as the ticket, so a cancellation or a closed window ends renewal. The
 * browser's token credential calls it shortly before each token expires.
 */
export function refreshJoinToken(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'policies' | 'identities' | 'callIdentities'>,
): HttpHandler {
  return withGuest(async (request, email) => {
    const appointmentId = request.params['id'] ?? '';
    const join = await authorisedJoin(deps, appointmentId, email);
    if (!join.ok) return problemResponse(join.error, request);
    const userId = await deps.callIdentities.find(appointmentId, email);
    if (userId === undefined) return problemResponse(porticoError('call.ticket-refused'), request);
    // A lost identity cannot go on in the call it joined with: the guest joins again with a new one.
    const token: CallTokenView | undefined = await deps.identities.renewToken(userId);
    if (!token) return problemResponse(porticoError('call.ticket-refused'), request);
    return jsonResponse(200, token);
  });
}
