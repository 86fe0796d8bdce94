import { chromium } from '@playwright/test';
import { percentile, type Measurement } from './measurement';
import { onLocalStack } from './on-local-stack';

/** Phase changes measured, after one that warms the path. */
const changes = 40;

/**
 * How long the staff console's waiting room takes to show a guest's phase change: from the guest's
 * report leaving (through the portal, as the guest's page sends it) to the row's new state in the
 * staff member's page, in Chromium on the production build. Both sides read the same clock.
 */
export async function benchFrontDesk(): Promise<Measurement[]> {
  return onLocalStack(async (stack) => {
    const appointmentId = `demo-${new Date().toISOString().slice(0, 10)}-1`;
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking'],
    });
    const delays: number[] = [];
    try {
      const guest = await browser.newPage();
      await guest.goto(stack.urls.demoGuestSignIn);
      await guest.getByRole('button', { name: 'Sign in' }).click();
      await guest.waitForURL('**/appointments');
      const staff = await browser.newPage();
      await staff.goto(`${stack.urls.web}/staff`);
      await staff.getByRole('button', { name: /Dr\. Ada Visser/ }).click();
      await staff.waitForURL(/\/staff(\?|$)/);
      // Each change of the guest's row is stamped in the staff page as it happens.
      await staff.evaluate(() => {
        const stamps: Record<string, number | undefined> = {};
        Object.assign(window, { stamps });
        new MutationObserver(() => {
          for (const row of document.querySelectorAll<HTMLElement>('[data-testid="front-desk-guest"]')) {
            const state = row.dataset['state'] ?? '';
            stamps[state] ??= Date.now();
          }
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      const report = (phase: string) =>
        guest.request.post(`${stack.urls.web}/api/appointments/${appointmentId}/presence`, {
          data: { phase },
          headers: { origin: stack.urls.web },
        });
      for (let run = 0; run <= changes; run++) {
        const phase = run % 2 === 0 ? 'lobby' : 'in-call';
        await staff.evaluate((state) => {
          (window as unknown as { stamps: Record<string, number | undefined> }).stamps[state] = undefined;
        }, phase);
        // A guest's change comes at any moment of the console's poll, not just after its last answer.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 1_000));
        const sentAt = Date.now();
        const answer = await report(phase);
        if (!answer.ok()) throw new Error(`presence answered ${answer.status()}: ${await answer.text()}`);
        const shownAt = await staff.waitForFunction(
          (state) => (window as unknown as { stamps: Record<string, number | undefined> }).stamps[state],
          phase,
          { timeout: 30_000, polling: 10 },
        );
        if (run > 0) delays.push(Number(await shownAt.jsonValue()) - sentAt);
      }
    } finally {
      await browser.close();
    }
    delays.sort((a, b) => a - b);
    const detail = `${changes} changes lobby ⇄ in call at random moments, guest report through the portal to the row in Chromium, production build`;
    const anchor = { kind: 'anchor' as const, value: 1000, label: 'the long poll looks again every 1 s' };
    return [
      {
        name: 'front desk: phase change shown p50',
        value: percentile(delays, 50),
        unit: 'ms',
        detail,
        reference: anchor,
      },
      {
        name: 'front desk: phase change shown p99',
        value: percentile(delays, 99),
        unit: 'ms',
        detail: 'same run',
        reference: anchor,
      },
    ];
  });
}
