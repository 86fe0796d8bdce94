import { randomUUID } from 'node:crypto';
import { keepScreenshotsAtBothSizes, signInAsStaff } from './call-pages';
import { expectNoSeriousAccessibilityViolations, portalUrl } from './portal';
import { expect, test } from './test';

test.describe('walk-ins', () => {
  test.describe.configure({ timeout: 180_000 });

  test('staff open a walk-in desk, a guest checks in from its public page, and staff take them from the queue', async ({
    browser,
  }) => {
    const staff = await signInAsStaff(browser);
    const desk = staff.getByTestId('walk-in-desk');
    await expect(desk.getByRole('heading', { name: 'Walk-in desk' })).toBeVisible();
    await desk.getByLabel('Name guests see').fill('Walk-in consultations');
    // A team's desk: Sam takes guests from it too.
    await desk.getByLabel('Colleagues who take guests too (optional)').fill('Sam.deBoer@contoso.example');
    await desk.getByRole('button', { name: 'Open walk-in desk' }).click();
    await expect(desk.getByText('“Walk-in consultations” is open.')).toBeVisible();
    await expect(desk.getByText('Guests are taken by you and sam.deboer@contoso.example.')).toBeVisible();
    await expect(desk.getByRole('img', { name: /QR code for the check-in page/ })).toBeVisible();
    const checkInLink = (await desk.getByRole('link', { name: /\/walk-in\// }).getAttribute('href')) ?? '';
    await expectNoSeriousAccessibilityViolations(staff);
    await keepScreenshotsAtBothSizes(staff, 'walk-in-desk-open');

    const guest = await (await browser.newContext()).newPage();
    await guest.goto(checkInLink);
    await expect(guest.getByRole('heading', { name: 'Walk-in consultations' })).toBeVisible();
    await expect(guest.getByText('With Dr. Ada Visser')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshotsAtBothSizes(guest, 'walk-in-check-in');
    await guest.getByLabel('Your name').fill('Walter Walkin');
    await guest.getByLabel('Your e-mail address').fill(`walter-${randomUUID().slice(0, 8)}@example.com`);
    await guest.getByRole('button', { name: 'Check in' }).click();
    await guest.waitForURL(/\/appointments\/walk-in-[\w-]+$/);
    const place = guest.getByTestId('walk-in-place');
    await expect(place).toContainText('You are next in the queue.');
    await expect(guest.getByRole('link', { name: 'Join the call' })).toBeVisible();
    await keepScreenshotsAtBothSizes(guest, 'walk-in-queue-place');

    // The console sees the check-in by itself, and the take moves the guest out of the queue.
    await expect(desk.getByRole('listitem').filter({ hasText: 'Walter Walkin' })).toBeVisible({ timeout: 15_000 });
    await expect(desk.getByRole('heading', { name: '1 guest waiting' })).toBeVisible();
    await desk.getByRole('button', { name: 'Take next guest' }).click();
    await expect(desk.getByRole('status').filter({ hasText: 'Now with you: Walter Walkin' })).toBeVisible();
    await expect(desk.getByRole('heading', { name: 'Nobody waiting' })).toBeVisible();
    await expect(desk.getByRole('button', { name: 'Take next guest' })).toBeDisabled();

    await expect(place).toContainText('It is your turn', { timeout: 20_000 });

    // The next guest is taken by Sam, from the same queue on his own console.
    const wendy = await (await browser.newContext()).newPage();
    await wendy.goto(checkInLink);
    await wendy.getByLabel('Your name').fill('Wendy Walkin');
    await wendy.getByLabel('Your e-mail address').fill(`wendy-${randomUUID().slice(0, 8)}@example.com`);
    await wendy.getByRole('button', { name: 'Check in' }).click();
    await expect(wendy.getByTestId('walk-in-place')).toContainText('You are next in the queue.');
    const sam = await (await browser.newContext()).newPage();
    await sam.goto(portalUrl('/staff'));
    await sam.waitForURL('**/staff/sign-in**');
    await sam.getByRole('button', { name: /Sam de Boer/ }).click();
    await sam.waitForURL(/\/staff(\?|$)/);
    const teamDesk = sam.getByRole('region', { name: 'Walk-in consultations, the desk of Dr. Ada Visser' });
    await expect(teamDesk.getByRole('listitem').filter({ hasText: 'Wendy Walkin' })).toBeVisible({ timeout: 15_000 });
    await expectNoSeriousAccessibilityViolations(sam);
    await teamDesk.getByRole('button', { name: 'Take next guest' }).click();
    await expect(teamDesk.getByRole('status').filter({ hasText: 'Now with you: Wendy Walkin' })).toBeVisible();
    await keepScreenshotsAtBothSizes(sam, 'walk-in-team-desk');
    await expect(wendy.getByTestId('walk-in-place')).toContainText('It is your turn', { timeout: 20_000 });
    await expect(desk.getByRole('heading', { name: 'Nobody waiting' })).toBeVisible({ timeout: 15_000 });

    // Closed, the desk's page tells the next guest so, instead of a form.
    await desk.getByRole('button', { name: 'Close desk' }).click();
    await expect(desk.getByText('“Walk-in consultations” is closed: nobody can check in.')).toBeVisible();
    const late = await (await browser.newContext()).newPage();
    await late.goto(checkInLink);
    await expect(late.getByText('This walk-in desk is closed')).toBeVisible();
    await expect(late.getByRole('button', { name: 'Check in' })).toHaveCount(0);
  });
});
