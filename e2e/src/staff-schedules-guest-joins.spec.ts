import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { emailTo, expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

const gccHighLink =
  'https://gov.teams.microsoft.us/l/meetup-join/19%3Ameeting_abc%40thread.v2/0?context=%7B%22Tid%22%3A%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2C%22Oid%22%3A%224b5c6d7e-1f2a-4b3c-9d8e-7f6a5b4c3d2e%22%7D';

/** Tomorrow's date where the staff console works: the new-appointment form's default date. */
const amsterdamTomorrow = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + 86_400_000));

/** An Amsterdam wall-clock time on `date`, as iCalendar writes the instant in UTC. */
function icsTime(date: string, hour: number, minute = 0): string {
  const amsterdamHour = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  const instant = [hour - 1, hour - 2]
    .map((utcHour) => new Date(`${date}T${String(utcHour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`))
    .find((candidate) => Number(amsterdamHour.format(candidate)) === hour);
  return (instant?.toISOString() ?? '').replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

async function signInAsStaff(page: Page): Promise<void> {
  await page.goto(portalUrl('/staff'));
  await page.waitForURL('**/staff/sign-in**');
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: /Dr\. Ada Visser/ }).click();
  await page.waitForURL(/\/staff(\?|$)/);
}

test.describe('staff schedule an appointment and the guest follows it by e-mail', () => {
  test.describe.configure({ timeout: 240_000 });

  test('create, invite, open the personal link, reschedule, cancel; a GCC High import is refused in Dutch', async ({
    page,
    browser,
  }) => {
    const guestEmail = `eva-${randomUUID().slice(0, 8)}@example.com`;
    const subject = `Intake ${randomUUID().slice(0, 6)}`;
    await signInAsStaff(page);
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByRole('link', { name: 'New appointment' }).click();
    await page.waitForURL('**/staff/new');
    await page.getByLabel("Guest's name").fill('Eva Jansen');
    await page.getByLabel("Guest's e-mail address").fill(guestEmail);
    // The guest's language starts as the staff member's own; each field states its limit.
    await expect(page.getByLabel("Guest's language")).toHaveValue('en');
    await expect(page.getByText('Up to 100 characters.')).toBeVisible();
    await expect(page.getByLabel("Guest's name")).toHaveAttribute('maxlength', '100');
    await page.getByLabel('Subject').fill(subject);
    await page.getByLabel('Start time').fill('10:00');
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Create and invite' }).click();
    await page.waitForURL(/\/staff\?date=/);
    const staffConsole = page.url();
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: subject }) });
    await expect(card).toContainText('Scheduled');

    const invitation = await emailTo(page, guestEmail, `Invitation: ${subject}`);
    await expect(invitation).toContainText('appointment.ics');
    await expectNoSeriousAccessibilityViolations(page);
    const firstLink = (await invitation.getByRole('link', { name: /\/a\// }).getAttribute('href')) ?? '';
    expect(firstLink).not.toContain(guestEmail.split('@')[0]);
    await invitation.getByRole('link', { name: /\/a\// }).click();
    await page.waitForURL(/\/appointments\/[\w-]+$/);
    const guestPage = page.url();
    await expect(page.getByRole('heading', { name: subject })).toBeVisible();
    await expect(page.getByRole('article')).toContainText('Scheduled');
    await expect(page.getByRole('article')).toContainText('10:00 AM');
    await expectNoSeriousAccessibilityViolations(page);

    await page.goto(staffConsole);
    await card.getByText('Reschedule').click();
    await card.getByLabel('New start time').fill('14:00');
    await card.getByRole('button', { name: 'Save new time' }).click();
    await expect(card.getByRole('status')).toHaveText('The appointment has moved; the guest gets an e-mail.');
    await expect(card).toContainText('Moved');

    const moved = await emailTo(page, guestEmail, `New time: ${subject}`);
    await expect(moved).toContainText('14:00');
    await page.goto(guestPage);
    await expect(page.getByRole('article')).toContainText('Moved');
    // The browser asks for US English, so the guest page shows a 12-hour clock.
    await expect(page.getByRole('article')).toContainText('2:00 PM');

    // The appointment page's calendar file is the invitation's event, at the new time.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Add to your calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('appointment.ics');
    const ics = (await readFile((await download.path()) ?? '', 'utf8')).replace(/\r\n[ \t]/g, '');
    expect(ics).toMatch(/UID:[\w-]+@portico/);
    expect(ics).toContain(`DTSTART:${icsTime(amsterdamTomorrow(), 14)}`);
    expect(ics).toContain(`DTEND:${icsTime(amsterdamTomorrow(), 14, 30)}`);
    expect(ics).toContain(`URL:${guestPage}`);

    // The invitation's link was replaced by the one in "New time": it signs nobody in.
    const stranger = await browser.newContext();
    const stale = await stranger.newPage();
    await stale.goto(firstLink);
    await stale.waitForURL('**/sign-in?reason=link-replaced');
    // By name: Next.js's route announcer is an (empty) alert too, once the page has hydrated.
    await expect(stale.getByRole('alert', { name: 'This link was replaced' })).toBeVisible();
    expect((await stranger.cookies()).map((cookie) => cookie.name)).not.toContain('portico-guest');
    await stranger.close();

    await page.goto(staffConsole);
    await card.getByRole('button', { name: 'Cancel appointment' }).click();
    await page
      .getByRole('alertdialog', { name: 'Cancel this appointment?' })
      .getByRole('button', { name: 'Cancel appointment' })
      .click();
    await expect(card).toContainText('Cancelled');
    await expect(card.getByRole('timer')).toContainText('Appointment cancelled. Guests will be e-mailed in');
    // Not undone: the guest is told once the time to undo it (30 s) has passed.
    await emailTo(page, guestEmail, `Cancelled: ${subject}`, 90_000);
    await page.goto(guestPage);
    await expect(page.getByRole('article')).toContainText('Cancelled');
    await expect(page.getByRole('article')).toContainText('This appointment was cancelled');
    await expect(page.getByRole('link', { name: 'Add to your calendar (.ics)' })).toHaveCount(0);
    await expectNoSeriousAccessibilityViolations(page);

    await page.goto(portalUrl('/staff/import'));
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.getByLabel('Link van de Teams-vergadering').fill(gccHighLink);
    await page.getByLabel('Naam van de gast').fill('Eva Jansen');
    await page.getByLabel('E-mailadres van de gast').fill(guestEmail);
    await page.getByLabel('Onderwerp').fill('Overheid');
    await page.getByRole('button', { name: 'Importeren en uitnodigen' }).click();
    await expect(
      page.getByRole('alert', { name: /Vergaderingen in een overheidscloud worden niet ondersteund/ }),
    ).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });
});
