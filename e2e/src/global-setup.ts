import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { startLocalStack } from '@portico/local-stack';

/**
 * Brings up the whole local stack (the web app as it ships, free ports) for the run, and
 * returns the teardown that stops it. Tests find the portal through the environment.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const stack = await startLocalStack({
    repoRoot: join(__dirname, '../..'),
    persist: false,
    freePorts: true,
    log: (line) => {
      if (process.env['PORTICO_E2E_VERBOSE']) console.log(line);
    },
  });
  process.env['PORTICO_E2E_WEB_URL'] = stack.urls.web;
  process.env['PORTICO_E2E_DEMO_SIGN_IN_URL'] = stack.urls.demoGuestSignIn;
  process.env['PORTICO_E2E_EMULATORS_URL'] = stack.urls.emulators;
  // Timers run on their schedule; a test that cannot wait for one runs it through the host's admin API.
  process.env['PORTICO_E2E_FUNCTIONS_URL'] = stack.urls.functions.replace(/\/api$/, '');
  process.env['PORTICO_E2E_FUNCTIONS_KEY'] = stack.functionsKey;
  return () => stack.stop();
}
