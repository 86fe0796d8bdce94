import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { emailTo, expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

test.describe('a meeting made and moved in Outlook reaches the guest through calendar sync', () => {
  test.describe.configure({ timeout: 180_000 });

  test('staff turn sync on, add a Teams meeting with a guest "in Outlook", move it; the guest sees the new time and gets the e-mail', async ({
    page,
  }) => {
    const guestEmail = `noud-${randomUUID().slice(0, 8)}@example.com`;
    const subject = `Physio ${randomUUID().slice(0, 6)}`;

    await page.goto(portalUrl('/staff'));
    await page.waitForURL('**/staff/sign-in**');
    await page.getByRole('button', { name: /Sam de Boer/ }).click();
    await page.waitForURL(/\/staff(\?|$)/);
    const sync = page.getByRole('region', { name: 'Outlook calendar sync' });
    await expect(sync).toContainText('Off: only appointments made or imported in Portico appear here.');
    await sync.getByRole('button', { name: 'Turn calendar sync on' }).click();
    await expect(sync).toContainText('On: Teams meetings in your Outlook calendar');
    await expect(sync.getByRole('button', { name: 'Turn calendar sync off' })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Outlook (stand-in)' }).click();
    await page.waitForURL('**/staff/outlook');
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Subject').fill(subject);
    await form.getByLabel('Start time').fill('10:00');
    await form.getByLabel('Guest name').fill('Noud Willems');
    await form.getByLabel('Guest e-mail address').fill(guestEmail);
    await expectNoSeriousAccessibilityViolations(page);
    await form.getByRole('button', { name: 'Add to calendar' }).click();
    await expect(form.getByRole('status')).toHaveText('The event is in your calendar.');
    const outlook = page.url();

    const invitation = await emailTo(page, guestEmail, `Invitation: ${subject}`);
    await invitation.getByRole('link', { name: /\/a\// }).click();
    await page.waitForURL(/\/appointments\/[\w-]+$/);
    const guestPage = page.url();
    await expect(page.getByRole('heading', { name: subject })).toBeVisible();
    await expect(page.getByRole('article')).toContainText('With Sam de Boer');
    await expect(page.getByRole('article')).toContainText('10:00 AM');

    await page.goto(outlook);
    const event = page.getByRole('article').filter({ has: page.getByRole('heading', { name: subject }) });
    await event.getByText(`Move “${subject}”`).click();
    await event.getByLabel('Start time').fill('14:30');
    await event.getByRole('button', { name: 'Save the new time' }).click();
    await expect(event.getByRole('status')).toHaveText('The event has moved.');
    await expectNoSeriousAccessibilityViolations(page);

    const moved = await emailTo(page, guestEmail, `New time: ${subject}`);
    await expect(moved).toContainText('14:30');
    await page.goto(guestPage);
    await expect(page.getByRole('article')).toContainText('Moved');
    // The browser asks for US English, so the guest page shows a 12-hour clock.
    await expect(page.getByRole('article')).toContainText('2:30 PM');
  });
});
