import type { HttpHandler } from '@azure/functions';
import { linkTokenRequestSchema } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { guestRedeemsSignInLink } from '../../use-cases/guest-redeems-sign-in-link';

/** `POST /api/guest/sign-in-links/redeem`: uses up a sign-in link and names the guest it was for. */
export function redeemSignInLink(deps: Pick<FunctionDependencies, 'signInLinks' | 'clock'>): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(linkTokenRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const guest = await guestRedeemsSignInLink(deps, body.value.token);
    return guest.ok ? jsonResponse(200, guest.value) : problemResponse(guest.error, request);
  };
}
