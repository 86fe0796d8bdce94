import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Keeps local storage usable while the local host runs: Azurite restarted in memory comes back with
 * no tables and no queues, which in Azure would be infrastructure's job. Every `intervalMs` it probes
 * storage; when storage answers that the table is not there (404), it makes tables and queues again,
 * so requests recover without restarting the host. Other failures are left to the requests' own 503s.
 */
export function keepLocalStorage(options: {
  readonly probe: () => Promise<void>;
  readonly prepare: () => Promise<void>;
  readonly log: (line: string) => void;
  readonly intervalMs?: number;
}): { stop(): void } {
  const stopped = new AbortController();
  const run = async () => {
    while (!stopped.signal.aborted) {
      await sleep(options.intervalMs ?? 2000, undefined, { signal: stopped.signal }).catch(() => undefined);
      if (stopped.signal.aborted) return;
      try {
        await options.probe();
      } catch (error) {
        if (!isNotFound(error)) continue;
        options.log('Local storage lost its tables (Azurite restarted?); making them again.');
        await options.prepare().catch((prepareError: unknown) => {
          options.log(`Could not make local storage again: ${String(prepareError)}`);
        });
      }
    }
  };
  void run();
  return { stop: () => stopped.abort() };
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'statusCode' in error && error.statusCode === 404;
}
