import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';

const repoRoot = join(__dirname, '../../..');
const eslintBin = join(repoRoot, 'node_modules/eslint/bin/eslint.js');

interface LintResult {
  readonly messages: readonly { readonly ruleId: string | null; readonly severity: number }[];
}

/** Lints a snippet with the workspace's real ESLint CLI, as if it were a file at `path`; returns the rules that fired. */
async function rulesFiredFor(path: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [eslintBin, '--stdin', '--stdin-filename', join(repoRoot, path), '--format', 'json'],
    {
      cwd: repoRoot,
      input: code,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`ESLint failed: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as LintResult[];
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'parse-error');
}

describe('module boundaries', () => {
  beforeAll(async () => {
    // The Nx rule reads the cached project graph; make sure there is one.
    await createProjectGraphAsync({ exitOnError: false });
  });

  it.each([
    ['libs/ui/src/forbidden.tsx', "import { AzureTablesAppointmentStore } from '@portico/meeting-core/server';"],
    ['libs/ui/src/forbidden.tsx', "import { TableClient } from '@azure/data-tables';"],
    [
      'libs/meeting-core/src/client/forbidden.ts',
      "import type { AppointmentStore } from '@portico/meeting-core/server';",
    ],
    ['libs/meeting-core/src/client.ts', "export { AzureTablesAppointmentStore } from '@portico/meeting-core/server';"],
    ['apps/web/src/forbidden.ts', "import { app } from '@azure/functions';"],
    ['apps/web/src/forbidden.ts', "import { QueueClient } from '@azure/storage-queue';"],
  ])('keeps server code out of browser code: %s may not %s', async (path, code) => {
    expect(await rulesFiredFor(path, `${code}\nexport const used = 1;\n`)).toContain('no-restricted-imports');
  });

  it.each([
    ['libs/meeting-core/src/domain/forbidden.ts', "import { createHash } from 'node:crypto';"],
    ['libs/meeting-core/src/domain/forbidden.ts', "import { z } from 'zod';"],
  ])('keeps the domain pure: %s may not %s', async (path, code) => {
    expect(await rulesFiredFor(path, `${code}\nexport const used = 1;\n`)).toContain('no-restricted-imports');
  });

  it.each([
    'apps/functions/src/forbidden.ts',
    'apps/web/src/forbidden.ts',
    'libs/meeting-core/src/server/forbidden.ts',
  ])('keeps the test builders out of code that ships: %s', async (path) => {
    const code =
      "import { buildAppointment } from '@portico/meeting-core/testing';\nexport const used = buildAppointment;\n";
    expect(await rulesFiredFor(path, code)).toContain('no-restricted-imports');
  });

  it('lets tests use the test builders', async () => {
    const code =
      "import { buildAppointment } from '@portico/meeting-core/testing';\nexport const used = buildAppointment;\n";
    expect(await rulesFiredFor('apps/functions/src/allowed.test.ts', code)).toEqual([]);
  });

  it('lets projects depend only on the kinds of library their tags allow', async () => {
    expect(
      await rulesFiredFor(
        'libs/api-contract/src/forbidden.ts',
        "import { porticoBrand } from '@portico/ui';\nexport const used = porticoBrand;\n",
      ),
    ).toContain('@nx/enforce-module-boundaries');
    expect(
      await rulesFiredFor(
        'apps/web/src/forbidden.ts',
        "import { functionTable } from '../../functions/src/function-table';\nexport const used = functionTable;\n",
      ),
    ).toContain('@nx/enforce-module-boundaries');
  });

  it('lets server code use the server entry point and server SDKs', async () => {
    const code =
      "import { AzureTablesAppointmentStore } from '@portico/meeting-core/server';\nimport { TableClient } from '@azure/data-tables';\nexport const used = [AzureTablesAppointmentStore, TableClient];\n";
    expect(await rulesFiredFor('apps/functions/src/allowed.ts', code)).toEqual([]);
  });
});
