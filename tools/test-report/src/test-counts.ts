import { z } from 'zod';

export interface TestCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

const jestSummarySchema = z.object({
  runner: z.literal('jest'),
  passed: z.number(),
  failed: z.number(),
  skipped: z.number(),
});
const playwrightReportSchema = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), skipped: z.number(), flaky: z.number() }),
});

/** Reads the counts from one results file: a Jest summary or a Playwright JSON report. */
export function countsFromReport(report: unknown): TestCounts {
  const jest = jestSummarySchema.safeParse(report);
  if (jest.success) return { passed: jest.data.passed, failed: jest.data.failed, skipped: jest.data.skipped };
  const playwright = playwrightReportSchema.safeParse(report);
  if (playwright.success) {
    const { expected, unexpected, skipped, flaky } = playwright.data.stats;
    // A flaky test failed before it passed: it is counted as failed, never hidden.
    return { passed: expected, failed: unexpected + flaky, skipped };
  }
  throw new Error('Not a Jest summary or a Playwright JSON report');
}

export function sumCounts(counts: readonly TestCounts[]): TestCounts {
  return counts.reduce(
    (total, c) => ({
      passed: total.passed + c.passed,
      failed: total.failed + c.failed,
      skipped: total.skipped + c.skipped,
    }),
    {
      passed: 0,
      failed: 0,
      skipped: 0,
    },
  );
}

/** The closing line CI reads: `N passed, N failed`, with skipped tests named when there are any. */
export function summaryLine({ passed, failed, skipped }: TestCounts): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}
