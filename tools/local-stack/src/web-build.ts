import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Where `web:build` leaves the standalone server that App Service runs, relative to the repository. */
export const standaloneWebDir = 'apps/web/.next/standalone/apps/web';

/**
 * Builds the web app as it ships (`nx run web:build`): Nx restores an unchanged build from its
 * cache in seconds, so only the first start, or one after a change, waits for `next build`.
 */
export function buildWebApp(repoRoot: string, onOutput: (line: string) => void): Promise<void> {
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/nx/dist/bin/nx.js'), 'run', 'web:build'], {
    cwd: repoRoot,
    env: { ...process.env, NX_DAEMON: 'false', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim() !== '') onOutput(line);
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the web app did not build (nx run web:build exited with ${code})`)),
    );
  });
}
