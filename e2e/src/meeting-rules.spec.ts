import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import {
  admitAndJoinAsStaff,
  expectLiveVideo,
  identityEmulator,
  importMeetingFor,
  keepScreenshotsAtBothSizes,
  meetingLinkOf,
  meetingRelay,
  openCallPanel,
  openJoinPage,
  signInAs,
  signInAsStaff,
} from './call-pages';
import { expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

const subject = 'Intake consultation';
const guestName = 'Jane Doe (Guest)';

/** The guest's microphone button, whichever way it is labelled now. */
const micButton = (guest: Page) => guest.getByRole('group', { name: 'Call controls' }).getByRole('button').first();

test.describe('the Teams meeting’s own rules reach the guest (ACS driver over the SDK emulation)', () => {
  test.describe.configure({ timeout: 300_000 });
  let meetingLink: string | undefined;

  test.afterEach(async () => {
    if (meetingLink) await meetingRelay().reset(meetingLink);
    await identityEmulator().setTokenLifetime(null);
  });

  test('consent, hard mute, Teams HTML chat, reconnect, chat outage, expired access, blocked guests', async ({
    browser,
  }) => {
    const relay = meetingRelay();
    const staff = await signInAsStaff(browser);
    const guest = await signInAs(browser, 'jane.doe@example.com');
    const appointmentUrl = await openJoinPage(guest, subject);
    const link = await meetingLinkOf(guest, appointmentUrl);
    meetingLink = link;
    await relay.configure(link, { explicitConsent: true, notices: { recording: true, transcribing: false } });

    await guest.getByRole('button', { name: 'Join now' }).click();
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    await admitAndJoinAsStaff(staff, subject, guestName);

    // The guest is in their own participant list, beside the organiser.
    await openCallPanel(guest, 'People', { timeout: 20_000 });
    await expect(guest.getByTestId('participants')).toContainText(`${guestName} (you)`, { timeout: 20_000 });
    await expect(guest.getByTestId('participants')).toContainText('Dr. Ada Visser');

    // Explicit recording consent: muted, and held until the guest agrees; then they can unmute.
    await expect(guest.getByTestId('consent-request')).toContainText('asks for your consent to be recorded');
    await expect(micButton(guest)).toHaveAccessibleName('Unmute');
    await expect(micButton(guest)).toHaveAttribute('aria-disabled', 'true');
    await expect(guest.getByTestId('microphone-held')).toHaveText(
      'Agree to the recording first to use your microphone.',
    );
    await expectNoSeriousAccessibilityViolations(guest);
    await guest.getByRole('button', { name: 'I agree' }).click();
    await expect(guest.getByTestId('consent-request')).toHaveCount(0);
    await micButton(guest).click();
    await expect(micButton(guest)).toHaveAccessibleName('Mute');

    // The organiser mutes everyone: the guest is told, and may unmute again.
    await relay.happen(link, { event: 'mute-guests' });
    await expect(guest.getByTestId('muted-by-organiser')).toHaveText(
      'The organiser muted you. You can unmute when you want to speak.',
    );
    await micButton(guest).click();
    await expect(micButton(guest)).toHaveAccessibleName('Mute');
    await expect(guest.getByTestId('muted-by-organiser')).toHaveCount(0);

    // The organiser turns guests' microphones off: muted, and the held button says why.
    await relay.configure(link, { guestMedia: { microphone: false, camera: true } });
    await expect(micButton(guest)).toHaveAccessibleName('Unmute');
    await expect(guest.getByTestId('muted-by-organiser')).toHaveCount(0);
    await expect(micButton(guest)).toHaveAttribute('aria-disabled', 'true');
    await expect(guest.getByTestId('microphone-held')).toHaveText(
      'The organiser has turned off microphones for guests.',
    );
    await relay.configure(link, { guestMedia: { microphone: true, camera: true } });
    await expect(micButton(guest)).not.toHaveAttribute('aria-disabled', 'true');

    // A Teams user's HTML message shows formatted, and nothing in it runs.
    await relay.happen(link, {
      event: 'organiser-message',
      html:
        '<p><b>Bring your referral letter</b></p><img src="x" onerror="window.__injected = 1">' +
        '<script>window.__injected = 2</script><a href="javascript:window.__injected = 3">bad link</a>' +
        '<a href="https://example.com/info">More information</a><img src="https://example.com/scan.png">',
    });
    // It arrives while the chat is closed: the chat button counts it, and opening the chat clears it.
    await expect(guest.getByTestId('unread')).toHaveText('1');
    await expect(guest.getByRole('button', { name: 'Chat, 1 unread message' })).toBeVisible();
    await openCallPanel(guest, 'Chat');
    await expect(guest.getByTestId('unread')).toHaveCount(0);
    const rich = guest.getByTestId('chat-rich-text').last();
    await expect(rich.locator('b')).toHaveText('Bring your referral letter');
    await expect(rich.locator('script, [onerror]')).toHaveCount(0);
    // An image whose address did not survive is dropped; one from elsewhere, which the CSP would
    // block, is said not to be shown.
    await expect(rich.locator('img')).toHaveCount(0);
    await expect(rich.getByText('This image could not be shown.')).toHaveCount(1);
    await expect(rich.getByText('bad link')).not.toHaveAttribute('href', /javascript/);
    await expect(rich.getByRole('link', { name: 'More information' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await guest.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();

    // An image pasted into a Teams message: fetched with the guest's own token, shown, and named.
    const scan = await guest.evaluate(() => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 160, height: 90 });
      const context = canvas.getContext('2d');
      if (context) {
        context.fillStyle = '#0f6cbd';
        context.fillRect(0, 0, 160, 90);
      }
      return canvas.toDataURL('image/png').split(',')[1] ?? '';
    });
    await relay.happen(link, {
      event: 'organiser-message',
      html: '<p>Your scan from today</p>',
      images: [{ name: 'scan-today.png', contentType: 'image/png', base64: scan }],
    });
    const pasted = guest.getByTestId('chat-rich-text').last().getByRole('img', { name: 'scan-today.png' });
    await expect(pasted).toHaveAttribute('src', /^blob:/);
    await expect.poll(() => pasted.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(160);
    await keepScreenshotsAtBothSizes(guest, 'rich-text-chat');

    // The chat's realtime notifications drop: the chat subscribes again and messages arrive again.
    await relay.happen(link, { event: 'chat-notifications-drop' });
    await expect(async () => {
      await relay.happen(link, { event: 'organiser-message', html: '<p>Still here</p>' });
      await expect(guest.getByTestId('chat-rich-text').last()).toHaveText('Still here', { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    // The network drops and comes back: a banner while it reconnects, gone after, call still on.
    await relay.happen(link, { event: 'network-reconnect', reconnecting: true });
    await expect(guest.getByTestId('reconnecting')).toHaveText('Connection lost. Reconnecting…');
    await keepScreenshotsAtBothSizes(guest, 'reconnecting');
    await relay.happen(link, { event: 'network-reconnect', reconnecting: false });
    await expect(guest.getByTestId('reconnecting')).toHaveCount(0);

    // The network gets weak: the signal bars drop and the guest is told what helps.
    const bars = guest.getByTestId('network-quality');
    await expect(bars).toHaveAttribute('data-quality', 'good');
    await relay.happen(link, { event: 'network-quality', value: 2 });
    await expect(bars).toHaveAttribute('data-quality', 'poor');
    await expect(bars).toHaveAccessibleName('Connection: weak');
    const weak = guest.getByTestId('weak-network');
    // Consent held the camera, so it is off: the advice is about the network.
    await expect(weak).toContainText('Moving closer to your Wi-Fi or closing other apps can help.');
    await guest.getByRole('button', { name: 'Turn camera on' }).click();
    await expect(weak).toContainText('Turning off your camera leaves more room for sound.');
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshotsAtBothSizes(guest, 'weak-network');
    await weak.getByRole('button', { name: 'Turn camera off' }).click();
    await expect(guest.getByRole('button', { name: 'Turn camera on' })).toBeVisible();
    await expect(weak).not.toContainText('Turn camera off');
    await relay.happen(link, { event: 'network-quality', value: 1 });
    await expect(bars).toHaveAttribute('data-quality', 'good');
    await expect(weak).toHaveCount(0);

    // The microphone stops giving sound while the guest talks: they are told, with their devices
    // one click away.
    await micButton(guest).click();
    await expect(micButton(guest)).toHaveAccessibleName('Mute');
    await relay.happen(link, { event: 'microphone-fails', failing: true });
    const silentMicrophone = guest.getByTestId('microphone-failing');
    await expect(silentMicrophone).toContainText('Your microphone gives no sound');
    await silentMicrophone.getByRole('button', { name: 'Devices' }).click();
    await expect(guest.getByRole('button', { name: 'Close Devices' })).toBeVisible();
    await relay.happen(link, { event: 'microphone-fails', failing: false });
    await expect(silentMicrophone).toHaveCount(0);

    // The chat service refuses the guest: the chat says so and the call goes on.
    await relay.configure(link, { chatAvailable: false });
    await openCallPanel(guest, 'Chat');
    await guest.getByLabel('Message').fill('Can you see this?');
    await guest.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(guest.getByTestId('chat-unavailable')).toBeVisible();
    await openCallPanel(guest, 'People');
    await expect(guest.getByTestId('participants')).toContainText('Dr. Ada Visser');

    // The guest's access runs out and cannot be renewed: the call ends and says why.
    await relay.happen(link, { event: 'expire-guest-tokens' });
    await expect(guest.getByRole('alert').filter({ hasText: 'Your access to the call has expired' })).toBeVisible();

    // The tenant does not let anonymous users join: the guest is told, not left waiting.
    await relay.configure(link, { anonymousJoinBlocked: true });
    await guest.getByRole('button', { name: 'Join again' }).click();
    await expect(guest.getByRole('alert').filter({ hasText: 'Guests cannot join this meeting' })).toBeVisible({
      timeout: 20_000,
    });
    await staff.getByRole('button', { name: 'Leave' }).click();
  });

  test('a token that runs out mid-call is renewed through the portal without dropping the call', async ({
    browser,
  }) => {
    // Tokens of 20 seconds: the credential renews at half their life, and the relay ends any call
    // whose token runs out, as ACS does.
    await identityEmulator().setTokenLifetime(20);
    const staff = await signInAsStaff(browser);
    const guest = await signInAs(browser, 'jane.doe@example.com');
    const renewals: string[] = [];
    guest.on('response', (response) => {
      if (response.url().endsWith('/join-ticket/refresh')) renewals.push(String(response.status()));
    });
    await openJoinPage(guest, subject);
    await guest.getByRole('button', { name: 'Join now' }).click();
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    await admitAndJoinAsStaff(staff, subject, guestName);
    await openCallPanel(guest, 'People', { timeout: 20_000 });
    await expect(guest.getByTestId('participants')).toContainText('Dr. Ada Visser', { timeout: 20_000 });

    // Three token lifetimes later the guest is still in the call, with live video, on renewed tokens.
    await expect.poll(() => renewals.length, { timeout: 60_000, intervals: [2_000] }).toBeGreaterThanOrEqual(3);
    expect(renewals.every((status) => status === '200')).toBe(true);
    await expect(guest.locator('[data-call-phase="connected"]')).toBeAttached();
    await expectLiveVideo(guest, 'figure[data-video-kind="camera"]:not([data-participant="local"]) video');
    await guest.getByRole('button', { name: 'Leave' }).click();
    await staff.getByRole('button', { name: 'Leave' }).click();
  });

  test('a meeting imported by ID: refused with its own message for a wrong passcode, joined with chat for the right one', async ({
    browser,
  }) => {
    // Teams knows the meeting by its ID with passcode Right1, and names its chat thread only after
    // the call connects (a meeting joined by ID has no thread id in its ticket).
    const teamsMeeting = 'https://teams.microsoft.com/meet/345678901234?p=Right1';
    await meetingRelay().configure(teamsMeeting, { passcode: 'Right1', lateThreadId: true });
    const staff = await signInAsStaff(browser);
    const importMeeting = (subject: string, passcode: string) =>
      importMeetingFor(staff, {
        link: `Meeting ID: 345 678 901 234\nPasscode: ${passcode}`,
        subject,
        guestName: 'Jane Doe',
        guestEmail: 'jane.doe@example.com',
      });
    const wrong = `Wrong passcode ${randomUUID().slice(0, 6)}`;
    const right = `By meeting ID ${randomUUID().slice(0, 6)}`;
    await importMeeting(wrong, 'Wrong1');
    await importMeeting(right, 'Right1');

    const guest = await signInAs(browser, 'jane.doe@example.com');
    await openJoinPage(guest, wrong);
    await guest.getByRole('button', { name: 'Join now' }).click();
    await expect(guest.getByRole('alert').filter({ hasText: 'The meeting was not found' })).toBeVisible({
      timeout: 20_000,
    });

    await openJoinPage(guest, right);
    await guest.getByRole('button', { name: 'Join now' }).click();
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    await staff.goto(portalUrl('/staff'));
    const card = staff.getByRole('article').filter({ has: staff.getByRole('heading', { name: right }) });
    await card.getByRole('button', { name: `Admit ${guestName}` }).click({ timeout: 20_000 });
    await openCallPanel(guest, 'Chat', { timeout: 20_000 });
    await guest.getByLabel('Message').fill('Hello from a meeting joined by ID');
    await guest.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(guest.getByTestId('chat-panel')).toContainText('Hello from a meeting joined by ID');
    await guest.getByRole('button', { name: 'Leave' }).click();
  });
});
