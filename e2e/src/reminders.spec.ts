import { randomUUID } from 'node:crypto';
import { readSmsOutbox } from '@portico/emulator-client';
import { keepScreenshotsAtBothSizes, signInAsStaff, windowSizes } from './call-pages';
import { expectNoSeriousAccessibilityViolations, portalUrl, runTimerNow } from './portal';
import { expect, test } from './test';

const emulatorsUrl = () => process.env['PORTICO_E2E_EMULATORS_URL'] ?? '';

/** An Amsterdam wall-clock date or time of an instant, as the staff form takes it. */
const inAmsterdam = (instant: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', ...options }).format(instant);

test.describe('reminders', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a guest with a mobile number gets a text reminder, follows its short link, and stops reminders', async ({
    browser,
  }) => {
    const subject = `Reminded ${randomUUID().slice(0, 6)}`;
    // 06-1… is a Dutch mobile range (06-6… is for pagers), with digits of its own for each run.
    const phone = `+3161${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const staff = await signInAsStaff(browser);
    await staff.goto(portalUrl('/staff/new'));
    await staff.getByLabel("Guest's name").fill('Rita Reminder');
    await staff.getByLabel("Guest's e-mail address").fill(`rita-${randomUUID().slice(0, 8)}@example.com`);
    await staff.getByLabel("Guest's language").selectOption('en');
    await staff.getByLabel('Mobile number for text reminders (optional)').fill(phone);
    await staff.getByLabel('Subject').fill(subject);
    // The hour-before reminder falls due within a minute or so, after the appointment is made.
    const minute = 60_000;
    const startsAt = new Date(Math.ceil((Date.now() + 20_000) / minute) * minute + 60 * minute);
    await staff.getByLabel('Date').fill(inAmsterdam(startsAt, { year: 'numeric', month: '2-digit', day: '2-digit' }));
    await staff
      .getByLabel('Start time')
      .fill(inAmsterdam(startsAt, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));

    // A number without the guest's recorded consent is refused, not silently dropped.
    await staff.getByRole('button', { name: 'Create and invite' }).click();
    await expect(staff.getByRole('alert').filter({ hasText: "The guest's consent is needed" })).toBeVisible();
    await staff.getByLabel('The guest agreed to reminders by text message').check();
    await staff.getByRole('button', { name: 'Create and invite' }).click();
    await staff.waitForURL(/\/staff\?date=/);

    let texts: Awaited<ReturnType<typeof readSmsOutbox>> = [];
    await expect(async () => {
      await runTimerNow('queueReminders');
      texts = (await readSmsOutbox(emulatorsUrl())).filter((text) => text.to === phone);
      expect(texts).toHaveLength(1);
    }).toPass({ timeout: 150_000, intervals: [2_000] });
    expect(texts[0]?.message).toContain(`reminder of ${subject} with Dr. Ada Visser`);

    // The local outbox shows the text with its links, as a person would tap them.
    await staff.goto(portalUrl('/outbox'));
    const text = staff.getByRole('article', { name: `Text message to ${phone}` });
    await expect(text).toContainText(subject);
    const [openLink, stopLink] = await text
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(openLink).toMatch(/\/r\/[\w-]{12}$/);

    const guest = await (await browser.newContext()).newPage();
    await guest.goto(openLink ?? '');
    await guest.waitForURL(/\/appointments\/[\w-]+$/);
    await expect(guest.getByRole('heading', { name: subject })).toBeVisible();

    await guest.goto(stopLink ?? '');
    await guest.waitForURL(/\/reminders\/stop\//);
    await expect(guest.getByRole('heading', { name: 'Reminders' })).toBeVisible();
    await expect(guest.getByText('Reminders are on.')).toBeVisible();
    await expect(guest.getByText(/Reminders of your appointments go to r•••@example\.com/)).toBeVisible();
    await expectNoSeriousAccessibilityViolations(guest);
    await guest.getByRole('button', { name: 'Stop reminders' }).click();
    await expect(guest.getByText(/Reminders are stopped\./)).toBeVisible();
    await keepScreenshotsAtBothSizes(guest, 'reminders-stopped');
    await guest.setViewportSize(windowSizes.phone);
    expect(await guest.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await guest.getByRole('button', { name: 'Turn reminders back on' }).click();
    await expect(guest.getByText('Reminders are on.')).toBeVisible();

    // A short link that does not exist says so instead of leading anywhere.
    await guest.goto(portalUrl('/r/AAAAAAAAAAAA'));
    await expect(guest.getByText('This link no longer works')).toBeVisible();
  });
});
