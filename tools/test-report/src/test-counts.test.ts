import { countsFromReport, sumCounts, summaryLine } from './test-counts';

describe('test counts', () => {
  it('reads a Jest summary', () => {
    expect(countsFromReport({ runner: 'jest', name: 'x', passed: 7, failed: 1, skipped: 2 })).toEqual({
      passed: 7,
      failed: 1,
      skipped: 2,
    });
  });

  it('reads a Playwright report and counts flaky tests as failed', () => {
    expect(countsFromReport({ stats: { expected: 9, unexpected: 1, skipped: 0, flaky: 2, duration: 1 } })).toEqual({
      passed: 9,
      failed: 3,
      skipped: 0,
    });
  });

  it('refuses anything else rather than counting it as zero', () => {
    expect(() => countsFromReport({ tests: 3 })).toThrow();
  });

  it('sums runners into the one closing line', () => {
    const total = sumCounts([
      { passed: 100, failed: 0, skipped: 0 },
      { passed: 9, failed: 2, skipped: 0 },
    ]);
    expect(summaryLine(total)).toBe('109 passed, 2 failed');
    expect(summaryLine({ passed: 1, failed: 0, skipped: 3 })).toBe('1 passed, 0 failed, 3 skipped');
  });
});
