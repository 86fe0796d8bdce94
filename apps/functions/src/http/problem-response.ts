import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { negotiateLocale, type PorticoError } from '@portico/domain';
import { apiHeaders, problemContentType, toProblemDetails } from '@portico/api-contract';

/** An RFC 9457 problem+json response for an error value, in the caller's language. */
export function problemResponse(error: PorticoError, request: HttpRequest): HttpResponseInit {
  const problem = toProblemDetails(
    error,
    negotiateLocale(request.headers.get(apiHeaders.acceptLanguage)),
    new URL(request.url).pathname,
  );
  return {
    status: problem.status,
    headers: {
      'content-type': problemContentType,
      'cache-control': 'no-store',
      // Every 503 is a dependency that may be back soon: say when to try again.
      ...(problem.status === 503 ? { 'retry-after': String(retryAfterSeconds) } : {}),
    },
    body: JSON.stringify(problem),
  };
}

/** How long a caller should wait before retrying after a 503. */
export const retryAfterSeconds = 5;

/** A JSON response that no shared cache keeps: every body here is about one person. */
export function jsonResponse(status: number, body: unknown): HttpResponseInit {
  return {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify(body),
  };
}
