import { expect, test } from './test';
import { expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

const demoGuest = 'jane.doe@example.com';

test.describe('signing in by e-mail', () => {
  test('a sign-in link from the outbox signs the guest in once; used again it is refused', async ({ page }) => {
    await page.goto(portalUrl('/sign-in'));
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByLabel('E-mail address').fill(demoGuest);
    await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
    await expect(page.getByRole('status')).toContainText(`If ${demoGuest} has appointments with us`);

    const email = page
      .getByRole('article')
      .filter({ hasText: demoGuest })
      .filter({ has: page.getByRole('heading', { name: /^Your sign-in link/ }) });
    await expect(async () => {
      await page.goto(portalUrl('/outbox'));
      await expect(email).toHaveCount(1, { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    const link = (await email.getByRole('link', { name: /\/sign-in\// }).textContent()) ?? '';

    await page.goto(link);
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/appointments');
    await expect(page.getByText(`Signed in as ${demoGuest}`)).toBeVisible();

    await page.goto(link);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The link has expired or has already been used.' }),
    ).toBeVisible();
  });

  test('answers an unknown address exactly as a known one', async ({ page }) => {
    await page.goto(portalUrl('/sign-in'));
    await page.getByLabel('E-mail address').fill('nobody-here@example.com');
    await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
    await expect(page.getByRole('status')).toContainText('If nobody-here@example.com has appointments with us');
  });
});
