import { testAccessKey } from '../testing/test-access-key';
import type { Event } from '@microsoft/microsoft-graph-types';
import { startEmulators, type RunningEmulators } from '../emulator-server';
import { demoStaff } from './demo-staff';

const ada = demoStaff[0]?.id ?? '';
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const event = {
  subject: 'Intake',
  start: { dateTime: '2026-12-01T09:00:00', timeZone: 'UTC' },
  end: { dateTime: '2026-12-01T09:30:00', timeZone: 'UTC' },
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
};

describe('the Graph emulator', () => {
  let emulators: RunningEmulators;
  const url = (path: string) => `${emulators.url}/graph/v1.0${path}`;
  beforeAll(async () => {
    emulators = await startEmulators({ port: 0, acsAccessKey: testAccessKey });
  });
  afterAll(() => emulators.close());

  it('lists the demo staff as Graph lists users', async () => {
    const response = await fetch(url('/users'));
    expect(response.status).toBe(200);
    const { value } = (await response.json()) as { value: { id: string; displayName: string; mail: string }[] };
    expect(value.map((user) => user.id)).toEqual(demoStaff.map((member) => member.id));
    expect(value[0]).toEqual({ id: ada, displayName: demoStaff[0]?.displayName, mail: demoStaff[0]?.mail });
  });

  it('answers an unknown user as Graph does', async () => {
    const response = await fetch(url('/users/nobody/events'), json(event));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { code: 'ErrorInvalidUser', message: "The requested user 'nobody' is invalid." },
    });
  });

  it("answers each mailbox's settings in Graph's shape, with $select and Graph's 404 for an unknown user", async () => {
    const full = await fetch(url(`/users/${ada}/mailboxSettings`));
    expect(full.status).toBe(200);
    expect(await full.json()).toMatchObject({
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${ada}')/mailboxSettings`,
      timeZone: 'W. Europe Standard Time',
      language: { locale: 'nl-NL' },
      workingHours: { timeZone: { name: 'W. Europe Standard Time' } },
    });
    const noor = demoStaff[2];
    const selected = await fetch(
      url(`/users/${encodeURIComponent(noor?.mail ?? '')}/mailboxSettings?$select=timeZone`),
    );
    expect(await selected.json()).toEqual({
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${noor?.mail}')/mailboxSettings(timeZone)`,
      timeZone: 'GMT Standard Time',
    });
    const unknownProperty = await fetch(url(`/users/${ada}/mailboxSettings?$select=timeZone,shoeSize`));
    expect(unknownProperty.status).toBe(400);
    expect(await unknownProperty.json()).toMatchObject({
      error: { message: "Could not find a property named 'shoeSize' on type 'microsoft.graph.mailboxSettings'." },
    });
    const nobody = await fetch(url('/users/nobody/mailboxSettings?$select=timeZone'));
    expect(nobody.status).toBe(404);
    expect(await nobody.json()).toMatchObject({
      error: { code: 'ErrorInvalidUser', message: "The requested user 'nobody' is invalid." },
    });
  });

  it("answers a JSON batch with each request's own answer, and refuses one over Graph's 20", async () => {
    const created = (await (await fetch(url(`/users/${ada}/events`), json(event))).json()) as Event;
    const response = await fetch(
      url('/$batch'),
      json({
        requests: [
          { id: '1', method: 'GET', url: `/users/${ada}/events/${created.id ?? ''}` },
          { id: '2', method: 'GET', url: `/users/${ada}/events/no-such-event` },
        ],
      }),
    );
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as { responses: { id: string; status: number; body: unknown }[] };
    expect(responses.find((r) => r.id === '1')).toMatchObject({ status: 200, body: { id: created.id } });
    expect(responses.find((r) => r.id === '2')).toMatchObject({
      status: 404,
      body: { error: { code: 'ErrorItemNotFound' } },
    });
    const tooMany = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users' }));
    expect((await fetch(url('/$batch'), json({ requests: tooMany }))).status).toBe(400);
    const twice = [
      { id: 'a', method: 'GET', url: '/users' },
      { id: 'a', method: 'GET', url: '/users' },
    ];
    expect((await fetch(url('/$batch'), json({ requests: twice }))).status).toBe(400);
  });

  it('refuses a malformed event with 400 BadRequest', async () => {
    const response = await fetch(
      url(`/users/${ada}/events`),
      json({ ...event, start: { dateTime: 'soon', timeZone: 'UTC' } }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BadRequest' } });
  });

  it('plays a recurring series as Graph does: occurrences in views and delta, the master never, cancelled ones removed', async () => {
    const series = {
      ...event,
      subject: 'Series',
      start: { dateTime: '2027-01-04T09:00:00', timeZone: 'UTC' },
      end: { dateTime: '2027-01-04T09:30:00', timeZone: 'UTC' },
      recurrence: {
        pattern: { type: 'weekly', interval: 1 },
        range: { type: 'numbered', startDate: '2027-01-04', numberOfOccurrences: 3 },
      },
    };
    const master = (await (await fetch(url(`/users/${ada}/events`), json(series))).json()) as Event;
    expect(master).toMatchObject({ type: 'seriesMaster' });
    const window = 'startDateTime=2027-01-01T00:00:00Z&endDateTime=2027-02-01T00:00:00Z';
    const instances = (await (await fetch(url(`/users/${ada}/events/${master.id}/instances?${window}`))).json()) as {
      value: Event[];
    };
    expect(instances.value.map((o) => [o.type, o.seriesMasterId, o.start?.dateTime?.slice(0, 10)])).toEqual([
      ['occurrence', master.id, '2027-01-04'],
      ['occurrence', master.id, '2027-01-11'],
      ['occurrence', master.id, '2027-01-18'],
    ]);
    const first = await (await fetch(url(`/users/${ada}/calendarView/delta?${window}`))).json();
    const deltaLink = (first as { '@odata.deltaLink': string })['@odata.deltaLink'];
    expect((first as { value: Event[] }).value.map((e) => e.id)).toEqual(instances.value.map((o) => o.id));

    const [, second, third] = instances.value;
    const moved = await fetch(url(`/users/${ada}/events/${second?.id}`), {
      ...json({
        start: { dateTime: '2027-01-12T14:00:00', timeZone: 'UTC' },
        end: { dateTime: '2027-01-12T14:30:00', timeZone: 'UTC' },
      }),
      method: 'PATCH',
    });
    expect(await moved.json()).toMatchObject({
      type: 'exception',
      id: second?.id,
      originalStart: '2027-01-11T09:00:00.000Z',
    });
    expect((await fetch(url(`/users/${ada}/events/${third?.id}`), { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(url(`/users/${ada}/events/${third?.id}`))).status).toBe(404);
    const next = (await (await fetch(deltaLink.replace(/^.*\/v1\.0/, `${emulators.url}/graph/v1.0`))).json()) as {
      value: (Event & { '@removed'?: unknown })[];
    };
    expect(next.value.map((e) => [e.id, e['@removed'] ? 'removed' : e.type])).toEqual([
      [second?.id, 'exception'],
      [third?.id, 'removed'],
    ]);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await fetch(url(`/users/${ada}/events`), {
      ...json(event),
      headers: { 'content-type': 'application/json', authorization: 'Basic x' },
    });
    expect(response.status).toBe(401);
  });

  it('finds staff by e-mail address too, and lists events in calendarView', async () => {
    await fetch(
      url(`/users/${encodeURIComponent(demoStaff[0]?.mail ?? '')}/events`),
      json({ ...event, subject: 'By mail' }),
    );
    const view = (await (
      await fetch(url(`/users/${ada}/calendarView?startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-02T00:00:00Z`))
    ).json()) as {
      value: Event[];
    };
    expect(view.value.map((e) => e.subject)).toContain('By mail');
  });

  it('requires a time window for calendarView', async () => {
    expect((await fetch(url(`/users/${ada}/calendarView`))).status).toBe(400);
  });

  it('serves injected faults to the next requests only, with Retry-After', async () => {
    await fetch(
      `${emulators.url}/graph/_faults`,
      json({ kind: 'status', status: 429, retryAfterSeconds: 2, times: 1 }),
    );
    const throttled = await fetch(url(`/users/${ada}/events`), json(event));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect((await fetch(url(`/users/${ada}/events`), json(event))).status).toBe(201);
  });

  it('refuses a fault it does not know', async () => {
    expect(
      (await fetch(`${emulators.url}/graph/_faults`, json({ kind: 'status', status: 500, times: 1 }))).status,
    ).toBe(400);
  });
});
