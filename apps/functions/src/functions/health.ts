import type { HttpHandler } from '@azure/functions';
import type { HealthReport } from '@portico/api-contract';
import type { FunctionDependencies } from '../function-dependencies';
import { jsonResponse, retryAfterSeconds } from '../http/problem-response';

/** Storage that has not answered by then is failing, as far as a load balancer's probe is concerned. */
const storageProbeMs = 1500;

/**
 * `GET /api/health`: 200 when storage answers, 503 when it fails or does not answer within
 * 1.5 s, with each check named; never slower than that, so probes see a hang at once.
 */
export function health(deps: Pick<FunctionDependencies, 'probeStorage'>): HttpHandler {
  return async (_request, context) => {
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<'failing'>((resolve) => {
      timer = setTimeout(() => resolve('failing'), storageProbeMs);
    });
    const probe = deps.probeStorage().then(
      () => 'ok' as const,
      (error: unknown) => {
        context.warn(`Health check: storage failing: ${error instanceof Error ? error.message : String(error)}`);
        return 'failing' as const;
      },
    );
    const storage = await Promise.race([probe, hung]).finally(() => clearTimeout(timer));
    const report: HealthReport = { status: storage === 'ok' ? 'ok' : 'degraded', checks: { storage } };
    const response = jsonResponse(storage === 'ok' ? 200 : 503, report);
    return storage === 'ok'
      ? response
      : { ...response, headers: { ...response.headers, 'retry-after': String(retryAfterSeconds) } };
  };
}
