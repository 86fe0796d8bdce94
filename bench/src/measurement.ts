/** One number a benchmark reports. */
export interface Measurement {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** What was measured and how, so the number can be compared fairly. */
  readonly detail: string;
}

/** Runs `work` repeatedly for about `seconds` and returns operations per second. */
export async function rate(
  seconds: number,
  batch: number,
  work: () => unknown | Promise<unknown>,
): Promise<{ perSecond: number; operations: number }> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let operations = 0;
  while (performance.now() < deadline) {
    for (let i = 0; i < batch; i++) await work();
    operations += batch;
  }
  return { perSecond: operations / ((performance.now() - started) / 1000), operations };
}

/** The p-th percentile of values sorted in ascending order (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
