import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { negotiateLocale } from '@portico/domain';
import { allowedMethods } from '@/http/request-gate';
import { refusalBeforeNext } from './refusal-before-next';
import { problemContentType, toProblemDetails } from '@portico/api-contract';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * The portal's HTTP server: it answers what Next.js cannot adapt (`refusal-before-next.ts`) with a
 * problem, and hands every other request to Next.js.
 */
export function createPorticoWebServer(nextHandler: RequestHandler): Server {
  return createServer((request, response) => {
    const refusal = refusalBeforeNext(request.method, request.url);
    if (!refusal) {
      void nextHandler(request, response);
      return;
    }
    const locale = negotiateLocale(request.headers['accept-language'] ?? null);
    const problem = toProblemDetails(refusal, locale, (request.url ?? '/').split('?', 1)[0] ?? '/');
    response.statusCode = problem.status;
    response.setHeader('content-type', problemContentType);
    response.setHeader('cache-control', 'no-store');
    response.setHeader('x-content-type-options', 'nosniff');
    if (refusal.code === 'request.method-not-allowed') response.setHeader('allow', allowedMethods.join(', '));
    // A refused request's body is never read; drain it so the connection can be reused.
    request.resume();
    response.end(JSON.stringify(problem));
  });
}
