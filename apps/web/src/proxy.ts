import { NextResponse, type NextRequest } from 'next/server';
import { webApp } from './composition-root';
import { acsConnectSources, securityHeaders } from './http/security-headers';
import { problemJson } from './http/problem-json';
import { allowedMethods, decodableActionBody, requestRefusal } from './http/request-gate';
import { transportError } from '@portico/api-contract';
import { negotiateLocale, porticoError } from '@portico/domain';

/**
 * Runs before every page and route: refuses methods the portal never uses and cross-site posts
 * (`request-gate.ts`), then gives a fresh CSP nonce per request, which Next.js puts on its own
 * scripts (it reads the policy from the request), and the security headers on the response.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const refusal = requestRefusal({
    method: request.method,
    host: request.headers.get('host'),
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
  });
  const locale = () => negotiateLocale(request.headers.get('accept-language'));
  if (refusal) {
    const response = problemJson(transportError(refusal), locale(), request.nextUrl.pathname);
    if (refusal === 'request.method-not-allowed') response.headers.set('allow', allowedMethods.join(', '));
    return response;
  }
  if (
    request.headers.has('next-action') &&
    !decodableActionBody(request.headers.get('content-type'), await request.clone().text())
  ) {
    const issues = 'body: not the arguments of a server action';
    return problemJson(porticoError('request.invalid', { issues }), locale(), request.nextUrl.pathname);
  }
  const { settings } = webApp();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  // Local mode allows what Azure allows, plus the relay's socket and its chat images (which the chat
  // service serves in Azure): the CSP e2e meets is the one that ships.
  const callConnectSources =
    settings.calls.kind === 'relay'
      ? [...acsConnectSources, settings.calls.url.replace(/^http/, 'ws'), new URL(settings.calls.url).origin]
      : acsConnectSources;
  const headers = securityHeaders({
    nonce,
    pathname: request.nextUrl.pathname,
    development: settings.nextDevelopmentServer,
    https: settings.environment === 'production',
    callConnectSources,
    imageSources: settings.brand.logoUrl ? [new URL(settings.brand.logoUrl).origin] : [],
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', headers['content-security-policy'] ?? '');
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build output carries no markup to protect and is served as is.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
