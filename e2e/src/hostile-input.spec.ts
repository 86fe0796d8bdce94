import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { portalUrl, signInAsDemoGuest } from './portal';
import { scheduleAppointmentFor } from './call-pages';

/**
 * The standing hostile-input suite for the web app: every route handler, every page with a dynamic
 * part, and every server action the pages render, with broken ids, junk bodies, methods the portal
 * never uses and another site's origin — as a signed-in guest, a signed-in staff member and nobody.
 * No answer may be a 5xx or show a stack; API answers are problem+json. Prints its tally.
 */

const hostileIds = [
  '%ZZ',
  '%',
  '%E0%A4%A',
  '..%2F..%2Fetc%2Fpasswd',
  "x'%20or%20'1'%3D'1",
  '%00',
  '%0D%0ALocation%3A%20https%3A%2F%2Fevil.example',
  '%E2%80%AEevil',
  'a'.repeat(3000),
  '00000000-0000-4000-8000-000000000000',
];

/** Paths with one `{id}`, each tried with every hostile id. */
const pageTemplates = [
  '/appointments/{id}',
  '/appointments/{id}/join',
  '/appointments/{id}/calendar',
  '/sign-in/{id}',
  '/a/{id}',
  '/staff/appointments/{id}/call',
  '/staff/appointments/{id}/lobby',
  '/staff/appointments/{id}/activity',
  '/reminders/stop/{id}',
  '/r/{id}',
  '/walk-in/{id}',
];
const postTemplates = [
  '/api/appointments/{id}/join-ticket',
  '/api/appointments/{id}/join-ticket/refresh',
  '/api/appointments/{id}/feedback',
  '/api/appointments/{id}/presence',
];
const queryPaths = [
  '/staff?date=9999-99-99',
  '/staff?date=2026-02-30&view=fortnight',
  '/staff?view[]=x&date[]=y',
  // The pages that ask Functions for the staff member's own time zone (`GET /api/staff/me/settings`).
  '/staff/new?x=%ZZ',
  '/staff/import?date=%3Cscript%3E',
  '/staff/outlook?x=%ZZ&view=week',
  '/staff/front-desk',
  '/staff/walk-in-desk?x=%ZZ',
  '/staff/front-desk?version=%ZZ',
  '/staff/front-desk?version=0123456789abcdef&version=0123456789abcdef',
  '/staff/front-desk?version=%3Cscript%3E',
  '/staff/appointments/x/activity?format=xml',
  '/staff/appointments/x/activity?format=csv&format=csv',
  '/sign-in?reason=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/sign-in?reason=link-invalid&reason=unavailable',
  '/local/guest-sign-in?email=%E2%80%AE%00',
  '/outbox?x=%ZZ',
  '/local/acs-sdk-check?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E&x=%ZZ',
  '/brand/icon.svg?size=%ZZ&size[]=1',
  '/manifest.webmanifest?x=%3Cscript%3E',
];
const postPaths = [
  '/sign-out',
  '/api/auth/signout',
  '/api/auth/callback/local-staff',
  '/api/auth/signin/local-staff',
  '/api/auth/_log',
];
const hostileBodies: readonly { readonly body: string; readonly contentType?: string }[] = [
  { body: '' },
  { body: '', contentType: 'application/json' },
  { body: '{"csrfToken":', contentType: 'application/json' },
  { body: '[1,2,3]', contentType: 'application/json' },
  { body: 'null', contentType: 'application/json' },
  { body: '%ZZ=%ZZ&csrfToken', contentType: 'application/x-www-form-urlencoded' },
  { body: 'not a form at all \u0000\u202e', contentType: 'text/plain' },
  { body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n', contentType: 'multipart/form-data; boundary=x' },
  { body: JSON.stringify({ a: 'x'.repeat(200_000) }), contentType: 'application/json' },
];
/** Arguments a caller can send a server action instead of the form it expects. */
const hostileActionArguments = [
  '["x"]',
  '[1,2,3]',
  '[null,null]',
  '{}',
  '[',
  '["$K1"]',
  '"\u202e"',
  '[{"__proto__":{}}]',
];

/** Whether a request line's path is valid percent-encoding. */
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const evilOrigin = 'https://evil.example';

interface Answer {
  readonly request: string;
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

const answers: Answer[] = [];

async function send(
  api: APIRequestContext,
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await api.fetch(portalUrl(path), {
    method,
    headers: { origin: new URL(portalUrl()).origin, ...options.headers },
    ...(options.body === undefined ? {} : { data: options.body }),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const forged = options.headers?.['origin'] === evilOrigin || options.headers?.['sec-fetch-site'] === 'cross-site';
  const answer = {
    request: `${method} ${path.slice(0, 90)}${forged ? ' [cross-site]' : ''}`,
    path: path.split('?', 1)[0] ?? '',
    status: response.status(),
    contentType: response.headers()['content-type'] ?? '',
    body: (await response.text()).slice(0, 4000),
  };
  answers.push(answer);
  return answer;
}

/** The ids of the server actions a page renders into its forms for progressive enhancement. */
async function actionIdsOn(page: Page, path: string): Promise<string[]> {
  await page.goto(portalUrl(path));
  const html = await page.content();
  // Plain forms carry `$ACTION_ID_<id>`; forms with state carry `{"id":"<id>",…}` in `$ACTION_n:0`.
  const ids = html.matchAll(/\$ACTION_ID_([0-9a-f]{20,})|&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/g);
  return [...ids].map((match) => match[1] ?? match[2] ?? '');
}

/**
 * The ids of the server actions the console renders only while a cancellation may still be undone
 * (Undo): one of the staff member's own appointments is made and cancelled to reach them.
 */
async function actionIdsWhileUndoIsOffered(page: Page): Promise<string[]> {
  const subject = `Hostile undo ${randomUUID().slice(0, 6)}`;
  await scheduleAppointmentFor(page, {
    subject,
    guestName: 'Eva Jansen',
    guestEmail: `hostile-${randomUUID().slice(0, 8)}@example.com`,
    startsAt: new Date(Date.now() + 2 * 86_400_000),
  });
  const staffConsole = new URL(page.url());
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: subject }) });
  await card.getByRole('button', { name: 'Cancel appointment' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(card.getByRole('button', { name: 'Undo' })).toBeVisible();
  return actionIdsOn(page, `${staffConsole.pathname}${staffConsole.search}`);
}

async function probeEverything(api: APIRequestContext, actionIds: readonly string[]): Promise<void> {
  for (const template of pageTemplates)
    for (const id of hostileIds) {
      await send(api, 'GET', template.replace('{id}', id));
      for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])
        await send(api, method, template.replace('{id}', id));
    }
  for (const path of queryPaths) await send(api, 'GET', path);
  for (const template of postTemplates)
    for (const id of hostileIds) {
      const path = template.replace('{id}', id);
      await send(api, 'POST', path);
      await send(api, 'POST', path, { headers: { origin: evilOrigin } });
      await send(api, 'POST', path, { headers: { 'sec-fetch-site': 'cross-site' } });
      await send(api, 'GET', path);
    }
  for (const path of postPaths)
    for (const { body, contentType } of hostileBodies)
      await send(api, 'POST', path, {
        body,
        headers: contentType === undefined ? {} : { 'content-type': contentType },
      });
  for (const actionId of actionIds)
    for (const body of hostileActionArguments) {
      const headers = {
        'next-action': actionId,
        'content-type': 'text/plain;charset=UTF-8',
        accept: 'text/x-component',
      };
      await send(api, 'POST', '/staff', { body, headers });
      await send(api, 'POST', '/staff', { body, headers: { ...headers, origin: evilOrigin } });
    }
  await send(api, 'POST', '/staff', { body: '[]', headers: { 'next-action': 'f'.repeat(42) } });
}

test.describe('hostile input to every web route, page and server action', () => {
  test.describe.configure({ timeout: 600_000 });

  test.afterAll(() => {
    const tally = answers.reduce<Record<string, number>>((counts, { status }) => {
      const statusClass = `${Math.floor(status / 100)}xx`;
      return { ...counts, [statusClass]: (counts[statusClass] ?? 0) + 1 };
    }, {});
    const classes = Object.entries(tally)
      .sort()
      .map(([statusClass, count]) => `${statusClass} ${count}`)
      .join(', ');
    console.log(`hostile input (web): ${answers.length} requests; ${classes}`);
  });

  test('no 5xx, no stack, problem+json from the APIs — signed out, as a guest and as staff', async ({
    browser,
    playwright,
  }) => {
    const staff = await browser.newPage();
    await staff.goto(portalUrl('/staff'));
    await staff.waitForURL('**/staff/sign-in**');
    await staff.getByRole('button', { name: /Dr\. Ada Visser/ }).click();
    await staff.waitForURL(/\/staff(\?|$)/);
    const actionIds = new Set<string>();
    for (const path of ['/staff', '/staff/new', '/staff/import', '/staff/outlook', '/sign-in', '/local/guest-sign-in'])
      for (const id of await actionIdsOn(staff, path)) actionIds.add(id);
    for (const id of await actionIdsWhileUndoIsOffered(staff)) actionIds.add(id);
    expect(actionIds.size).toBeGreaterThan(3);

    const guest = await browser.newPage();
    await signInAsDemoGuest(guest);
    const nobody = await playwright.request.newContext();

    for (const api of [nobody, guest.request, staff.request]) await probeEverything(api, [...actionIds]);

    const serverErrors = answers.filter((answer) => answer.status >= 500);
    expect(serverErrors.map((a) => `${a.request} → ${a.status} ${a.body.slice(0, 160)}`)).toEqual([]);
    // A stack shows as frames (`at fn (/path:1:2)`) in text, or as a `"stack":[…]` in an action's
    // error payload; module names that mention node_modules in a page or payload are not stacks.
    const stacks = answers.filter((answer) => /\bat \S+ \((?:\/|file:)[^)]*:\d+:\d+\)|"stack":\[/.test(answer.body));
    expect(stacks.map((a) => a.request)).toEqual([]);
    // Next.js itself answers a method a route does not export (405, no body); every other API answer
    // is ours, and so is the answer to any path that cannot be percent-decoded and to any method the
    // portal never uses (Portico's server answers those before Next.js).
    const apiAnswers = answers.filter(
      (answer) =>
        /^\w+ \/(api\/appointments|sign-out|staff\/front-desk|staff\/walk-in-desk)/.test(answer.request) &&
        answer.status >= 400 &&
        answer.body !== '',
    );
    expect(apiAnswers.filter((a) => a.contentType !== 'application/problem+json').map((a) => a.request)).toEqual([]);
    // (A method the portal never uses is refused first, as below.)
    const undecodable = answers.filter((a) => /^(GET|POST) /.test(a.request) && !decodable(a.path));
    expect(undecodable.length).toBeGreaterThan(100);
    expect(
      undecodable
        .filter((a) => !(a.status === 400 && a.body.includes('"code":"request.invalid"')))
        .map((a) => a.request),
    ).toEqual([]);
    const traces = answers.filter((a) => a.request.startsWith('TRACE '));
    expect(traces.length).toBeGreaterThan(100);
    expect(
      traces
        .filter((a) => !(a.status === 405 && a.contentType === 'application/problem+json'))
        .map((a) => `${a.request} → ${a.status}`),
    ).toEqual([]);
    // Every post another site makes is refused by the gate, whoever is signed in.
    const crossSite = answers.filter((a) => a.request.startsWith('POST') && a.request.endsWith('[cross-site]'));
    expect(crossSite.length).toBeGreaterThan(hostileIds.length * 2 * postTemplates.length);
    const notRefused = crossSite.filter(
      (a) => decodable(a.path) && !(a.status === 403 && a.body.includes('"code":"request.cross-site"')),
    );
    expect(notRefused.map((a) => `${a.request} → ${a.status}`)).toEqual([]);
    await nobody.dispose();
  });

  test('another site cannot sign a guest out, nor ask for their join ticket', async ({ page }) => {
    await signInAsDemoGuest(page);
    const forged = await send(page.request, 'POST', '/sign-out', { headers: { origin: evilOrigin } });
    expect(forged.status).toBe(403);
    expect(forged.contentType).toBe('application/problem+json');
    expect(JSON.parse(forged.body)).toMatchObject({ code: 'request.cross-site' });
    // A real browser says where a post came from in Sec-Fetch-Site, even when Origin looks like ours.
    const marked = await send(page.request, 'POST', '/sign-out', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(marked.status).toBe(403);
    const ticket = await send(page.request, 'POST', '/api/appointments/any/join-ticket', {
      headers: { origin: evilOrigin },
    });
    expect(ticket.status).toBe(403);
    await page.goto(portalUrl('/appointments'));
    await expect(page).toHaveURL(/\/appointments$/);
    const put = await send(page.request, 'PUT', '/appointments');
    expect(put.status).toBe(405);
    expect(JSON.parse(put.body)).toMatchObject({ code: 'request.method-not-allowed' });
  });
});
