/** One number a benchmark reports. */
export interface Measurement {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** What was measured and how, so the number can be compared fairly. */
  readonly detail: string;
  /** What the number is read against, in the same unit: a floor, an anchor to compare with, or a limit. */
  readonly reference?: Reference;
}

export interface Reference {
  /** A floor no implementation can beat; an anchor to compare with; a limit not to pass. */
  readonly kind: 'floor' | 'anchor' | 'limit';
  readonly value: number;
  readonly label: string;
}

/** The figure as a multiple of its reference, e.g. "0.16×", or "" when it has none. */
export function ratioToReference({ value, reference }: Measurement): string {
  if (!reference || reference.value === 0) return '';
  return `${(value / reference.value).toFixed(2)}×`;
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
