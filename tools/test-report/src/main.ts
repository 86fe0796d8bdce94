// `npm test`: format, lint and type checks, unit and integration tests, the Bicep build and lint,
// and the e2e tests; every stage runs even after a failure, and the last line sums every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { countsFromReport, sumCounts, summaryLine } from './test-counts';

const repoRoot = join(__dirname, '../../..');
const resultsDir = join(repoRoot, 'dist/test-results');
const nx = join(repoRoot, 'node_modules/nx/dist/bin/nx.js');
const prettier = join(repoRoot, 'node_modules/prettier/bin/prettier.cjs');

const stages: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: 'format', args: [prettier, '--check', '--log-level', 'warn', '.'] },
  {
    name: 'lint and type checks',
    args: [nx, 'run-many', '-t', 'lint', 'typecheck', '--output-style=stream-without-prefixes'],
  },
  { name: 'unit tests', args: [nx, 'run-many', '-t', 'test', '--output-style=stream-without-prefixes'] },
  {
    name: 'integration tests (Azurite and emulators)',
    args: [nx, 'run-many', '-t', 'test-int', '--output-style=stream-without-prefixes'],
  },
  {
    name: 'Bicep build and lint',
    args: [nx, 'run-many', '-t', 'bicep-build', 'bicep-lint', '--output-style=stream-without-prefixes'],
  },
  // Its own stage so a build failure reads as one; the e2e stack then restores it from the Nx cache.
  { name: 'web production build', args: [nx, 'run', 'web:build', '--output-style=stream-without-prefixes'] },
  {
    name: 'e2e tests (Chromium, whole local stack)',
    args: [nx, 'run', 'e2e:e2e', '--output-style=stream-without-prefixes'],
  },
];

rmSync(resultsDir, { recursive: true, force: true });
const outcomes = stages.map((stage) => {
  console.log(`\n=== ${stage.name}`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [...stage.args], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const ok = run.status === 0;
  console.log(`=== ${stage.name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { name: stage.name, ok };
});

const reports = existsSync(resultsDir) ? readdirSync(resultsDir).filter((file) => file.endsWith('.json')) : [];
const total = sumCounts(
  reports.map((file) => countsFromReport(JSON.parse(readFileSync(join(resultsDir, file), 'utf8')))),
);
const failedStages = outcomes.filter((o) => !o.ok).map((o) => o.name);
console.log(`\nStages: ${outcomes.map((o) => `${o.name} ${o.ok ? 'ok' : 'FAILED'}`).join('; ')}`);
console.log(summaryLine(total));
process.exit(failedStages.length === 0 && total.failed === 0 && total.passed > 0 ? 0 : 1);
