import type { HttpHandler } from '@azure/functions';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { guestRenewsCallToken } from '../../use-cases/guest-renews-call-token';
import { withGuest } from '../with-guest';

/**
 * `POST /api/appointments/{id}/join-ticket/refresh`: a new token for the identity the guest joined
 * with; the browser's token credential calls it shortly before each token expires.
 */
export function refreshJoinToken(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'policies' | 'identities' | 'callIdentities'>,
): HttpHandler {
  return withGuest(async (request, email) => {
    const token = await guestRenewsCallToken(deps, { appointmentId: request.params['id'] ?? '', guestEmail: email });
    return token.ok ? jsonResponse(200, token.value) : problemResponse(token.error, request);
  });
}
