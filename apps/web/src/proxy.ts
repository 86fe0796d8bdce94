import { NextResponse, type NextRequest } from 'next/server';
import { webApp } from './composition-root';
import { acsConnectSources, securityHeaders } from './http/security-headers';

/**
 * Runs before every page and route: a fresh CSP nonce per request, which Next.js puts on its own
 * scripts (it reads the policy from the request), and the security headers on the response.
 */
export function proxy(request: NextRequest): NextResponse {
  const { settings } = webApp();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const connectSources =
    settings.calls.kind === 'relay' ? [settings.calls.url.replace(/^http/, 'ws')] : acsConnectSources;
  const headers = securityHeaders({
    nonce,
    pathname: request.nextUrl.pathname,
    development: settings.environment === 'local',
    connectSources,
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
