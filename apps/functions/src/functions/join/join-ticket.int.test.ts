import { randomUUID } from 'node:crypto';
import { cancelAppointment, type Appointment } from '@portico/domain';
import { joinTicketSchema, callTokenSchema, guestAppointmentViewSchema } from '@portico/api-contract';
import { buildAppointment } from '@portico/domain/testing';
import { createIdentityClient } from '@portico/server-adapters';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';

const functionKey = `test-key-${randomUUID()}`;
const threadMeeting = {
  kind: 'thread' as const,
  threadId: '19:meeting_jointicket@thread.v2',
  messageId: '0',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  organizerId: 'a1b2c3d4-0000-4000-8000-000000000001',
};

/** The payload of a JWT, without checking it: what the calling SDK reads to know when to renew. */
const jwtPayload = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp: number; skypeid: string };

describe('join tickets, against Azurite and the ACS identity emulator', () => {
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  const post = (path: string, guestEmail: string | undefined, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/api/${path}`, {
      method: 'POST',
      headers: {
        'x-functions-key': functionKey,
        ...(guestEmail === undefined ? {} : { 'x-portico-guest-email': guestEmail }),
        ...headers,
      },
    });
  const openAppointment = async (overrides: Partial<Appointment> = {}) => {
    const email = `guest-${randomUUID()}@example.com`;
    const appointment = buildAppointment(
      {
        startsAt: new Date(Date.now() + 5 * 60_000).toISOString(),
        guests: [{ name: 'Jane Doe', email, locale: 'nl', timeZone: 'Europe/Amsterdam' }],
        ...overrides,
      },
      new Date(Date.now() - 60_000),
    );
    await app.dependencies.appointments.create(appointment);
    return { appointment, email };
  };

  beforeAll(async () => {
    app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    host = await startLocalFunctionsHost(functionTable(app.dependencies), { port: 0, functionKey });
  });
  afterAll(() => host.close());

  it('gives a guest inside the window a one-hour token, the portal-made name, the meeting and its chat thread', async () => {
    const { appointment, email } = await openAppointment({ meeting: threadMeeting });
    const response = await post(`appointments/${appointment.id}/join-ticket`, email);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const ticket = joinTicketSchema.parse(await response.json());
    expect(ticket).toMatchObject({
      displayName: 'Jane Doe (Gast)',
      locator: { meetingLink: expect.stringContaining('19%3Ameeting_jointicket%40thread.v2') },
      chatThreadId: threadMeeting.threadId,
      acsEndpoint: `${process.env['PORTICO_TEST_EMULATORS_URL']}/`,
    });
    expect(ticket.userId).toMatch(/^8:acs:/);
    const lifetimeMs = jwtPayload(ticket.token).exp * 1000 - Date.now();
    expect(lifetimeMs).toBeGreaterThan(58 * 60_000);
    expect(lifetimeMs).toBeLessThanOrEqual(60 * 60_000);
    expect(`8:${jwtPayload(ticket.token).skypeid}`).toBe(ticket.userId);
  });

  it('reuses the guest identity on rejoin and renews tokens for it only', async () => {
    const { appointment, email } = await openAppointment();
    const first = joinTicketSchema.parse(
      await (await post(`appointments/${appointment.id}/join-ticket`, email)).json(),
    );
    const again = joinTicketSchema.parse(
      await (await post(`appointments/${appointment.id}/join-ticket`, email)).json(),
    );
    expect(again.userId).toBe(first.userId);
    expect(again.locator).toEqual({ meetingId: '2345678901234', passcode: 'Ab12Cd34' });
    expect(again.chatThreadId).toBeUndefined();
    const refreshed = await post(`appointments/${appointment.id}/join-ticket/refresh`, email);
    expect(refreshed.status).toBe(200);
    const token = callTokenSchema.parse(await refreshed.json());
    expect(`8:${jwtPayload(token.token).skypeid}`).toBe(first.userId);
  });

  it('gives two tabs racing to a first join one identity', async () => {
    const { appointment, email } = await openAppointment();
    const tickets = await Promise.all(
      [1, 2, 3].map(async () =>
        joinTicketSchema.parse(await (await post(`appointments/${appointment.id}/join-ticket`, email)).json()),
      ),
    );
    expect(new Set(tickets.map((t) => t.userId)).size).toBe(1);
  });

  it('refuses a second guest, with the same answer as for an appointment that does not exist', async () => {
    const { appointment } = await openAppointment();
    const other = await openAppointment();
    for (const path of [
      `appointments/${appointment.id}/join-ticket`,
      `appointments/${appointment.id}/join-ticket/refresh`,
    ]) {
      const response = await post(path, other.email);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'appointment.not-found' });
    }
    expect((await post(`appointments/${randomUUID()}/join-ticket`, other.email)).status).toBe(404);
    expect((await post(`appointments/${appointment.id}/join-ticket`, undefined)).status).toBe(401);
  });

  it('refuses before the window opens, after cancellation, and renews nothing once cancelled', async () => {
    const early = await openAppointment({ startsAt: new Date(Date.now() + 3 * 60 * 60_000).toISOString() });
    const tooEarly = await post(`appointments/${early.appointment.id}/join-ticket`, early.email, {
      'accept-language': 'en',
    });
    expect(tooEarly.status).toBe(403);
    expect(await tooEarly.json()).toMatchObject({ code: 'join.not-yet-open', title: 'It is too early to join' });

    const { appointment, email } = await openAppointment();
    expect((await post(`appointments/${appointment.id}/join-ticket`, email)).status).toBe(200);
    const stored = await app.dependencies.appointments.get(appointment.id);
    if (!stored) throw new Error('appointment vanished');
    const cancelled = cancelAppointment(stored.appointment, new Date());
    if (!cancelled.ok) throw new Error('cancel failed');
    await app.dependencies.appointments.update(cancelled.value, stored.etag);
    for (const path of [
      `appointments/${appointment.id}/join-ticket`,
      `appointments/${appointment.id}/join-ticket/refresh`,
    ]) {
      const response = await post(path, email);
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ code: 'appointment.cancelled' });
    }
  });

  it('mints a new identity when the identity service has lost the stored one, instead of failing for ever', async () => {
    const { appointment, email } = await openAppointment();
    const first = joinTicketSchema.parse(
      await (await post(`appointments/${appointment.id}/join-ticket`, email)).json(),
    );
    const acs = createIdentityClient({
      kind: 'connection-string',
      connectionString: integrationFunctionsEnv(functionKey)['PORTICO_ACS_CONNECTION_STRING'] ?? '',
    });
    await acs.deleteUser({ communicationUserId: first.userId });

    const lostRefresh = await post(`appointments/${appointment.id}/join-ticket/refresh`, email);
    expect(lostRefresh.status).toBe(401);
    expect(await lostRefresh.json()).toMatchObject({ code: 'call.ticket-refused' });

    const rejoin = await post(`appointments/${appointment.id}/join-ticket`, email);
    expect(rejoin.status).toBe(200);
    const second = joinTicketSchema.parse(await rejoin.json());
    expect(second.userId).not.toBe(first.userId);
    expect(`8:${jwtPayload(second.token).skypeid}`).toBe(second.userId);
    const refreshed = await post(`appointments/${appointment.id}/join-ticket/refresh`, email);
    expect(refreshed.status).toBe(200);
    expect(`8:${jwtPayload(callTokenSchema.parse(await refreshed.json()).token).skypeid}`).toBe(second.userId);
  });

  it('keeps renewing for a guest in an overrunning call up to the hard cap, lets a guest who dropped rejoin for the grace period, and refuses a first join', async () => {
    const email = `guest-${randomUUID()}@example.com`;
    const neverJoined = `late-${randomUUID()}@example.com`;
    const { appointment } = await openAppointment({
      guests: [
        { name: 'Jane Doe', email, locale: 'nl', timeZone: 'Europe/Amsterdam' },
        { name: 'Sam Baker', email: neverJoined, locale: 'en', timeZone: 'Europe/London' },
      ],
    });
    expect((await post(`appointments/${appointment.id}/join-ticket`, email)).status).toBe(200);
    let endsAt = new Date();
    const setTimes = async (endedMinutesAgo: number) => {
      const stored = await app.dependencies.appointments.get(appointment.id);
      if (!stored) throw new Error('appointment vanished');
      endsAt = new Date(Date.now() - endedMinutesAgo * 60_000);
      // Time passing, not a reschedule: the appointment ran as planned and the clock moved on.
      await app.dependencies.appointments.update(
        {
          ...stored.appointment,
          startsAt: new Date(endsAt.getTime() - 30 * 60_000).toISOString(),
          endsAt: endsAt.toISOString(),
        },
        stored.etag,
      );
    };
    await setTimes(45);
    const firstJoin = await post(`appointments/${appointment.id}/join-ticket`, neverJoined);
    expect(firstJoin.status).toBe(403);
    expect(await firstJoin.json()).toMatchObject({ code: 'join.closed' });
    const windowFor = async (guestEmail: string) => {
      const response = await fetch(`${host.url}/api/guest/appointments/${appointment.id}`, {
        headers: { 'x-functions-key': functionKey, 'x-portico-guest-email': guestEmail },
      });
      return guestAppointmentViewSchema.parse(await response.json()).join;
    };
    expect(await windowFor(neverJoined)).toEqual({ open: false, reason: 'closed' });
    expect(await windowFor(email)).toEqual({
      open: true,
      closesAt: new Date(endsAt.getTime() + 120 * 60_000).toISOString(),
    });
    const rejoin = await post(`appointments/${appointment.id}/join-ticket`, email);
    expect(rejoin.status).toBe(200);
    expect(joinTicketSchema.parse(await rejoin.json()).closesAt).toBe(
      new Date(endsAt.getTime() + 120 * 60_000).toISOString(),
    );
    const inCall = await post(`appointments/${appointment.id}/join-ticket/refresh`, email);
    expect(inCall.status).toBe(200);
    expect(jwtPayload(callTokenSchema.parse(await inCall.json()).token).exp * 1000).toBeGreaterThan(Date.now());

    await setTimes(121);
    const pastGrace = await post(`appointments/${appointment.id}/join-ticket`, email);
    expect(pastGrace.status).toBe(403);
    expect(await pastGrace.json()).toMatchObject({ code: 'join.closed' });
    expect((await post(`appointments/${appointment.id}/join-ticket/refresh`, email)).status).toBe(200);

    await setTimes(241);
    const pastCap = await post(`appointments/${appointment.id}/join-ticket/refresh`, email);
    expect(pastCap.status).toBe(403);
    expect(await pastCap.json()).toMatchObject({ code: 'join.closed' });
  });

  it('refuses to renew a token for a guest who never joined', async () => {
    const { appointment, email } = await openAppointment();
    const response = await post(`appointments/${appointment.id}/join-ticket/refresh`, email);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'call.ticket-refused' });
  });

  it('answers a problem, never a stack trace, when the identity service refuses the portal key', async () => {
    const wrongKey = composeFunctionsApp({
      ...integrationFunctionsEnv(functionKey),
      PORTICO_ACS_CONNECTION_STRING: `endpoint=${process.env['PORTICO_TEST_EMULATORS_URL']}/;accesskey=${Buffer.alloc(32, 3).toString('base64')}`,
    });
    const wrongHost = await startLocalFunctionsHost(functionTable(wrongKey.dependencies), { port: 0, functionKey });
    try {
      const { appointment, email } = await openAppointment();
      const response = await fetch(`${wrongHost.url}/api/appointments/${appointment.id}/join-ticket`, {
        method: 'POST',
        headers: { 'x-functions-key': functionKey, 'x-portico-guest-email': email },
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ code: 'internal.unexpected' });
    } finally {
      await wrongHost.close();
    }
  });
});
