import type { HttpHandler } from '@azure/functions';
import { apiHeaders, signInLinkRequestSchema } from '@portico/api-contract';
import { porticoError } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';

/**
 * `POST /api/guest/sign-in-links`: queues a request for a single-use sign-in link; the worker
 * e-mails one if the address has appointments. The answer is the same 202, after the same work,
 * whether or not the address is known, so the API cannot be used to find out who is a guest; both
 * the address and the client have a budget of requests.
 */
export function requestSignInLink(
  deps: Pick<FunctionDependencies, 'signInRateLimits' | 'notices' | 'clock' | 'newId'>,
): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(signInLinkRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const email = body.value.email.toLowerCase();
    const now = deps.clock();
    const client = request.headers.get(apiHeaders.clientAddress) ?? 'unknown';
    const allowed =
      (await deps.signInRateLimits.perClient.take(client, now)) &&
      (await deps.signInRateLimits.perEmail.take(email, now));
    if (!allowed) return problemResponse(porticoError('sign-in.rate-limited'), request);
    // Whether the address has appointments is the worker's question, not this request's: answering
    // after the same work for every address keeps timing from telling guests apart.
    await deps.notices.enqueue({ type: 'sign-in', email, locale: body.value.locale, requestId: deps.newId() });
    return jsonResponse(202, { status: 'accepted' });
  };
}
