import { transportError, type TransportError } from '@portico/api-contract';
import { porticoError, type PorticoError } from '@portico/domain';
import { methodRefusal } from '@/http/request-gate';

/**
 * What the portal's server refuses before Next.js sees a request, or undefined. Next.js adapts
 * every request into a fetch `Request` before `proxy.ts` runs, and fails with a 500 where that
 * cannot be done: Node's fetch refuses TRACE, TRACK and CONNECT outright, and a path with a broken
 * `%` escape gets Next's own HTML error page. Refusing them here keeps every answer problem+json.
 */
export function refusalBeforeNext(
  method: string | undefined,
  url: string | undefined,
): PorticoError | TransportError | undefined {
  const refusedMethod = methodRefusal(method ?? 'GET');
  if (refusedMethod) return transportError(refusedMethod);
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  try {
    decodeURIComponent(path);
  } catch {
    return porticoError('request.invalid', { issues: 'path: not valid percent-encoding' });
  }
  return undefined;
}
