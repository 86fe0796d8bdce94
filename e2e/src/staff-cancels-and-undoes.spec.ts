import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { keepScreenshot, scheduleAppointmentFor, signInAsStaff, windowSizes } from './call-pages';
import { emailTo, expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

/** The time staff have to undo a cancellation, and the margin after it before the e-mail is due. */
const undoWindowMs = 30_000;
const noticeMarginMs = 5_000;

test.describe('staff cancel an appointment, and may undo it before the guest hears of it', () => {
  test.describe.configure({ timeout: 240_000 });

  test('cancel asks first; an undo in time keeps the appointment, its meeting, the guest’s link and inbox as they were', async ({
    browser,
  }) => {
    const subject = `Undo ${randomUUID().slice(0, 6)}`;
    const guestEmail = `undo-${randomUUID().slice(0, 8)}@example.com`;
    const staff = await signInAsStaff(browser);
    await scheduleAppointmentFor(staff, {
      subject,
      guestName: 'Eva Jansen',
      guestEmail,
      startsAt: new Date(Date.now() + 2 * 86_400_000),
    });
    const staffConsole = staff.url();
    const invitation = await emailTo(staff, guestEmail, `Invitation: ${subject}`);
    const personalLink = (await invitation.getByRole('link', { name: /\/a\// }).getAttribute('href')) ?? '';
    await staff.goto(staffConsole);
    const card = staff.getByRole('article').filter({ has: staff.getByRole('heading', { name: subject }) });
    await expect(card).toContainText('Scheduled');

    // The question names what is cancelled; the safe answer has the focus, and Escape keeps it.
    const cancelButton = card.getByRole('button', { name: 'Cancel appointment' });
    await cancelButton.click();
    const question = staff.getByRole('alertdialog', { name: 'Cancel this appointment?' });
    await expect(question).toContainText(`${subject} with Eva Jansen at`);
    await expect(question).toContainText('The guests will be told by e-mail.');
    await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await expectNoSeriousAccessibilityViolations(staff);
    await staff.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(cancelButton).toBeFocused();
    await expect(card).toContainText('Scheduled');

    // On a phone the question fits the screen, both answers in reach; "Keep it" keeps it.
    await staff.setViewportSize(windowSizes.phone);
    await cancelButton.click();
    for (const answer of ['Keep it', 'Cancel appointment'])
      await expect(question.getByRole('button', { name: answer })).toBeInViewport();
    expect(await staff.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await keepScreenshot(staff, 'cancel-question-phone');
    await question.getByRole('button', { name: 'Keep it' }).click();
    await expect(question).toBeHidden();
    await staff.setViewportSize(windowSizes.laptop);

    // Cancelled at once: the card says so, the time to undo counts down, and Undo has the focus.
    await cancelButton.click();
    await question.getByRole('button', { name: 'Cancel appointment' }).click();
    const cancelledAt = Date.now();
    await expect(card.getByRole('timer')).toContainText(/Appointment cancelled\. Guests will be e-mailed in \d+ s\./);
    await expect(card.getByRole('status')).toContainText('unless you undo it');
    await expect(card).toContainText('Cancelled');
    const undo = card.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await expectNoSeriousAccessibilityViolations(staff);

    // Meanwhile the guest cannot get in: the invitation's link was replaced by the cancellation.
    const guest = await (await browser.newContext()).newPage();
    await guest.goto(personalLink);
    await guest.waitForURL('**/sign-in?reason=link-replaced');

    await staff.keyboard.press('Enter');
    await expect(card.getByRole('status')).toHaveText(
      'Cancellation undone: the appointment is back, and the guests were not e-mailed.',
    );
    expect(Date.now() - cancelledAt).toBeLessThan(undoWindowMs);
    await expect(card).toContainText('Scheduled');
    await expect(cancelButton).toBeFocused();
    await card.getByText('Activity').click();
    await expect(card.getByTestId('activity')).toContainText('Cancellation undone');

    // The invitation's link works again.
    await guest.goto(personalLink);
    await guest.waitForURL(/\/appointments\/[\w-]+$/);
    await expect(guest.getByRole('article')).toContainText('Scheduled');

    // Well after the cancellation's e-mail would have been due: none was sent, and the meeting stands.
    await staff.waitForTimeout(Math.max(0, cancelledAt + undoWindowMs + noticeMarginMs + 10_000 - Date.now()));
    await staff.goto(portalUrl('/outbox'));
    const toGuest = staff.getByRole('article').filter({ hasText: guestEmail });
    await expect(toGuest.getByRole('heading', { name: new RegExp(`^Invitation: ${subject}`) })).toHaveCount(1);
    await expect(toGuest.getByRole('heading', { name: new RegExp(`^Cancelled: ${subject}`) })).toHaveCount(0);
    await staff.goto(portalUrl('/staff/outlook'));
    await expect(staff.getByRole('heading', { name: subject })).toBeVisible();
    await staff.goto(staffConsole);
    await expect(card).toContainText('Scheduled');
  });
});
