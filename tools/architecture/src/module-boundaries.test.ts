import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';
import ts from 'typescript';

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

/** Type-checks `code` as a new module of the domain, with the domain's own compiler options. */
function domainTypeErrors(code: string): string[] {
  const configPath = join(repoRoot, 'libs/domain/tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('libs/domain/tsconfig.json does not parse');
  const probe = join(repoRoot, 'libs/domain/src/probe.ts');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (file === probe ? code : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === probe || fileExists(file);
  const program = ts.createProgram([probe], config.options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('module boundaries', () => {
  beforeAll(async () => {
    // The Nx rule reads the cached project graph; make sure there is one.
    await createProjectGraphAsync({ exitOnError: false });
  });

  it.each([
    ['libs/ui/src/forbidden.tsx', "import { AzureTablesAppointmentStore } from '@portico/server-adapters';"],
    ['libs/ui/src/forbidden.tsx', "import { TableClient } from '@azure/data-tables';"],
    ['libs/call-client/src/forbidden.ts', "import type { AppointmentStore } from '@portico/server-adapters';"],
    ['libs/call-client/src/index.ts', "export { AzureTablesAppointmentStore } from '@portico/server-adapters';"],
    ['apps/web/src/forbidden.ts', "import { AzureTablesAppointmentStore } from '@portico/server-adapters';"],
    ['apps/web/src/forbidden.ts', "import { app } from '@azure/functions';"],
    ['apps/web/src/forbidden.ts', "import { QueueClient } from '@azure/storage-queue';"],
  ])('keeps server code out of browser code, by tags: %s may not %s', async (path, code) => {
    expect(await rulesFiredFor(path, `${code}\nexport const used = 1;\n`)).toContain('@nx/enforce-module-boundaries');
  });

  it.each([
    ['libs/call-client/src/forbidden.ts', "import { createEmulatedAcsSdk } from '@portico/acs-sdk-emulation';"],
    ['libs/ui/src/forbidden.tsx', "import { createEmulatedAcsSdk } from '@portico/acs-sdk-emulation';"],
    ['libs/acs-sdk-emulation/src/forbidden.ts', "import { CallExperience } from '@portico/ui';"],
  ])('keeps the SDK emulation a stand-in only the app composes: %s may not %s', async (path, code) => {
    expect(await rulesFiredFor(path, `${code}\nexport const used = 1;\n`)).toContain('@nx/enforce-module-boundaries');
  });

  it.each([
    "import { createHash } from 'node:crypto';\nexport const used = createHash;",
    'export const used = process.env;',
    "export const used = Buffer.from('');",
  ])('keeps Node.js out of the domain, by its type check: %s', (code) => {
    expect(domainTypeErrors(code).join('\n')).toMatch(/Cannot find name '(node:crypto|process|Buffer)'/);
  });

  it('type-checks a domain module that uses only the domain', () => {
    expect(domainTypeErrors("import { porticoError } from './index';\nexport const used = porticoError;")).toEqual([]);
  });

  it.each([
    ['libs/domain/src/forbidden.ts', "import { z } from 'zod';"],
    ['libs/domain/src/forbidden.ts', "import { AzureTablesAppointmentStore } from '@portico/server-adapters';"],
    ['libs/domain/src/forbidden.ts', "import { CallSession } from '@portico/call-client';"],
    ['libs/domain/src/forbidden.ts', "import { relayClientMessageSchema } from '@portico/relay-protocol';"],
  ])('keeps the domain pure, by tags: %s may not %s', async (path, code) => {
    expect(await rulesFiredFor(path, `${code}\nexport const used = 1;\n`)).toContain('@nx/enforce-module-boundaries');
  });

  it.each([
    ['apps/functions/src/forbidden.ts', "import { buildAppointment } from '@portico/domain/testing';"],
    ['apps/web/src/forbidden.ts', "import { buildAppointment } from '@portico/domain/testing';"],
    ['libs/server-adapters/src/forbidden.ts', "import { buildAppointment } from '@portico/domain/testing';"],
    ['apps/functions/src/functions/forbidden.ts', "import { EmailOutbox } from '../testing/email-outbox';"],
  ])('keeps test builders and helpers out of code that ships: %s may not %s', async (path, code) => {
    expect(await rulesFiredFor(path, `${code}\nexport const used = 1;\n`)).toContain('no-restricted-imports');
  });

  it('lets tests use the test builders and helpers', async () => {
    const code = [
      "import { buildAppointment } from '@portico/domain/testing';",
      "import { EmailOutbox } from '../testing/email-outbox';",
      'export const used = [buildAppointment, EmailOutbox];',
      '',
    ].join('\n');
    expect(await rulesFiredFor('apps/functions/src/functions/allowed.test.ts', code)).toEqual([]);
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
        'libs/server-adapters/src/forbidden.ts',
        "import { CallSession } from '@portico/call-client';\nexport const used = CallSession;\n",
      ),
    ).toContain('@nx/enforce-module-boundaries');
    expect(
      await rulesFiredFor(
        'apps/web/src/forbidden.ts',
        "import { functionTable } from '../../functions/src/function-table';\nexport const used = functionTable;\n",
      ),
    ).toContain('@nx/enforce-module-boundaries');
  });

  it('lets server code use the server adapters and server SDKs, and browser code the call client', async () => {
    const server =
      "import { AzureTablesAppointmentStore } from '@portico/server-adapters';\nimport { TableClient } from '@azure/data-tables';\nexport const used = [AzureTablesAppointmentStore, TableClient];\n";
    expect(await rulesFiredFor('apps/functions/src/allowed.ts', server)).toEqual([]);
    const browser =
      "import { CallSession } from '@portico/call-client';\nimport { porticoError } from '@portico/domain';\nexport const used = [CallSession, porticoError];\n";
    expect(await rulesFiredFor('libs/ui/src/allowed.ts', browser)).toEqual([]);
  });
});
