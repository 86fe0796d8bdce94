import type { HttpHandler, HttpResponseInit } from '@azure/functions';
import { porticoError } from '@portico/domain';
import { problemResponse } from './problem-response';

/**
 * Wraps a handler so that no caller ever waits without bound or sees a stack trace:
 * - a dependency that cannot be reached, fails, or has lost what Portico stored is a 503
 *   `dependency.unavailable` the caller may retry;
 * - a handler still busy at `deadlineMs` (storage that hangs, say) is answered the same 503 then;
 * - anything else is a 500 `internal.unexpected`.
 * Details go to the function's log, never to the caller.
 */
export function withProblemHandling(handler: HttpHandler, deadlineMs: number): HttpHandler {
  return async (request, context) => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), deadlineMs);
    });
    let pastDeadline = false;
    const handled = Promise.resolve(handler(request, context));
    // Past the deadline the work goes on unseen; a failure then still reaches the log.
    handled.catch((error: unknown) => {
      if (pastDeadline) context.error(`${context.functionName} failed after its deadline: ${describe(error)}`);
    });
    try {
      const outcome = await Promise.race([handled, deadline]);
      if (outcome !== 'deadline') return outcome;
      pastDeadline = true;
      context.error(`${context.functionName} was still waiting on a dependency after ${deadlineMs} ms`);
      return problemResponse(porticoError('dependency.unavailable'), request);
    } catch (error) {
      context.error(`Unhandled failure in ${context.functionName}: ${describe(error)}`);
      const code = isDependencyFailure(error) ? 'dependency.unavailable' : 'internal.unexpected';
      return problemResponse(porticoError(code), request) satisfies HttpResponseInit;
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * Azure SDK `RestError`s and Graph's `GraphError` carry `statusCode`: absent when nothing answered,
 * 5xx when the service failed, 404 when it no longer has what Portico stored (the adapters handle
 * the 404s they expect). A 401 or 403 is Portico's own misconfiguration, so it stays a 500. A try
 * abandoned at its timeout surfaces as an `AbortError` (or `TimeoutError`): the dependency hung.
 */
function isDependencyFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return true;
  if (error.name !== 'RestError' && error.name !== 'GraphError') return false;
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;
  return status === undefined || status === 404 || status >= 500;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
