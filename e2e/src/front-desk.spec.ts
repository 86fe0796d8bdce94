import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import {
  expectInCall,
  keepScreenshotsAtBothSizes,
  openJoinPage,
  scheduleAppointmentFor,
  signInAs,
  signInAsStaff,
} from './call-pages';
import { expectNoSeriousAccessibilityViolations, portalUrl } from './portal';
import { expect, test } from './test';

/** Counts the console's desktop notifications and chimes, which a test cannot see or hear. */
async function countAlerts(staff: Page): Promise<void> {
  await staff.context().grantPermissions(['notifications'], { origin: portalUrl('/') });
  await staff.addInitScript(() => {
    const seen = { notifications: [] as string[], chimes: 0 };
    Object.assign(window, { seen });
    const RealNotification = window.Notification;
    window.Notification = class extends RealNotification {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        seen.notifications.push(title);
      }
    };
    const RealAudioContext = window.AudioContext;
    window.AudioContext = class extends RealAudioContext {
      constructor(options?: AudioContextOptions) {
        super(options);
        seen.chimes++;
      }
    };
  });
}

/** Staff sign in and make an appointment starting in five minutes for a new guest, named uniquely. */
async function appointmentSoonWith(browser: Browser, subjectPrefix: string, guestName: string) {
  const subject = `${subjectPrefix} ${randomUUID().slice(0, 6)}`;
  const guestEmail = `guest-${randomUUID().slice(0, 8)}@example.com`;
  const staff = await signInAsStaff(browser);
  await scheduleAppointmentFor(staff, { subject, guestName, guestEmail, startsAt: new Date(Date.now() + 5 * 60_000) });
  return { staff, subject, guestEmail };
}

const alertsSeen = (staff: Page) =>
  staff.evaluate(() => (window as unknown as { seen: { notifications: string[]; chimes: number } }).seen);

test.describe('the front desk', () => {
  test('staff watch a guest go from device check to the lobby, the call and out, live; a note reaches the waiting guest', async ({
    browser,
  }) => {
    const guestName = 'Frida Frontdesk';
    const { staff, subject, guestEmail } = await appointmentSoonWith(browser, 'Front desk', guestName);
    await countAlerts(staff);
    await staff.goto(portalUrl('/staff'));
    const desk = staff.getByTestId('front-desk');
    await expect(desk.getByRole('heading', { name: 'Waiting room' })).toBeVisible();
    // Marks this document: if the console reloaded, the mark would be gone.
    await staff.evaluate(() => Object.assign(window, { sameDocument: true }));
    const baseTitle = await staff.title();
    const row = desk
      .getByRole('group', { name: subject })
      .getByTestId('front-desk-guest')
      .filter({ hasText: guestName });

    const guest = await signInAs(browser, guestEmail);
    await openJoinPage(guest, subject);
    await expect(row).toHaveAttribute('data-state', 'device-check');
    await expect(row).toContainText('Checking camera and microphone');

    await guest.getByRole('button', { name: 'Join now' }).click();
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    await expect(row).toHaveAttribute('data-state', 'lobby');
    await expect(row).toContainText('Waiting in the lobby');
    await expect(row).toContainText('less than a minute');
    await expect(staff).toHaveTitle(`(1) ${baseTitle}`);
    await expect.poll(async () => (await alertsSeen(staff)).notifications).toEqual([`${guestName} is waiting`]);
    expect((await alertsSeen(staff)).chimes).toBeGreaterThan(0);

    // A note for those waiting: limits stated on the form, and it reaches the guest's waiting screen.
    const group = desk.getByRole('group', { name: subject });
    const note = group.getByLabel('Note for those waiting');
    await expect(group.getByText('One line, up to 200 characters')).toBeVisible();
    await note.fill('Running 10 minutes late, sorry!');
    await group.getByRole('button', { name: 'Send note' }).click();
    await expect(group.getByTestId('lobby-note')).toContainText('Running 10 minutes late, sorry!');
    await expect(note).toHaveValue('');
    await expect(guest.getByTestId('lobby-message')).toContainText('Running 10 minutes late, sorry!', {
      timeout: 15_000,
    });
    await expect(guest.getByTestId('lobby-message')).toContainText('Message from Dr. Ada Visser');
    await expectNoSeriousAccessibilityViolations(staff);
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshotsAtBothSizes(staff, 'front-desk-waiting');
    await keepScreenshotsAtBothSizes(guest, 'lobby-with-note');

    // Admitted (from the console's lobby, in local mode): in the call; then the guest leaves.
    const card = staff.getByRole('article').filter({ has: staff.getByRole('heading', { name: subject }) });
    await card.getByRole('button', { name: `Admit ${guestName} (Guest)` }).click({ timeout: 20_000 });
    await expectInCall(guest);
    await expect(row).toHaveAttribute('data-state', 'in-call');
    await expect(staff).toHaveTitle(baseTitle);
    await guest.getByRole('button', { name: 'Leave' }).click();
    await expect(row).toHaveAttribute('data-state', 'left');
    expect(await staff.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // The audit trail on the appointment: the guest's way in and out, in order, and as a CSV.
    await card.getByText('Activity').click();
    const activity = card.getByTestId('activity');
    await expect(activity.locator('li[data-kind="left"]')).toHaveCount(1);
    const kinds = await activity
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(kinds[0]).toBe('created');
    const guestWay = ['join-page-opened', 'ticket-issued', 'lobby-entered', 'admitted', 'left'];
    expect(kinds.filter((kind) => guestWay.includes(kind ?? ''))).toEqual(guestWay);
    await expect(activity).toContainText(`Waiting in the lobby · ${guestName}`);
    await expect(activity).not.toContainText(guestEmail);
    await card.scrollIntoViewIfNeeded();
    await keepScreenshotsAtBothSizes(staff, 'appointment-activity');
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      card.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Time (UTC),Event,By,Name,Detail');
    expect(csv).toContain(`Waiting in the lobby,Guest,${guestName},`);
    await expectNoSeriousAccessibilityViolations(staff);
  });
  test('in local mode staff deny a waiting guest, remove one from the call, and end the meeting for everyone', async ({
    browser,
  }) => {
    const guestName = 'Rik Runner';
    const { staff, subject, guestEmail } = await appointmentSoonWith(browser, 'Run the meeting', guestName);
    const card = staff.getByRole('article').filter({ has: staff.getByRole('heading', { name: subject }) });
    const row = staff
      .getByTestId('front-desk')
      .getByRole('group', { name: subject })
      .getByTestId('front-desk-guest')
      .filter({ hasText: guestName });
    const guest = await signInAs(browser, guestEmail);
    await openJoinPage(guest, subject);
    const phase = guest.locator('[data-call-phase]');
    const waitInLobby = async (button: string) => {
      await guest.getByRole('button', { name: button }).click();
      await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    };

    await waitInLobby('Join now');
    await card.getByRole('button', { name: `Deny ${guestName} (Guest)` }).click({ timeout: 20_000 });
    await expect(phase).toHaveAttribute('data-call-phase', 'refused');
    await expect(row).toHaveAttribute('data-state', 'refused');
    await expect(row).toContainText('Could not join');

    await waitInLobby('Join again');
    await card.getByRole('button', { name: `Admit ${guestName} (Guest)` }).click({ timeout: 20_000 });
    await expectInCall(guest);
    await expect(row).toHaveAttribute('data-state', 'in-call');
    await card.getByRole('button', { name: `Remove ${guestName} (Guest)` }).click({ timeout: 20_000 });
    await expect(phase).toHaveAttribute('data-call-phase', 'removed');
    await expect(row).toHaveAttribute('data-state', 'left');

    await waitInLobby('Join again');
    await card.getByRole('button', { name: 'End meeting for everyone' }).click({ timeout: 20_000 });
    await expect(
      card.getByRole('group', { name: 'End the meeting for everyone in it and in the lobby?' }),
    ).toBeVisible();
    await expectNoSeriousAccessibilityViolations(staff);
    await card.getByRole('button', { name: 'Yes, end it' }).click();
    await expect(phase).toHaveAttribute('data-call-phase', 'ended');
    await expect(row).toHaveAttribute('data-state', 'left');
  });
});
