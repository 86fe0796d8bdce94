import { test as playwrightTest } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * The suite's `test`: every browser context a test opens (a guest, a staff member, a second window)
 * is closed when the test ends. Left open, their calls keep sending fake media and Playwright keeps
 * tracing them through every later test, which starves a 2-core machine and makes later tests flaky.
 */
export const test = playwrightTest.extend<{ closesTheContextsItOpened: undefined }>({
  closesTheContextsItOpened: [
    async ({ browser }, use) => {
      const openBefore = new Set(browser.contexts());
      await use(undefined);
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !openBefore.has(context))
          .map((context) => context.close()),
      );
    },
    { auto: true },
  ],
});
