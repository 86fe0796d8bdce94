import type { HttpHandler } from '@azure/functions';
import type { HealthReport } from '@portico/api-contract';
import type { FunctionDependencies } from '../function-dependencies';
import { jsonResponse } from '../http/problem-response';

/** `GET /api/health`: 200 when storage answers, 503 when it does not, with each check named. */
export function health(deps: Pick<FunctionDependencies, 'probeStorage'>): HttpHandler {
  return async (_request, context) => {
    const storage = await deps.probeStorage().then(
      () => 'ok' as const,
      (error: unknown) => {
        context.warn(`Health check: storage failing: ${error instanceof Error ? error.message : String(error)}`);
        return 'failing' as const;
      },
    );
    const report: HealthReport = { status: storage === 'ok' ? 'ok' : 'degraded', checks: { storage } };
    return jsonResponse(storage === 'ok' ? 200 : 503, report);
  };
}
