import { RestError } from '@azure/data-tables';
import type { HttpHandler, HttpResponseInit } from '@azure/functions';
import { porticoError } from '@portico/meeting-core';
import { problemResponse } from './problem-response';

/**
 * Wraps a handler so that an unexpected failure becomes a problem+json response, never a stack
 * trace: storage that cannot be reached is a 503 the caller may retry, anything else a 500. The
 * details go to the function's log, not to the caller.
 */
export function withProblemHandling(handler: HttpHandler): HttpHandler {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      context.error(`Unhandled failure in ${context.functionName}: ${describe(error)}`);
      const code = isUnreachable(error) ? 'dependency.unavailable' : 'internal.unexpected';
      return problemResponse(porticoError(code), request) satisfies HttpResponseInit;
    }
  };
}

function isUnreachable(error: unknown): boolean {
  return error instanceof RestError && (error.statusCode === undefined || error.statusCode >= 500);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
