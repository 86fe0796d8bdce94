import { randomUUID } from 'node:crypto';
import { buildAppointment } from '@portico/domain/testing';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../composition-root';
import { functionTable } from '../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from './local-functions-host';
import { integrationFunctionsEnv } from '../testing/integration-functions-env';

const functionKey = `test-key-${randomUUID()}`;
const guestEmail = `guest-${randomUUID()}@example.com`;

describe('the functions app on the local host, against Azurite', () => {
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  const call = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${host.url}${path}`, { method, headers });
  const asGuest = { 'x-functions-key': functionKey, 'x-portico-guest-email': guestEmail };

  beforeAll(async () => {
    app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    host = await startLocalFunctionsHost(functionTable(app.dependencies), { port: 0, functionKey });
    const now = new Date();
    for (const offsetHours of [48, 24]) {
      const startsAt = new Date(now.getTime() + offsetHours * 3_600_000).toISOString();
      const guests = [{ name: 'Jane', email: guestEmail, locale: 'en' as const, timeZone: 'Europe/Amsterdam' }];
      await app.dependencies.appointments.create(
        buildAppointment({ subject: `In ${offsetHours} hours`, startsAt, guests }, now),
      );
    }
  });

  afterAll(async () => {
    await host.close();
  });

  it('runs a timer function now through the admin endpoint, only with the key, as the Functions host does', async () => {
    expect((await call('/admin/functions/scheduleCalendarCatchUps', {}, 'POST')).status).toBe(401);
    expect((await call('/admin/functions/scheduleCalendarCatchUps', { 'x-functions-key': functionKey })).status).toBe(
      405,
    );
    expect((await call('/admin/functions/noSuchFunction', { 'x-functions-key': functionKey }, 'POST')).status).toBe(
      404,
    );
    expect(
      (await call('/admin/functions/scheduleCalendarCatchUps', { 'x-functions-key': functionKey }, 'POST')).status,
    ).toBe(202);
  });

  it('answers the health check without a key, checking storage', async () => {
    const response = await call('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { storage: 'ok' } });
  });

  it("lists the guest's appointments, earliest first, in the contract's shape", async () => {
    const response = await call('/api/guest/appointments', asGuest);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { appointments: { subject: string; join: { open: boolean } }[] };
    expect(body.appointments.map((a) => a.subject)).toEqual(['In 24 hours', 'In 48 hours']);
    expect(body.appointments[0]?.join.open).toBe(false);
  });

  it('shows a guest one of their own appointments by id', async () => {
    const list = (await (await call('/api/guest/appointments', asGuest)).json()) as {
      appointments: { id: string; subject: string }[];
    };
    const first = list.appointments[0];
    const response = await call(`/api/guest/appointments/${first?.id}`, asGuest);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: first?.id, subject: first?.subject });
  });

  it('answers another guest asking for that appointment exactly as for one that does not exist', async () => {
    const list = (await (await call('/api/guest/appointments', asGuest)).json()) as { appointments: { id: string }[] };
    const someoneElse = { ...asGuest, 'x-portico-guest-email': `other-${randomUUID()}@example.com` };
    const theirs = await call(`/api/guest/appointments/${list.appointments[0]?.id}`, someoneElse);
    const missing = await call(`/api/guest/appointments/${randomUUID()}`, someoneElse);
    expect(theirs.status).toBe(404);
    const [a, b] = [
      (await theirs.json()) as Record<string, unknown>,
      (await missing.json()) as Record<string, unknown>,
    ];
    expect({ ...a, instance: undefined }).toEqual({ ...b, instance: undefined });
  });

  it('refuses a caller without the function key, as the Functions host does', async () => {
    expect((await call('/api/guest/appointments', { 'x-portico-guest-email': guestEmail })).status).toBe(401);
    expect((await call('/api/guest/appointments', { ...asGuest, 'x-functions-key': 'wrong' })).status).toBe(401);
  });

  it('answers a request without a guest with a 401 problem', async () => {
    const response = await call('/api/guest/appointments', { 'x-functions-key': functionKey });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      code: 'auth.unauthenticated',
      type: 'urn:portico:problem:auth.unauthenticated',
    });
  });

  it("answers bad input with a 400 problem in the caller's language, naming the field", async () => {
    const response = await call('/api/guest/appointments?from=yesterday', { ...asGuest, 'accept-language': 'nl-NL' });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { code: string; title: string; detail: string };
    expect(problem.code).toBe('request.invalid');
    expect(problem.title).toBe('Het verzoek is niet geldig');
    expect(problem.detail).toContain('from');
  });

  it('answers unknown routes with 404 and wrong methods with 405', async () => {
    expect((await call('/api/nope')).status).toBe(404);
    expect((await call('/api/health', {}, 'DELETE')).status).toBe(405);
  });
});
