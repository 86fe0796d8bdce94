import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { keepScreenshot, openJoinPage, scheduleAppointmentFor, signInAs, signInAsStaff } from './call-pages';
import { portalUrl } from './portal';

/** A 1280 × 1024 window at 400 % zoom: WCAG 1.4.10 asks content to reflow at 320 CSS pixels wide. */
const zoomed400 = { width: 320, height: 256 };

/** Nothing scrolls sideways, and no heading overlaps itself or what follows it. */
async function expectReflow(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      found.push(`scrolls sideways: ${document.documentElement.scrollWidth}px in ${window.innerWidth}px`);
    for (const heading of document.querySelectorAll<HTMLElement>('main h1, main h2, main h3')) {
      const box = heading.getBoundingClientRect();
      if (box.width === 0) continue;
      if (heading.scrollHeight > heading.clientHeight + 1) found.push(`"${heading.textContent}" overflows itself`);
      const next = heading.nextElementSibling?.getBoundingClientRect();
      if (next && next.height > 0 && next.top < box.bottom - 1)
        found.push(`"${heading.textContent}" overlaps what follows`);
    }
    return found;
  });
  expect(problems).toEqual([]);
}

test('at 400 % zoom every page reflows: no sideways scrolling, no heading over another line', async ({ browser }) => {
  const subject = `A very long appointment subject that wraps over several lines: physiotherapy follow-up consultation ${randomUUID().slice(0, 6)}`;
  const guestEmail = `zoom-${randomUUID().slice(0, 8)}@example.com`;
  const staff = await signInAsStaff(browser);
  await scheduleAppointmentFor(staff, {
    subject,
    guestName: 'Zoë Zoomer-Vanderstraeten-Uitenbroek',
    guestEmail,
    startsAt: new Date(Date.now() + 5 * 60_000),
    note: 'Bring your insurance card, your referral letter and a list of the medicines you take.',
  });
  await staff.setViewportSize(zoomed400);
  await expectReflow(staff);
  await keepScreenshot(staff, 'zoom-400-staff-console');

  const guest = await signInAs(browser, guestEmail, { viewport: zoomed400 });
  await guest.goto(portalUrl('/'));
  await expectReflow(guest);
  await guest.goto(portalUrl('/appointments'));
  await expect(guest.getByRole('heading', { name: subject })).toBeVisible();
  await expectReflow(guest);
  const appointmentUrl = await openJoinPage(guest, subject);
  await expect(guest.getByRole('heading', { name: 'Check your camera and microphone' })).toBeVisible();
  await expectReflow(guest);
  await keepScreenshot(guest, 'zoom-400-join');
  await guest.goto(appointmentUrl);
  await expectReflow(guest);
  await keepScreenshot(guest, 'zoom-400-appointment');
});
