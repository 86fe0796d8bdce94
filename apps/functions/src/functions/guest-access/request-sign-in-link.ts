import type { HttpHandler } from '@azure/functions';
import { apiHeaders, signInLinkRequestSchema } from '@portico/api-contract';
import { porticoError } from '@portico/meeting-core';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { signInLinkValidMinutes } from './sign-in-link-lifetime';

const day = 24 * 60 * 60_000;

/**
 * `POST /api/guest/sign-in-links`: e-mails a single-use sign-in link to an address that has
 * appointments. The answer is the same 202 whether or not the address is known, so the API cannot
 * be used to find out who is a guest; both the address and the client have a budget of requests.
 */
export function requestSignInLink(
  deps: Pick<FunctionDependencies, 'appointments' | 'signInLinks' | 'signInRateLimits' | 'notices' | 'clock'>,
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
    const known = await deps.appointments.listByGuest(email, {
      from: new Date(now.getTime() - 366 * day).toISOString(),
      to: new Date(now.getTime() + 2 * 366 * day).toISOString(),
    });
    if (known.length > 0) {
      const token = await deps.signInLinks.issue(email, new Date(now.getTime() + signInLinkValidMinutes * 60_000));
      await deps.notices.enqueue({ type: 'sign-in', email, locale: body.value.locale, token });
    }
    return jsonResponse(202, { status: 'accepted' });
  };
}
