import { setTimeout as sleep } from 'node:timers/promises';

export interface OpenLoopRun {
  /** Each operation's latency in ms, from the moment it was due to its end, sorted ascending. */
  readonly latencies: readonly number[];
  /** Operations that threw or were refused. */
  readonly failures: number;
  /** Operations finished per second over the whole run. */
  readonly achievedPerSecond: number;
}

/**
 * Starts `operation` at a steady `perSecond` for `seconds`, whether or not the earlier ones have
 * finished, as independent users would: an open loop. Latency counts from the moment an operation was
 * due, not when the driver got round to it, so a stalled server or driver cannot hide its queue
 * (coordinated omission). autocannon's `overallRate` sends each second's requests in one burst at
 * the start of the second, which measures a burst of that size instead.
 */
export async function openLoop(
  perSecond: number,
  seconds: number,
  operation: () => Promise<boolean>,
): Promise<OpenLoopRun> {
  const total = Math.round(perSecond * seconds);
  const interval = 1000 / perSecond;
  const started = performance.now();
  const latencies: number[] = [];
  let failures = 0;
  const running: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    running.push(
      operation().then(
        (succeeded) => {
          latencies.push(performance.now() - due);
          if (!succeeded) failures++;
        },
        () => {
          latencies.push(performance.now() - due);
          failures++;
        },
      ),
    );
  }
  await Promise.all(running);
  latencies.sort((a, b) => a - b);
  return { latencies, failures, achievedPerSecond: total / ((performance.now() - started) / 1000) };
}
