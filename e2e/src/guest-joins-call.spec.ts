import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import {
  expectInCall,
  expectLiveVideo,
  keepScreenshot,
  openCallPanel,
  openJoinPage,
  scheduleAppointmentFor,
  signInAs,
  signInAsStaff,
  windowSizes,
} from './call-pages';
import { expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

test.describe('a guest joins the Teams meeting (local relay, real WebRTC)', () => {
  test.describe.configure({ timeout: 300_000 });

  test('device check, lobby, admit, video both ways, chat, screen share, leave, rejoin', async ({ browser }) => {
    const staff = await signInAsStaff(browser);
    const guest = await signInAs(browser, 'jane.doe@example.com');

    // The guest checks devices through the SDK: a live preview, a moving microphone level, and a choice
    // of devices that carries into the call.
    const appointmentUrl = await openJoinPage(guest, 'Intake consultation');
    await expect(guest.getByRole('heading', { name: 'Check your camera and microphone' })).toBeVisible();
    await expectLiveVideo(guest, '[data-testid="camera-preview"] video');
    const level = guest.getByTestId('microphone-level');
    await expect.poll(() => level.evaluate((meter: HTMLMeterElement) => meter.value)).toBeGreaterThan(0);
    await guest.getByLabel('Camera', { exact: true }).selectOption({ label: 'fake_device_2' });
    await guest.getByLabel('Microphone', { exact: true }).selectOption({ label: 'Fake Audio Input 2' });
    await expectLiveVideo(guest, '[data-testid="camera-preview"] video');
    await expectNoSeriousAccessibilityViolations(guest);
    await guest.getByRole('button', { name: 'Join now' }).click();
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    await expect(guest.getByText('Waiting for Dr. Ada Visser to let you in.')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(guest);

    // Staff see the guest waiting in the console and admit them from there.
    const card = staff
      .getByRole('article')
      .filter({ has: staff.getByRole('heading', { name: 'Intake consultation' }) });
    await expect(card.getByText('Jane Doe (Guest) is waiting')).toBeVisible({ timeout: 15_000 });
    await card.getByRole('button', { name: 'Admit Jane Doe (Guest)' }).click();
    await expectInCall(guest);
    await expect(guest.getByRole('status').filter({ hasText: 'You were let in' })).toBeAttached();

    // Staff join the same meeting from the portal.
    await card.getByRole('link', { name: 'Join the call' }).click();
    await staff.waitForURL(/\/staff\/appointments\/[\w-]+\/call$/);
    await staff.getByRole('button', { name: 'Join now' }).click();
    await openCallPanel(staff, 'People', { timeout: 20_000 });
    await expect(staff.getByTestId('participants')).toContainText('Jane Doe (Guest)', { timeout: 20_000 });

    // Live video both ways.
    await expectLiveVideo(guest, 'figure[data-video-kind="camera"]:not([data-participant="local"]) video');
    await expectLiveVideo(staff, 'figure[data-video-kind="camera"]:not([data-participant="local"]) video');
    await expectNoSeriousAccessibilityViolations(guest);

    // The call uses the devices chosen on the check, and the guest switches both without leaving.
    await guest.getByRole('button', { name: 'More options' }).click();
    await guest.getByRole('menuitem', { name: 'Devices' }).click();
    const settings = guest.getByRole('region', { name: 'Devices' });
    const inUse = (label: string) => settings.getByLabel(label, { exact: true }).locator('option:checked');
    await expect(inUse('Camera')).toHaveText('fake_device_2');
    await expect(inUse('Microphone')).toHaveText('Fake Audio Input 2');
    await settings.getByLabel('Camera', { exact: true }).selectOption({ label: 'fake_device_0' });
    await settings.getByLabel('Microphone', { exact: true }).selectOption({ label: 'Fake Audio Input 1' });
    await expect(inUse('Camera')).toHaveText('fake_device_0');
    await expect(inUse('Microphone')).toHaveText('Fake Audio Input 1');

    // The background blurred, then replaced, then as it was; staff keep seeing the guest throughout.
    const ownTrack = () =>
      guest
        .locator('[data-testid="self-view"] video')
        .evaluate((video: HTMLVideoElement) => (video.srcObject as MediaStream).getVideoTracks()[0]?.constructor.name);
    await settings.getByRole('radio', { name: 'Blurred' }).click();
    await expect.poll(ownTrack).toBe('CanvasCaptureMediaStreamTrack');
    await expectLiveVideo(guest, '[data-testid="self-view"] video');
    await keepScreenshot(guest, 'background-blurred-laptop');
    await settings.getByRole('radio', { name: 'Calm blue' }).click();
    await expect(settings.getByRole('radio', { name: 'Calm blue' })).toBeChecked();
    await expectLiveVideo(staff, 'figure[data-video-kind="camera"]:not([data-participant="local"]) video');
    await settings.getByRole('radio', { name: 'As it is' }).click();
    await expect.poll(ownTrack).toBe('MediaStreamTrack');
    // Controlled by what the call reports, so the switch turns once the effect is on.
    await settings.getByRole('switch', { name: 'Reduce background noise' }).click();
    await expect(settings.getByRole('switch', { name: 'Reduce background noise' })).toBeChecked();
    await expectNoSeriousAccessibilityViolations(guest);
    await settings.getByRole('button', { name: 'Close Devices' }).click();
    await expect(settings).toHaveCount(0);
    await expectLiveVideo(staff, 'figure[data-video-kind="camera"]:not([data-participant="local"]) video');
    await expectLiveVideo(guest, 'figure[data-video-kind="camera"][data-participant="local"] video');

    // Chat both ways.
    await openCallPanel(guest, 'Chat');
    await openCallPanel(staff, 'Chat');
    await guest.getByLabel('Message').fill('Hello, can you hear me?');
    await guest.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(staff.getByTestId('chat-panel')).toContainText('Hello, can you hear me?');
    // While staff type, the guest sees it; their message ends it.
    await staff.getByLabel('Message').pressSequentially('Loud and clear.');
    await expect(guest.getByTestId('chat-typing')).toHaveText('Dr. Ada Visser is typing…');
    await expect(staff.getByTestId('chat-typing')).toHaveText('');
    await staff.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(guest.getByTestId('chat-panel')).toContainText('Loud and clear.');
    await expect(guest.getByTestId('chat-typing')).toHaveText('');

    // The guest shares the screen; staff see it.
    await guest.getByRole('button', { name: 'Share screen' }).click();
    await expect(guest.getByRole('button', { name: 'Stop sharing' })).toBeVisible();
    await expectLiveVideo(staff, 'figure[data-video-kind="screen"] video');

    // The guest leaves: the chat is gone and says why; staff see them go.
    await guest.getByRole('button', { name: 'Leave' }).click();
    await expect(guest.getByRole('alert').filter({ hasText: 'You left the call' })).toBeVisible();
    await expect(guest.getByTestId('chat-closed')).toHaveText('The chat closed when you left the call.');
    await expect(guest.getByLabel('Message')).toHaveCount(0);
    await openCallPanel(staff, 'People');
    await expect(staff.getByTestId('participants')).not.toContainText('Jane Doe (Guest)', { timeout: 15_000 });

    // Rejoin while the window is open: back through the lobby, admitted from the call page.
    await guest.getByRole('button', { name: 'Join again' }).click();
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    await staff.getByRole('button', { name: 'Admit Jane Doe (Guest)' }).click();
    await expectInCall(guest);
    await expectLiveVideo(guest, 'figure[data-video-kind="camera"]:not([data-participant="local"]) video');
    // Teams keeps no chat history for a guest who rejoins, and the chat says so.
    await openCallPanel(guest, 'Chat');
    await expect(guest.getByTestId('chat-history-not-kept')).toHaveText(
      'Messages from before you rejoined are not shown: Teams keeps no chat history for guests.',
    );
    await expect(guest.getByTestId('chat-panel')).not.toContainText('Hello, can you hear me?');
    expect(appointmentUrl).toMatch(/\/appointments\//);
    await guest.getByRole('button', { name: 'Leave' }).click();
    await staff.getByRole('button', { name: 'Leave' }).click();

    // After the call: two questions, kept for the organiser, who sees them in the console.
    const survey = guest.getByTestId('call-feedback');
    await survey.getByRole('button', { name: 'Send' }).click();
    await expect(survey.getByRole('alert')).toHaveText('Choose from 1 to 5 stars first.');
    await survey.getByRole('radio', { name: '4 stars' }).check();
    await expect(survey.getByRole('alert')).toHaveCount(0);
    await survey.getByLabel('Anything you want to tell us? (optional)').fill('Clear sound; the lobby took a while.');
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshot(guest, 'after-call-rejoin-and-survey-laptop');
    await survey.getByRole('button', { name: 'Send' }).click();
    await expect(guest.getByTestId('feedback-thanks')).toHaveText('Thank you. Your feedback went to the organiser.');
    await staff.goto(portalUrl('/staff'));
    await expect(card.getByTestId('guest-feedback')).toContainText(
      'Jane Doe rated the call 4 of 5. Clear sound; the lobby took a while.',
    );
  });

  test('a guest who comes early is told when, in human time; a cancelled or past appointment says why at once', async ({
    browser,
  }) => {
    const guest = await signInAs(browser, 'jane.doe@example.com');
    await openJoinPage(guest, 'Follow-up');
    const early = guest.getByTestId('early-arrival');
    await expect(early).toContainText('You are early');
    // The time reads as a time, in the guest's zone, not as ISO text.
    await expect(early).toContainText(/You can join from \w+, \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2}/);
    await expect(early).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
    await expect(
      guest.getByText('Message from Dr. Ada Visser: Please have the list of your medicines at hand.'),
    ).toBeVisible();
    await expect(guest.getByRole('button', { name: 'Join when it opens' })).toBeEnabled({ timeout: 20_000 });
    // The organiser has audio conferencing: the page says how to call in, and the number dials it.
    const dialIn = guest.getByTestId('dial-in');
    await expect(dialIn).toContainText("Can't use audio here? Call +31 20 794 6000 (toll-free: 0800 022 6000)");
    await expect(dialIn.getByRole('link', { name: '+31 20 794 6000' })).toHaveAttribute(
      'href',
      /^tel:\+31207946000,,40000\d1234%23$/,
    );
    await keepScreenshot(guest, 'early-arrival-with-dial-in-laptop');
    // A cancelled or past appointment says why at once: no device check, no button that cannot work.
    for (const [subject, reason] of [
      ['Physiotherapy review', 'This appointment was cancelled'],
      ['First consultation', 'Joining has closed'],
    ] as const) {
      await openJoinPage(guest, subject);
      await expect(guest.getByRole('alert').filter({ hasText: reason })).toBeVisible();
      await expect(guest.getByRole('button', { name: /Join/ })).toHaveCount(0);
      await expect(guest.getByRole('heading', { name: 'Check your camera and microphone' })).toHaveCount(0);
    }
  });

  test('a guest who comes early waits with their camera, and both pages move on by themselves when the window opens', async ({
    browser,
  }) => {
    const staff = await signInAsStaff(browser);
    const guestEmail = `early-${randomUUID().slice(0, 8)}@example.com`;
    const subject = `Early bird ${randomUUID().slice(0, 6)}`;
    // The window opens 15 minutes before the start: start on the minute that opens it soonest, but
    // not before the guest is waiting.
    const startsAt = new Date(Math.ceil((Date.now() + 15 * 60_000 + 20_000) / 60_000) * 60_000);
    await scheduleAppointmentFor(staff, { subject, guestName: 'Eli Early', guestEmail, startsAt });

    const guest = await signInAs(browser, guestEmail, { viewport: windowSizes.phone });
    // Counts the screen wake locks the page asks for (headless Chromium may refuse them).
    await guest.addInitScript(() => {
      const wakeLock = navigator.wakeLock;
      const request = wakeLock.request.bind(wakeLock);
      const counted = window as unknown as { wakeLocks: number };
      counted.wakeLocks = 0;
      wakeLock.request = (type) => {
        counted.wakeLocks += 1;
        return request(type);
      };
    });
    const appointmentUrl = await openJoinPage(guest, subject);
    const appointmentPage = await guest.context().newPage();
    await appointmentPage.goto(appointmentUrl);
    await expect(appointmentPage.getByRole('article')).toContainText('You can join from');
    await expect(appointmentPage.getByRole('link', { name: 'Join the call' })).toHaveCount(0);
    // Marks the document: a reload would lose it.
    await appointmentPage.evaluate(() => document.body.setAttribute('data-not-reloaded', ''));

    await expect(guest.getByTestId('early-arrival')).toContainText('You are early');
    await expectLiveVideo(guest, '[data-testid="camera-preview"] video');
    await guest.getByRole('button', { name: 'Join when it opens' }).click();
    await expect(guest.getByRole('button', { name: 'Waiting to join…' })).toBeDisabled();
    await expect(guest.getByTestId('early-arrival')).toContainText('This page joins by itself at');
    await expect(guest.getByRole('button', { name: 'Don’t join by itself' })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshot(guest, 'early-arrival-phone');

    const opensIn = startsAt.getTime() - 15 * 60_000 - Date.now();
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({
      timeout: opensIn + 30_000,
    });
    // Nothing asks the screen to stay on before the call; the lobby does.
    await expect.poll(() => guest.evaluate(() => (window as unknown as { wakeLocks: number }).wakeLocks)).toBe(1);
    await expect(appointmentPage.getByRole('link', { name: 'Join the call' })).toBeVisible();
    await expect(appointmentPage.getByRole('article')).toContainText('Open for joining until');
    await expect(appointmentPage.locator('body[data-not-reloaded]')).toHaveCount(1);

    // The same guest joins from a second window: the first says so, and can take the call back.
    const secondWindow = await guest.context().newPage();
    await secondWindow.goto(`${appointmentUrl}/join`);
    await secondWindow.getByRole('button', { name: 'Join now' }).click({ timeout: 20_000 });
    const joinedElsewhere = guest.getByTestId('call-outcome');
    await expect(joinedElsewhere).toContainText('You joined from another window');
    await expect(joinedElsewhere.getByRole('heading', { name: 'How was your call?' })).toHaveCount(0);
    await expect(secondWindow.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshot(guest, 'joined-from-another-window-phone');
    await guest.getByRole('button', { name: 'Continue here' }).click();
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible({ timeout: 30_000 });
    await expect(secondWindow.getByTestId('call-outcome')).toContainText('You joined from another window');
    await secondWindow.close();

    // Leaving mid-call asks first, for a link in the app as for Back; staying keeps the guest waiting.
    const questions: string[] = [];
    let stay = true;
    guest.on('dialog', (dialog) => {
      questions.push(dialog.type());
      void (stay ? dialog.dismiss() : dialog.accept());
    });
    await guest.getByRole('link', { name: 'Back to the appointment' }).click();
    await expect.poll(() => questions).toEqual(['beforeunload']);
    await guest.goBack({ waitUntil: 'commit', timeout: 3_000 }).catch(() => undefined);
    await expect.poll(() => questions).toEqual(['beforeunload', 'beforeunload']);
    await expect(guest.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible();
    stay = false;
    await guest.getByRole('link', { name: 'Back to the appointment' }).click();
    await guest.waitForURL(appointmentUrl);
    await expect(guest.getByRole('link', { name: 'Join the call' })).toBeVisible();
  });

  test('opened inside an app’s own browser, the join page says how to open it in the phone’s browser', async ({
    browser,
  }) => {
    // The Outlook app on an Android phone shows links in a WebView ("wv").
    const userAgent =
      'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP1A.240305.019; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.64 Mobile Safari/537.36';
    const guest = await signInAs(browser, 'jane.doe@example.com', { userAgent, viewport: windowSizes.phone });
    await openJoinPage(guest, 'Intake consultation');
    await expect(guest.getByTestId('open-in-browser')).toContainText('Open this page in your browser');
    await expect(guest.getByRole('button', { name: 'Copy the link' })).toBeVisible();
    await expect(guest.getByRole('heading', { name: 'Check your camera and microphone' })).toHaveCount(0);
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshot(guest, 'open-in-browser-phone');
  });

  test('a browser the calling SDK does not support is named, with what to change, and the guest may still try', async ({
    browser,
  }) => {
    for (const [name, userAgent, advice] of [
      [
        'old-version',
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.88 Safari/537.36',
        'This version of Chrome is too old for video calls.',
      ],
      [
        'other-browser',
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
        'Video calls work best in Chrome, Edge, Safari or Firefox.',
      ],
    ] as const) {
      const guest = await signInAs(browser, 'jane.doe@example.com', { userAgent, viewport: windowSizes.phone });
      await openJoinPage(guest, 'Intake consultation');
      const warning = guest.getByTestId('unsupported-browser');
      await expect(warning).toContainText('This browser may not manage the call');
      await expect(warning).toContainText(advice);
      await expect(warning.getByTestId('dial-in')).toContainText("Can't use audio here? Call +31 20 794 6000");
      await expect(guest.getByTestId('dial-in')).toHaveCount(1);
      await expect(guest.getByRole('button', { name: 'Join now' })).toBeEnabled();
      await expectNoSeriousAccessibilityViolations(guest);
      await keepScreenshot(guest, `unsupported-browser-${name}-phone`);
    }
    // The e2e browser itself is supported: no warning.
    const supported = await signInAs(browser, 'jane.doe@example.com');
    await openJoinPage(supported, 'Intake consultation');
    await expect(supported.getByRole('button', { name: 'Join now' })).toBeEnabled({ timeout: 20_000 });
    await expect(supported.getByTestId('unsupported-browser')).toHaveCount(0);
  });

  test("a second guest cannot get the first guest's ticket", async ({ browser }) => {
    const jane = await signInAs(browser, 'jane.doe@example.com');
    const janes = await openJoinPage(jane, 'Intake consultation');
    const appointmentId = new URL(janes).pathname.split('/').pop() ?? '';
    const piet = await signInAs(browser, 'piet.devries@example.nl');
    for (const path of ['join-ticket', 'join-ticket/refresh']) {
      const answer = await piet.evaluate(async (url) => {
        const response = await fetch(url, { method: 'POST' });
        return { status: response.status, body: (await response.json()) as { code: string } };
      }, `/api/appointments/${appointmentId}/${path}`);
      expect(answer).toEqual({ status: 404, body: expect.objectContaining({ code: 'appointment.not-found' }) });
    }
    const own = await jane.evaluate(
      async (url) => (await fetch(url, { method: 'POST' })).status,
      `/api/appointments/${appointmentId}/join-ticket`,
    );
    expect(own).toBe(200);
  });
});
