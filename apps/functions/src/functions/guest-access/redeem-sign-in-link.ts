import type { HttpHandler } from '@azure/functions';
import { linkTokenRequestSchema, type SignedInGuest } from '@portico/api-contract';
import { porticoError } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';

/** `POST /api/guest/sign-in-links/redeem`: uses up a sign-in link and names the guest it was for. */
export function redeemSignInLink(deps: Pick<FunctionDependencies, 'signInLinks' | 'clock'>): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(linkTokenRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const email = await deps.signInLinks.redeem(body.value.token, deps.clock());
    if (!email) return problemResponse(porticoError('sign-in.link-invalid'), request);
    const answer: SignedInGuest = { email };
    return jsonResponse(200, answer);
  };
}
