import type { HttpHandler } from '@azure/functions';
import { apiHeaders, signInLinkRequestSchema } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { guestAsksForSignInLink } from '../../use-cases/guest-asks-for-sign-in-link';

/**
 * `POST /api/guest/sign-in-links`: the same 202, after the same work, whether or not the address is
 * known, so the API cannot be used to find out who is a guest.
 */
export function requestSignInLink(
  deps: Pick<FunctionDependencies, 'signInRateLimits' | 'notices' | 'clock' | 'newId'>,
): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(signInLinkRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const client = request.headers.get(apiHeaders.clientAddress) ?? 'unknown';
    const asked = await guestAsksForSignInLink(deps, { ...body.value, client });
    return asked.ok ? jsonResponse(202, { status: 'accepted' }) : problemResponse(asked.error, request);
  };
}
