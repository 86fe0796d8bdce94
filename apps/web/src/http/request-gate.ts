import type { TransportErrorCode } from '@portico/api-contract';

/** What the gate reads of a request. */
export interface GatedRequest {
  readonly method: string;
  readonly host: string | null;
  readonly origin: string | null;
  readonly secFetchSite: string | null;
}

/** The methods the portal's pages, forms, server actions and route handlers use. */
export const allowedMethods: readonly string[] = ['GET', 'HEAD', 'POST', 'OPTIONS'];
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why the portal refuses a request before any page, action or route sees it, or undefined:
 * - a method it never uses (TRACE, PUT, …) is `request.method-not-allowed`;
 * - a state-changing request that a browser marks as coming from another site (`Sec-Fetch-Site`),
 *   or, from a browser too old to say, whose `Origin` is not this host, is `request.cross-site`.
 *   This one rule guards sign-out,
 *   server actions and the join-ticket routes against cross-site request forgery (Entra ID returns
 *   to next-auth by a GET redirect, so no post from another site is needed). Requests with
 *   neither header are not from a browser page, so they carry no one's cookies by accident.
 */
export function requestRefusal(request: GatedRequest): TransportErrorCode | undefined {
  const refusedMethod = methodRefusal(request.method);
  if (refusedMethod) return refusedMethod;
  if (safeMethods.has(request.method.toUpperCase())) return undefined;
  // Sec-Fetch-Site is set by the browser and cannot be forged by a page; when it is there it decides.
  // Origin is then no help: pages sent with `Referrer-Policy: no-referrer` post with `Origin: null`.
  if (request.secFetchSite !== null) return request.secFetchSite === 'same-origin' ? undefined : 'request.cross-site';
  if (request.origin !== null && originHost(request.origin) !== request.host?.toLowerCase())
    return 'request.cross-site';
  return undefined;
}

/** `request.method-not-allowed` for a method the portal never uses, or undefined. */
export function methodRefusal(method: string): TransportErrorCode | undefined {
  return allowedMethods.includes(method.toUpperCase()) ? undefined : 'request.method-not-allowed';
}

/**
 * Whether a server action's body is one Next.js can decode: its fetch encoding is a JSON array of
 * arguments (`text/plain`); forms arrive as `multipart/form-data`, which Next reads itself. Anything
 * else would fail inside Next as a 500, so the proxy refuses it first as `request.invalid`.
 */
export function decodableActionBody(contentType: string | null, body: string): boolean {
  if (contentType?.startsWith('multipart/form-data') || contentType?.startsWith('application/x-www-form-urlencoded'))
    return true;
  try {
    return Array.isArray(JSON.parse(body));
  } catch {
    return false;
  }
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}
