import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Where the global setup started the portal. */
export function portalUrl(path = '/'): string {
  const base = process.env['PORTICO_E2E_WEB_URL'];
  if (!base) throw new Error('The e2e global setup did not start the local stack');
  return new URL(path, base).href;
}

export function demoSignInUrl(): string {
  const url = process.env['PORTICO_E2E_DEMO_SIGN_IN_URL'];
  if (!url) throw new Error('The e2e global setup did not start the local stack');
  return url;
}

/** Asserts that axe-core finds no serious or critical violation of WCAG 2.2 AA (and axe's best practices) on the page as it is. */
export async function expectNoSeriousAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(serious).toEqual([]);
}

/** Signs in as the seeded demo guest through the local sign-in, landing on "My appointments". */
export async function signInAsDemoGuest(page: Page, submitLabel: RegExp = /^(Sign in|Inloggen)$/): Promise<void> {
  await page.goto(demoSignInUrl());
  await page.getByRole('button', { name: submitLabel }).click();
  await page.waitForURL('**/appointments');
}

/**
 * The outbox's e-mail to an address whose subject starts so, once the worker has sent it; a
 * cancellation's comes only after the time to undo it, so its callers wait longer.
 */
export async function emailTo(page: Page, address: string, subjectStart: string, timeout = 30_000) {
  const message = page
    .getByRole('article')
    .filter({ hasText: address })
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${subjectStart}`) }) });
  await expect(async () => {
    await page.goto(portalUrl('/outbox'));
    await expect(message).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout });
  return message;
}

/** Runs a timer function of the local Functions host now, as its admin API lets an operator. */
export async function runTimerNow(name: string): Promise<void> {
  const response = await fetch(`${process.env['PORTICO_E2E_FUNCTIONS_URL'] ?? ''}/admin/functions/${name}`, {
    method: 'POST',
    headers: { 'x-functions-key': process.env['PORTICO_E2E_FUNCTIONS_KEY'] ?? '', 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`Running ${name} answered ${response.status}`);
}
