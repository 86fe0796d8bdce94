import { porticoError } from '@portico/domain';
import { FunctionsApiClient } from './functions-api-client';
import { toProblemDetails } from '@portico/api-contract';

interface Call {
  url: string;
  headers: Record<string, string>;
}

function clientAnswering(answer: () => Promise<Response>): { client: FunctionsApiClient; calls: Call[] } {
  const calls: Call[] = [];
  const fakeFetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, headers: init.headers as Record<string, string> });
    return answer();
  }) as typeof fetch;
  return { client: new FunctionsApiClient('http://127.0.0.1:7071', 'key-'.repeat(10), fakeFetch), calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const view = {
  id: 'a1',
  subject: 'Intake',
  organiserName: 'Dr. Ada Visser',
  startsAt: '2026-12-01T09:00:00.000Z',
  endsAt: '2026-12-01T09:30:00.000Z',
  timeZone: 'Europe/Amsterdam',
  status: 'scheduled',
  join: { open: false, reason: 'not-yet-open', opensAt: '2026-12-01T08:45:00.000Z' },
};

describe('FunctionsApiClient.getGuestAppointment', () => {
  it('asks for the one appointment by its encoded id and checks the answer', async () => {
    const { client, calls } = clientAnswering(async () => json(200, view));
    expect(await client.getGuestAppointment('jane@example.com', 'a/1', 'en')).toEqual({ ok: true, value: view });
    expect(calls[0]?.url).toBe('http://127.0.0.1:7071/api/guest/appointments/a%2F1');
  });

  it('passes on not-found as an error value', async () => {
    const { client } = clientAnswering(async () =>
      json(404, toProblemDetails(porticoError('appointment.not-found'), 'en')),
    );
    expect(await client.getGuestAppointment('jane@example.com', 'x', 'en')).toEqual({
      ok: false,
      error: { code: 'appointment.not-found' },
    });
  });
});

describe('FunctionsApiClient.listGuestAppointments', () => {
  it('asks with the function key, the guest and the language, and returns the checked list', async () => {
    const { client, calls } = clientAnswering(async () => json(200, { appointments: [view] }));
    expect(await client.listGuestAppointments('jane@example.com', 'nl')).toEqual({
      ok: true,
      value: { appointments: [view] },
    });
    expect(calls).toEqual([
      {
        url: 'http://127.0.0.1:7071/api/guest/appointments',
        headers: {
          'x-portico-guest-email': 'jane@example.com',
          'accept-language': 'nl',
          'x-functions-key': 'key-'.repeat(10),
          accept: 'application/json',
        },
      },
    ]);
  });

  it("passes on the API's problem as an error value", async () => {
    const problem = toProblemDetails(porticoError('auth.unauthenticated'), 'en');
    const { client } = clientAnswering(async () => json(401, problem));
    expect(await client.listGuestAppointments('jane@example.com', 'en')).toEqual({
      ok: false,
      error: { code: 'auth.unauthenticated' },
    });
  });

  it.each([
    ['the API cannot be reached', async () => Promise.reject(new TypeError('fetch failed'))],
    [
      'the API answers something outside the contract',
      async () => json(200, { appointments: [{ ...view, status: 'exploded' }] }),
    ],
    [
      'the API answers an error page that is not a problem',
      async () => new Response('<html>502</html>', { status: 502 }),
    ],
  ])('reports the dependency as unavailable when %s', async (_name, answer) => {
    const { client } = clientAnswering(answer);
    expect(await client.listGuestAppointments('jane@example.com', 'en')).toEqual({
      ok: false,
      error: { code: 'dependency.unavailable' },
    });
  });
});

describe('FunctionsApiClient staff and sign-in calls', () => {
  const staff = { id: 'staff-1', name: 'Dr. Ada Visser', email: 'ada@contoso.example' };
  const staffView = {
    id: 'a1',
    etag: 'W/"1"',
    origin: 'portal',
    subject: 'Intake',
    startsAt: '2026-12-01T09:00:00.000Z',
    endsAt: '2026-12-01T09:30:00.000Z',
    status: 'scheduled',
    guests: [{ name: 'Jane', email: 'jane@example.com', locale: 'en', timeZone: 'Europe/Amsterdam' }],
    locator: { meetingLink: 'https://teams.microsoft.com/l/meetup-join/x' },
    feedback: [{ guestName: 'Jane', rating: 4, givenAt: '2026-12-01T09:35:00.000Z' }],
  };

  it('vouches for the staff member, with the name percent-encoded, and names the version it changes', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return json(200, staffView);
    }) as typeof fetch;
    const client = new FunctionsApiClient('http://127.0.0.1:7071', 'key-'.repeat(10), fakeFetch);
    const result = await client.rescheduleAppointment(
      staff,
      'a1',
      'W/"1"',
      { startsAt: '2026-12-02T09:00:00Z', durationMinutes: 30 },
      'nl',
    );
    expect(result).toEqual({ ok: true, value: staffView });
    expect(calls[0]?.url).toBe('http://127.0.0.1:7071/api/staff/appointments/a1/reschedule');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toMatchObject({
      'x-portico-staff-id': 'staff-1',
      'x-portico-staff-name': 'Dr.%20Ada%20Visser',
      'if-match': 'W/"1"',
      'accept-language': 'nl',
      'content-type': 'application/json',
    });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ startsAt: '2026-12-02T09:00:00Z', durationMinutes: 30 });
  });

  it('undoes a cancellation under the cancelled version, and passes on "too late" as an error value', async () => {
    const cancelled = { ...staffView, status: 'cancelled', undoCancelUntil: '2026-11-30T10:00:30.000Z' };
    const { client, calls } = clientAnswering(async () => json(200, { ...cancelled, status: 'scheduled' }));
    const undone = await client.undoCancelAppointment(staff, 'a1', 'W/"2"', 'en');
    expect(undone.ok && undone.value.status).toBe('scheduled');
    expect(calls[0]?.url).toBe('http://127.0.0.1:7071/api/staff/appointments/a1/undo-cancel');
    expect(calls[0]?.headers).toMatchObject({ 'x-portico-staff-id': 'staff-1', 'if-match': 'W/"2"' });
    const { client: late } = clientAnswering(async () =>
      json(409, toProblemDetails(porticoError('appointment.undo-expired'), 'en')),
    );
    expect(await late.undoCancelAppointment(staff, 'a1', 'W/"2"', 'en')).toEqual({
      ok: false,
      error: { code: 'appointment.undo-expired' },
    });
  });

  it("asks for the staff member's own settings and refuses a time zone this runtime does not know", async () => {
    const settings = { timeZone: 'Europe/London', timeZoneSource: 'mailbox' };
    const { client, calls } = clientAnswering(async () => json(200, settings));
    expect(await client.getStaffSettings(staff, 'en')).toEqual({ ok: true, value: settings });
    expect(calls[0]?.url).toBe('http://127.0.0.1:7071/api/staff/me/settings');
    expect(calls[0]?.headers).toMatchObject({ 'x-portico-staff-id': 'staff-1' });
    const { client: unknownZone } = clientAnswering(async () =>
      json(200, { timeZone: 'Mars/Olympus', timeZoneSource: 'mailbox' }),
    );
    expect(await unknownZone.getStaffSettings(staff, 'en')).toEqual({
      ok: false,
      error: { code: 'dependency.unavailable' },
    });
  });

  it('passes on a refused sign-in link as an error value', async () => {
    const { client } = clientAnswering(async () =>
      json(410, toProblemDetails(porticoError('sign-in.link-invalid'), 'en')),
    );
    expect(await client.redeemSignInLink('used', 'en')).toEqual({ ok: false, error: { code: 'sign-in.link-invalid' } });
  });
});
