import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import {
  admitAndJoinAsStaff,
  expectInCall,
  expectLiveVideo,
  importMeetingFor,
  keepScreenshot,
  meetingLinkOf,
  meetingRelay,
  openJoinPage,
  signInAs,
  signInAsStaff,
  windowSizes,
} from './call-pages';
import { expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

/* The call stage as patients and staff see it, at a laptop's and a phone's size. */

const subject = 'Intake consultation';
const guestName = 'Jane Doe (Guest)';
/** Someone else's tile on the stage (not the person's own corner view). */
const othersTiles = (page: Page) =>
  page.getByTestId('stage').locator('figure[data-participant]:not([data-participant="local"])');

test.describe('the call stage', () => {
  test.describe.configure({ timeout: 240_000 });

  for (const [size, viewport] of Object.entries(windowSizes)) {
    test(`a two-person call on a ${size}: the other person large, oneself in the corner, initials when a camera is off`, async ({
      browser,
    }) => {
      const staff = await signInAsStaff(browser, viewport);
      const guest = await signInAs(browser, 'jane.doe@example.com', { viewport });
      const meetingLink = await meetingLinkOf(guest, await openJoinPage(guest, subject));
      await guest.getByRole('button', { name: 'Join now' }).click();
      await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
      await admitAndJoinAsStaff(staff, subject, guestName);
      await staff.getByRole('button', { name: 'Close People' }).click();
      await expectInCall(guest);

      for (const [page, other] of [
        [guest, 'Dr. Ada Visser'],
        [staff, guestName],
      ] as const) {
        await expect(page.getByTestId('stage')).toHaveAttribute('data-layout', 'speaker');
        await expect(othersTiles(page)).toHaveCount(1);
        await expect(othersTiles(page)).toHaveAttribute(
          'aria-label',
          new RegExp(`^${other.replace(/[().]/g, '\\$&')}`),
        );
        await expectLiveVideo(
          page,
          '[data-testid="stage"] figure[data-video-kind="camera"]:not([data-participant="local"]) video',
        );
        await expectLiveVideo(page, '[data-testid="self-view"] video');
        await expect(page.getByTestId('self-view')).toHaveAttribute('data-corner', 'bottom-right');
      }
      // Every control, Leave included, in one row at the bottom of the window.
      const controls = guest.getByRole('group', { name: 'Call controls' }).getByRole('button');
      const rows = new Set(
        await controls.evaluateAll((buttons) =>
          buttons.map((button) => Math.round(button.getBoundingClientRect().top)),
        ),
      );
      expect(rows.size).toBe(1);
      await keepScreenshot(guest, `two-person-call-guest-${size}`);
      await keepScreenshot(staff, `two-person-call-staff-${size}`);
      await expectNoSeriousAccessibilityViolations(guest);

      // The corner view moves with the keyboard as well as by dragging.
      await guest.getByTestId('self-view').focus();
      await guest.keyboard.press('ArrowUp');
      await expect(guest.getByTestId('self-view')).toHaveAttribute('data-corner', 'top-right');
      await expect(guest.getByTestId('self-view')).toHaveAccessibleName(/in the top right corner/);

      // Live captions, in the guest's own language where Teams offers it.
      await guest.getByRole('button', { name: 'More options' }).click();
      await guest.getByRole('menuitem', { name: 'Turn on live captions' }).click();
      const captions = guest.getByTestId('live-captions');
      await expect(captions).toContainText('Captions are on. They appear when someone speaks.');
      await expect(captions.getByLabel('Spoken language')).toHaveValue('en-us');
      const said = 'Please bring your referral letter next time.';
      await meetingRelay().happen(meetingLink, { event: 'organiser-speaks', text: said });
      await expect(captions).toContainText(`Dr. Ada Visser: ${said}`);
      await keepScreenshot(guest, `live-captions-${size}`);
      // Where the meeting translates captions (Teams Premium), the guest reads them in their language.
      await expect(captions.getByLabel('Show captions in')).toHaveCount(0);
      await meetingRelay().configure(meetingLink, { captionTranslation: true });
      await captions.getByLabel('Show captions in').selectOption('nl');
      await meetingRelay().happen(meetingLink, {
        event: 'organiser-speaks',
        text: 'See you next week.',
        translations: { nl: 'Tot volgende week.' },
      });
      await expect(captions).toContainText('Dr. Ada Visser: Tot volgende week.');
      await keepScreenshot(guest, `translated-captions-${size}`);
      await meetingRelay().configure(meetingLink, { captionTranslation: false });
      await expect(captions.getByLabel('Show captions in')).toHaveCount(0);
      await guest.getByRole('button', { name: 'More options' }).click();
      await guest.getByRole('menuitem', { name: 'Turn off live captions' }).click();
      await expect(captions).toHaveCount(0);

      // The guest turns their camera off: staff see a tile with their initials.
      await guest.getByRole('button', { name: 'Turn camera off' }).click();
      await expect(othersTiles(staff)).toHaveAttribute('aria-label', /camera off$/, { timeout: 15_000 });
      await expect(othersTiles(staff)).toContainText('JD');
      await keepScreenshot(staff, `camera-off-tile-${size}`);
      await guest.getByRole('button', { name: 'Leave' }).click();
      await staff.getByRole('button', { name: 'Leave' }).click();
    });
  }

  test('three people: a gallery, and the stage follows who talks', async ({ browser }) => {
    const staff = await signInAsStaff(browser, windowSizes.laptop);
    const jane = await signInAs(browser, 'jane.doe@example.com', { viewport: windowSizes.laptop });
    const meetingLink = await meetingLinkOf(jane, await openJoinPage(jane, subject));

    // A second guest is invited to the same Teams meeting by importing its link.
    const email = `sam-${randomUUID().slice(0, 8)}@example.com`;
    const group = `Group session ${randomUUID().slice(0, 6)}`;
    await importMeetingFor(staff, { link: meetingLink, subject: group, guestName: 'Sam Baker', guestEmail: email });

    const sam = await signInAs(browser, email, { viewport: windowSizes.laptop });
    await openJoinPage(sam, group);
    for (const guest of [jane, sam]) {
      await guest.getByRole('button', { name: 'Join now' }).click();
      await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    }
    await staff.goto(portalUrl('/staff'));
    const card = staff.getByRole('article').filter({ has: staff.getByRole('heading', { name: group }) });
    await card.getByRole('button', { name: 'Admit Sam Baker (Guest)' }).click({ timeout: 20_000 });
    await admitAndJoinAsStaff(staff, subject, guestName);
    await staff.getByRole('button', { name: 'Close People' }).click();

    for (const page of [staff, jane, sam]) {
      await expectInCall(page);
      await expect(page.getByTestId('stage')).toHaveAttribute('data-layout', 'gallery', { timeout: 20_000 });
      await expect(othersTiles(page)).toHaveCount(2);
    }
    await keepScreenshot(jane, 'three-person-gallery-laptop');
    await expectNoSeriousAccessibilityViolations(jane);

    // Only the organiser talks: Jane sees Dr. Visser speaking, first in her gallery.
    for (const guest of [jane, sam]) await guest.getByRole('button', { name: 'Mute', exact: true }).click();
    const speakingFirst = (page: Page, name: string) =>
      expect(async () => {
        await expect(othersTiles(page).first()).toHaveAttribute('aria-label', new RegExp(`^${name}`));
        await expect(page.locator(`figure[data-speaking="true"][aria-label^="${name}"]`)).toHaveCount(1, {
          timeout: 1_000,
        });
      }).toPass({ timeout: 20_000 });
    await speakingFirst(jane, 'Dr. Ada Visser');
    await keepScreenshot(jane, 'active-speaker-laptop');

    // Then only Sam talks: Sam comes first, speaking.
    await staff.getByRole('button', { name: 'Mute', exact: true }).click();
    await sam.getByRole('button', { name: 'Unmute' }).click();
    await speakingFirst(jane, 'Sam Baker');

    for (const page of [jane, sam, staff]) await page.getByRole('button', { name: 'Leave' }).click();
  });
});
