import type { TimerHandler } from '@azure/functions';
import type { FunctionDependencies } from '../../function-dependencies';

/** Hourly: sign-in rate-limit counters whose window has ended are deleted, so the table stays small. */
export function removeExpiredRateLimits(deps: Pick<FunctionDependencies, 'signInRateLimits' | 'clock'>): TimerHandler {
  return async (_timer, context) => {
    const now = deps.clock();
    const removed = (
      await Promise.all(
        [deps.signInRateLimits.perEmail, deps.signInRateLimits.perClient].map((l) => l.removeExpired(now)),
      )
    ).reduce((sum, count) => sum + count, 0);
    context.log(`Removed ${removed} expired rate-limit counters.`);
  };
}
