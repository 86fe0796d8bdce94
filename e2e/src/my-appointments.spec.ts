import { expect, test } from './test';
import { expectNoSeriousAccessibilityViolations, portalUrl, signInAsDemoGuest } from './portal';

test.describe('my appointments', () => {
  test('asks a visitor without a session to sign in', async ({ page }) => {
    await page.goto(portalUrl('/appointments'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to see your appointments');
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('shows the signed-in guest their appointments from storage, each with its state', async ({ page }) => {
    await signInAsDemoGuest(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My appointments');
    await expect(page.getByText('Signed in as jane.doe@example.com')).toBeVisible();

    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    const intake = upcoming.getByRole('article', { name: 'Intake consultation' });
    await expect(intake).toContainText('With Dr. Ada Visser');
    await expect(intake).toContainText('Open for joining until');
    await expect(upcoming.getByRole('article', { name: 'Follow-up' })).toContainText('You can join from');
    await expect(upcoming.getByRole('article', { name: 'Physiotherapy review' })).toContainText(
      'This appointment was cancelled',
    );

    const past = page.getByRole('region', { name: 'Past' });
    await expect(past.getByRole('article', { name: 'First consultation' })).toContainText('Joining has closed');
    // Piet's appointment is in the same store but never shown to Jane.
    await expect(page.getByText('Kennismakingsgesprek')).toHaveCount(0);
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('opens one appointment from the list, on its own page', async ({ page }) => {
    await signInAsDemoGuest(page);
    await page.getByRole('link', { name: 'Follow-up' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointment');
    await expect(page.getByRole('article', { name: 'Follow-up' })).toContainText('You can join from');
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByRole('link', { name: 'Back to my appointments' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My appointments');
  });

  test("answers an appointment that is not the guest's with a plain 404", async ({ page }) => {
    await signInAsDemoGuest(page);
    const response = await page.goto(portalUrl('/appointments/not-yours'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('switches to Dutch and back with the language switcher, and remembers the choice', async ({ page }) => {
    await signInAsDemoGuest(page);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn afspraken');
    await expect(
      page.getByRole('region', { name: 'Komende afspraken' }).getByRole('article', { name: 'Follow-up' }),
    ).toContainText('U kunt deelnemen vanaf');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My appointments');
  });

  test('signs the guest out', async ({ page }) => {
    await signInAsDemoGuest(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(portalUrl('/'));
    await page.goto(portalUrl('/appointments'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to see your appointments');
  });

  test('refuses a sign-in with an invalid e-mail address and says why', async ({ page }) => {
    await page.goto(portalUrl('/local/guest-sign-in'));
    await page.getByRole('textbox', { name: /E-mail address/ }).fill('not an address');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter an e-mail address such as jane@example.com.')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });
});
