import { randomUUID } from 'node:crypto';
import type { StaffAppointmentView } from '@portico/api-contract';
import { composeFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';

const functionKey = `test-key-${randomUUID()}`;
// Two of the Graph emulator's demo staff.
const ada = { id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
const sam = { id: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f', name: 'Sam de Boer', email: 'sam.deboer@contoso.example' };
const gccHighLink =
  'https://gov.teams.microsoft.us/l/meetup-join/19%3Ameeting_abc%40thread.v2/0?context=%7B%22Tid%22%3A%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2C%22Oid%22%3A%224b5c6d7e-1f2a-4b3c-9d8e-7f6a5b4c3d2e%22%7D';

const inDays = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

describe('the staff appointments API, against Azurite and the Graph emulator', () => {
  let host: RunningLocalHost;
  const emulators = () => process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';

  function call(
    path: string,
    options: { method?: string; staff?: typeof ada; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const staff = options.staff ?? ada;
    return fetch(`${host.url}/api/${path}`, {
      method: options.method ?? 'GET',
      headers: {
        'x-functions-key': functionKey,
        'x-portico-staff-id': staff.id,
        'x-portico-staff-name': encodeURIComponent(staff.name),
        'x-portico-staff-email': staff.email,
        'content-type': 'application/json',
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  }

  const newAppointment = (overrides: Record<string, unknown> = {}) => ({
    guest: { name: 'Jane Doe', email: `jane-${randomUUID()}@example.com`, locale: 'en', timeZone: 'Europe/London' },
    subject: 'Intake',
    startsAt: inDays(3),
    durationMinutes: 30,
    ...overrides,
  });

  async function create(overrides: Record<string, unknown> = {}): Promise<StaffAppointmentView> {
    const response = await call('staff/appointments', { method: 'POST', body: newAppointment(overrides) });
    expect(response.status).toBe(201);
    return (await response.json()) as StaffAppointmentView;
  }

  beforeAll(async () => {
    const app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    host = await startLocalFunctionsHost(functionTable(app.dependencies), { port: 0, functionKey });
  });

  afterAll(() => host.close());

  it("creates the appointment with a Teams meeting in the organiser's calendar", async () => {
    const created = await create();
    expect(created).toMatchObject({ origin: 'portal', status: 'scheduled', subject: 'Intake' });
    const joinUrl = 'meetingLink' in created.locator ? created.locator.meetingLink : '';
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const view = await fetch(
      `${emulators()}/graph/v1.0/users/${ada.id}/calendarView?startDateTime=${created.startsAt}&endDateTime=${created.endsAt}`,
    );
    expect(
      ((await view.json()) as { value: { onlineMeeting: { joinUrl: string } }[] }).value.map(
        (e) => e.onlineMeeting.joinUrl,
      ),
    ).toContain(joinUrl);
  });

  it('answers a retried create with the same Idempotency-Key with the same appointment', async () => {
    const key = randomUUID();
    const body = newAppointment({ startsAt: inDays(4) });
    const first = await call('staff/appointments', { method: 'POST', body, headers: { 'idempotency-key': key } });
    const second = await call('staff/appointments', { method: 'POST', body, headers: { 'idempotency-key': key } });
    expect([first.status, second.status]).toEqual([201, 200]);
    const [a, b] = [(await first.json()) as StaffAppointmentView, (await second.json()) as StaffAppointmentView];
    expect(b.id).toBe(a.id);
    expect(b.locator).toEqual(a.locator);
  });

  it('refuses control and bidi characters in a subject, a guest name or a note, before any meeting is made', async () => {
    for (const overrides of [
      { subject: 'Intake\r\nBcc: eve@example.com' },
      { guest: { ...newAppointment().guest, name: 'Jane\u202eeod' } },
      { note: 'Bring your card \u0007' },
    ]) {
      const response = await call('staff/appointments', { method: 'POST', body: newAppointment(overrides) });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        code: 'request.invalid',
        detail: expect.stringContaining('must not contain control, bidi or invisible characters'),
      });
    }
    const multiline = await call('staff/appointments', {
      method: 'POST',
      body: newAppointment({ note: 'Line one\r\nLine two', startsAt: inDays(4, 14) }),
    });
    expect(multiline.status).toBe(201);
  });

  it('says nothing about another organiser’s appointment, whatever Idempotency-Key is sent', async () => {
    const adas = await create({ startsAt: inDays(4, 11) });
    for (const key of [adas.id, randomUUID()]) {
      const response = await call('staff/appointments', {
        method: 'POST',
        staff: sam,
        body: newAppointment({ startsAt: inDays(4, 12) }),
        headers: { 'idempotency-key': key },
      });
      expect(response.status).toBe(201);
      expect(((await response.json()) as StaffAppointmentView).id).not.toBe(adas.id);
    }
  });

  it("lists the organiser's own appointments in a range, and no one else's", async () => {
    const mine = await create({ startsAt: inDays(5) });
    const response = await call(`staff/appointments?from=${inDays(5, 0)}&to=${inDays(6, 0)}`);
    const ids = ((await response.json()) as { appointments: StaffAppointmentView[] }).appointments.map((a) => a.id);
    expect(ids).toContain(mine.id);
    const sams = await call(`staff/appointments?from=${inDays(5, 0)}&to=${inDays(6, 0)}`, { staff: sam });
    expect(
      ((await sams.json()) as { appointments: StaffAppointmentView[] }).appointments.map((a) => a.id),
    ).not.toContain(mine.id);
  });

  it('reschedules with the current version, and refuses a missing or stale one', async () => {
    const created = await create({ startsAt: inDays(6) });
    const move = { startsAt: inDays(7, 14), durationMinutes: 45 };
    const missing = await call(`staff/appointments/${created.id}/reschedule`, { method: 'POST', body: move });
    expect(missing.status).toBe(428);
    const moved = await call(`staff/appointments/${created.id}/reschedule`, {
      method: 'POST',
      body: move,
      headers: { 'if-match': created.etag },
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ status: 'rescheduled', startsAt: inDays(7, 14) });
    const stale = await call(`staff/appointments/${created.id}/reschedule`, {
      method: 'POST',
      body: move,
      headers: { 'if-match': created.etag },
    });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: 'appointment.conflict' });
  });

  it('cancels the appointment at once, with a time to undo it; a cancelled one cannot be moved', async () => {
    const created = await create({ startsAt: inDays(8) });
    const cancelled = await call(`staff/appointments/${created.id}/cancel`, {
      method: 'POST',
      headers: { 'if-match': created.etag },
    });
    expect(cancelled.status).toBe(200);
    const view = (await cancelled.json()) as StaffAppointmentView;
    expect(view.status).toBe('cancelled');
    expect(Date.parse(view.undoCancelUntil ?? '')).toBeGreaterThan(Date.now());
    const move = await call(`staff/appointments/${created.id}/reschedule`, {
      method: 'POST',
      body: { startsAt: inDays(9), durationMinutes: 30 },
      headers: { 'if-match': view.etag },
    });
    expect(await move.json()).toMatchObject({ status: 409, code: 'appointment.cancelled' });
  });

  it("hides another organiser's appointment behind 404", async () => {
    const created = await create({ startsAt: inDays(10) });
    const response = await call(`staff/appointments/${created.id}/cancel`, {
      method: 'POST',
      staff: sam,
      headers: { 'if-match': created.etag },
    });
    expect(response.status).toBe(404);
  });

  it('imports a meeting from a pasted link, and refuses a GCC High link in Dutch', async () => {
    const imported = await call('staff/appointments/import', {
      method: 'POST',
      body: newAppointment({ startsAt: inDays(11), meetingLink: 'Meeting ID: 234 567 890 123 4 Passcode: Ab12Cd34' }),
    });
    expect(imported.status).toBe(201);
    expect(await imported.json()).toMatchObject({
      origin: 'import',
      // A meeting given by ID is joined by ID and passcode: there is no link to show for it.
      locator: { meetingId: '2345678901234', passcode: 'Ab12Cd34' },
    });
    const refused = await call('staff/appointments/import', {
      method: 'POST',
      body: newAppointment({ startsAt: inDays(11), meetingLink: gccHighLink }),
      headers: { 'accept-language': 'nl' },
    });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      code: 'meeting-link.government-cloud',
      title: 'Vergaderingen in een overheidscloud worden niet ondersteund',
    });
  });

  it('answers bad input with a problem naming the field, and leaves no meeting behind', async () => {
    const response = await call('staff/appointments', {
      method: 'POST',
      body: newAppointment({ durationMinutes: 0, startsAt: inDays(12) }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toContain('durationMinutes');
    const past = await call('staff/appointments', { method: 'POST', body: newAppointment({ startsAt: inDays(-2) }) });
    expect(await past.json()).toMatchObject({ code: 'appointment.in-past' });
    const view = await fetch(
      `${emulators()}/graph/v1.0/users/${ada.id}/calendarView?startDateTime=${inDays(-3, 0)}&endDateTime=${inDays(-1, 0)}`,
    );
    expect(((await view.json()) as { value: unknown[] }).value).toEqual([]);
    const notJson = await call('staff/appointments', {
      method: 'POST',
      body: undefined,
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(400);
  });

  it('refuses a caller without a staff identity, and a guest name that poses as staff', async () => {
    const anonymous = await fetch(`${host.url}/api/staff/appointments?from=${inDays(1, 0)}&to=${inDays(2, 0)}`, {
      headers: { 'x-functions-key': functionKey },
    });
    expect(anonymous.status).toBe(401);
    const response = await call('staff/appointments', {
      method: 'POST',
      body: newAppointment({
        guest: { name: '   ', email: 'x@example.com', locale: 'en', timeZone: 'UTC' },
        startsAt: inDays(12),
      }),
    });
    expect(response.status).toBe(400);
  });
});
