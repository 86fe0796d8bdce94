// Jest reporter that writes this run's counts to dist/test-results/<displayName>.json, where
// `npm test` sums them (and Nx restores them on a cache hit, as the target's outputs).
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class JestSummaryReporter {
  onRunComplete(contexts, results) {
    const [context] = contexts;
    const displayName = context?.config.displayName?.name ?? 'jest';
    const directory = join(__dirname, '../../../dist/test-results');
    mkdirSync(directory, { recursive: true });
    const summary = {
      runner: 'jest',
      name: displayName,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    writeFileSync(join(directory, `${displayName.replace(/[^a-z0-9-]+/gi, '-')}.json`), JSON.stringify(summary));
  }
}

module.exports = JestSummaryReporter;
