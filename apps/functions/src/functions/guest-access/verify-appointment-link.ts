import type { HttpHandler } from '@azure/functions';
import { linkTokenRequestSchema } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { guestOpensPersonalLink } from '../../use-cases/guest-opens-personal-link';

/** `POST /api/guest/appointment-links/verify`: what a personal link proves, or why it no longer works. */
export function verifyAppointmentLink(
  deps: Pick<FunctionDependencies, 'appointmentLinks' | 'appointments' | 'clock'>,
): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(linkTokenRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const grant = await guestOpensPersonalLink(deps, body.value.token);
    return grant.ok ? jsonResponse(200, grant.value) : problemResponse(grant.error, request);
  };
}
