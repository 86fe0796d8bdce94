import type { HttpHandler, HttpRequest, HttpResponseInit } from '@azure/functions';
import { porticoError } from '@portico/domain';
import { problemResponse } from '../http/problem-response';
import { guestCaller } from './guest-caller';

/** A handler for guests only: without a guest from the web app's session the answer is a 401 problem. */
export function withGuest(
  handler: (request: HttpRequest, guestEmail: string) => Promise<HttpResponseInit>,
): HttpHandler {
  return async (request) => {
    const email = guestCaller(request);
    return email ? handler(request, email) : problemResponse(porticoError('auth.unauthenticated'), request);
  };
}
