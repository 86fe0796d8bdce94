import 'server-only';
import { NextResponse } from 'next/server';
import { type Locale, type PorticoError } from '@portico/domain';
import { problemContentType, toProblemDetails, type TransportError } from '@portico/api-contract';

/** An RFC 9457 problem+json answer from the web app's own API routes, in the person's language. */
export function problemJson(error: PorticoError | TransportError, locale: Locale, instance: string): NextResponse {
  const problem = toProblemDetails(error, locale, instance);
  return new NextResponse(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': problemContentType, 'cache-control': 'no-store' },
  });
}
