import path from 'node:path';
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { IdentityEmulatorControls, MeetingRelayControls } from '@portico/emulator-client';
import { demoSignInUrl, portalUrl } from './portal';

/* The steps every call test takes: sign in, open a join page, and check that video plays. */

/** Whether a `<video>` in the locator's element is playing: its decoded frames keep advancing. */
export async function expectLiveVideo(page: Page, selector: string): Promise<void> {
  const frames = () =>
    page
      .locator(selector)
      .first()
      .evaluate((video: HTMLVideoElement) => video.getVideoPlaybackQuality().totalVideoFrames);
  await expect(page.locator(selector).first()).toBeVisible({ timeout: 20_000 });
  const before = await frames();
  await expect.poll(frames, { timeout: 15_000 }).toBeGreaterThan(before + 5);
}

/** A browser window's size: the e2e default, or a laptop's or a phone's. */
export const windowSizes = {
  laptop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
type WindowSize = (typeof windowSizes)[keyof typeof windowSizes];

export async function signInAs(browser: Browser, email: string, context: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(context)).newPage();
  const url = new URL(demoSignInUrl());
  url.searchParams.set('email', email);
  await page.goto(url.href);
  await page.getByRole('button', { name: /^(Sign in|Inloggen)$/ }).click();
  await page.waitForURL('**/appointments');
  return page;
}

export async function signInAsStaff(browser: Browser, viewport?: WindowSize): Promise<Page> {
  const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
  await page.goto(portalUrl('/staff'));
  await page.waitForURL('**/staff/sign-in**');
  await page.getByRole('button', { name: /Dr\. Ada Visser/ }).click();
  await page.waitForURL(/\/staff(\?|$)/);
  return page;
}

/** Opens one of the guest's appointments by its subject and goes to its join page. */
export async function openJoinPage(page: Page, subject: string): Promise<string> {
  await page.goto(portalUrl('/appointments'));
  await page.getByRole('link', { name: subject }).first().click();
  await page.waitForURL(/\/appointments\/[\w-]+$/);
  const appointmentUrl = page.url();
  await page.goto(`${appointmentUrl}/join`);
  return appointmentUrl;
}

/** The Teams link of the appointment's meeting, as the guest's join ticket names it. */
export async function meetingLinkOf(guest: Page, appointmentUrl: string): Promise<string> {
  const appointmentId = new URL(appointmentUrl).pathname.split('/').pop() ?? '';
  const locator = await guest.evaluate(
    async (url) =>
      ((await (await fetch(url, { method: 'POST' })).json()) as { locator: { meetingLink?: string } }).locator,
    `/api/appointments/${appointmentId}/join-ticket`,
  );
  if (!locator.meetingLink) throw new Error('The demo appointment is joined by link');
  return locator.meetingLink;
}

function emulatorsUrl(): string {
  const url = process.env['PORTICO_E2E_EMULATORS_URL'];
  if (!url) throw new Error('The e2e global setup did not start the local stack');
  return url;
}

/** The meeting relay's switches, on the emulators the global setup started. */
export const meetingRelay = (): MeetingRelayControls => new MeetingRelayControls(emulatorsUrl());

/** The ACS identity emulator's switch for short-lived tokens. */
export const identityEmulator = (): IdentityEmulatorControls => new IdentityEmulatorControls(emulatorsUrl());

/** Staff admit the waiting guest from the console, then join the call themselves. */
export async function admitAndJoinAsStaff(staff: Page, subject: string, guestName: string): Promise<void> {
  const card = staff.getByRole('article').filter({ has: staff.getByRole('heading', { name: subject }) });
  await card.getByRole('button', { name: `Admit ${guestName}` }).click({ timeout: 20_000 });
  await card.getByRole('link', { name: 'Join the call' }).click();
  await staff.waitForURL(/\/staff\/appointments\/[\w-]+\/call$/);
  await staff.getByRole('button', { name: 'Join now' }).click();
  await openCallPanel(staff, 'People', { timeout: 20_000 });
  await expect(staff.getByTestId('participants')).toContainText(guestName, { timeout: 20_000 });
}

/** Staff import a Teams meeting for a guest, starting in five minutes (so it can be joined now). */
export async function importMeetingFor(
  staff: Page,
  meeting: { link: string; subject: string; guestName: string; guestEmail: string },
): Promise<void> {
  const soon = new Date(Date.now() + 5 * 60_000);
  const inAmsterdam = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', ...options }).format(soon);
  await staff.goto(portalUrl('/staff/import'));
  await staff.getByLabel('Teams meeting link').fill(meeting.link);
  await staff.getByLabel("Guest's name").fill(meeting.guestName);
  await staff.getByLabel("Guest's e-mail address").fill(meeting.guestEmail);
  await staff.getByLabel("Guest's language").selectOption('en');
  await staff.getByLabel('Subject').fill(meeting.subject);
  await staff.getByLabel('Date').fill(inAmsterdam({ year: 'numeric', month: '2-digit', day: '2-digit' }));
  await staff.getByLabel('Start time').fill(inAmsterdam({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
  await staff.getByRole('button', { name: 'Import and invite' }).click();
  await staff.waitForURL(/\/staff\?date=/);
}

/** Staff schedule a new appointment (a Teams meeting made through Graph) for a guest, at a given start. */
export async function scheduleAppointmentFor(
  staff: Page,
  appointment: { subject: string; guestName: string; guestEmail: string; startsAt: Date; note?: string },
): Promise<void> {
  const inAmsterdam = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', ...options }).format(appointment.startsAt);
  await staff.goto(portalUrl('/staff/new'));
  await staff.getByLabel("Guest's name").fill(appointment.guestName);
  await staff.getByLabel("Guest's e-mail address").fill(appointment.guestEmail);
  await staff.getByLabel("Guest's language").selectOption('en');
  await staff.getByLabel('Subject').fill(appointment.subject);
  await staff.getByLabel('Date').fill(inAmsterdam({ year: 'numeric', month: '2-digit', day: '2-digit' }));
  await staff.getByLabel('Start time').fill(inAmsterdam({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
  if (appointment.note) await staff.getByLabel('Note for the guest (optional)').fill(appointment.note);
  await staff.getByRole('button', { name: 'Create and invite' }).click();
  await staff.waitForURL(/\/staff\?date=/);
}

/** Opens one of the call's side panels from the control bar, unless it is open already. */
export async function openCallPanel(page: Page, panel: 'People' | 'Chat', options: { timeout?: number } = {}) {
  const toggle = page
    .getByRole('group', { name: 'Call controls' })
    .getByRole('button', { name: new RegExp(`^${panel}\\b`) });
  await expect(toggle).toBeVisible(options);
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(page.getByRole('region', { name: panel === 'Chat' ? 'Meeting chat' : 'People' })).toBeVisible();
}

/** Saves what the page shows among the run's artefacts (`dist/test-results/screens`), for a person to look at. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(__dirname, '../../dist/test-results/screens', `${name}.png`),
    fullPage: true,
  });
}

/** Saves what the page shows at laptop and at phone size, then puts the window back as it was. */
export async function keepScreenshotsAtBothSizes(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  for (const [label, viewport] of [
    ['laptop', windowSizes.laptop],
    ['phone', windowSizes.phone],
  ] as const) {
    await page.setViewportSize(viewport);
    await keepScreenshot(page, `${name}-${label}`);
  }
  if (size) await page.setViewportSize(size);
}

/** The person is in the call: the stage fills the window. */
export async function expectInCall(page: Page): Promise<void> {
  await expect(page.getByTestId('stage')).toBeVisible({ timeout: 20_000 });
}
