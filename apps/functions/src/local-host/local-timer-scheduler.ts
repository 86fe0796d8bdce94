import { Cron } from 'croner';
import { InvocationContext, type Timer } from '@azure/functions';
import { isTimerFunction, type FunctionDeclaration, type TimerFunctionDeclaration } from '../function-declaration';

export interface RunningTimers {
  stop(): void;
}

/** Runs a timer function once, with the timer object the Functions host hands over. */
export async function runTimerFunction(
  declaration: TimerFunctionDeclaration,
  log: (line: string) => void,
  isPastDue = false,
): Promise<void> {
  const timer: Timer = {
    isPastDue,
    schedule: { adjustForDST: false },
    scheduleStatus: { last: '', next: '', lastUpdated: new Date().toISOString() },
  };
  const context = new InvocationContext({
    functionName: declaration.name,
    logHandler: (level, ...args) => log(`[${declaration.name}] ${level}: ${args.map(String).join(' ')}`),
  });
  await declaration.handler(timer, context);
}

/**
 * Runs the declared timer functions on their NCRONTAB schedules on this machine, as the Functions
 * host does (croner reads the same six-field expressions). A run that fails is logged; the next one
 * comes on schedule. It is never deployed.
 */
export function startLocalTimers(table: readonly FunctionDeclaration[], log: (line: string) => void): RunningTimers {
  const jobs = table.filter(isTimerFunction).map(
    (declaration) =>
      new Cron(declaration.trigger.schedule, { protect: true, timezone: 'UTC' }, async () => {
        await runTimerFunction(declaration, log).catch((error: unknown) =>
          log(`[${declaration.name}] failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      }),
  );
  return {
    stop() {
      for (const job of jobs) job.stop();
    },
  };
}
