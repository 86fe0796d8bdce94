import { randomUUID } from 'node:crypto';
import { InvocationContext, type Timer } from '@azure/functions';
import { frontDeskViewSchema, presenceReplySchema } from '@portico/api-contract';
import { buildAppointment } from '@portico/domain/testing';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';
import { removeStalePresence } from './front-desk-functions';

const functionKey = `test-key-${randomUUID()}`;

describe('the front desk: guests’ presence and notes for those waiting, against Azurite', () => {
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  const call = (path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(`${host.url}/api/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'x-functions-key': functionKey, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const asGuest = (email: string) => ({ 'x-portico-guest-email': email });
  const asStaff = (staff: { id: string; name: string; email: string }) => ({
    'x-portico-staff-id': staff.id,
    'x-portico-staff-name': encodeURIComponent(staff.name),
    'x-portico-staff-email': staff.email,
  });
  const appointmentWithGuest = async () => {
    const email = `guest-${randomUUID()}@example.com`;
    const organiser = { id: randomUUID(), name: 'Dr. Ada Visser', email: 'ada@contoso.example' };
    const appointment = buildAppointment({
      organiser,
      guests: [{ name: 'Jane Doe', email, locale: 'en', timeZone: 'Europe/London' }],
    });
    await app.dependencies.appointments.create(appointment);
    return { appointment, email, organiser };
  };
  const frontDesk = async (staff: { id: string; name: string; email: string }) =>
    frontDeskViewSchema.parse(await (await call('staff/front-desk', asStaff(staff))).json());

  beforeAll(async () => {
    app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    host = await startLocalFunctionsHost(functionTable(app.dependencies), { port: 0, functionKey });
  });
  afterAll(() => host.close());

  it('shows the organiser where their guest is, and gives the waiting guest the note staff left', async () => {
    const { appointment, email, organiser } = await appointmentWithGuest();
    const report = async (phase: string) => {
      const response = await call(`appointments/${appointment.id}/presence`, asGuest(email), { phase });
      expect(response.status).toBe(200);
      return presenceReplySchema.parse(await response.json());
    };
    expect(await report('device-check')).toEqual({ nextReportInSeconds: 10, lobbyMessage: null });
    expect((await frontDesk(organiser)).guests).toEqual([
      {
        appointmentId: appointment.id,
        subject: 'Intake',
        guestName: 'Jane Doe',
        state: 'device-check',
        since: expect.any(String),
      },
    ]);
    const waiting = await report('lobby');
    expect(waiting.nextReportInSeconds).toBe(5);
    const since = (await frontDesk(organiser)).guests[0]?.since;
    await report('lobby');
    expect((await frontDesk(organiser)).guests).toEqual([
      { appointmentId: appointment.id, subject: 'Intake', guestName: 'Jane Doe', state: 'lobby', since },
    ]);

    const posted = await call(`staff/appointments/${appointment.id}/lobby-message`, asStaff(organiser), {
      text: ' Running 10 minutes late ',
    });
    expect(posted.status).toBe(204);
    expect((await report('lobby')).lobbyMessage).toEqual({
      text: 'Running 10 minutes late',
      from: 'Dr. Ada Visser',
      sentAt: expect.any(String),
    });
    expect((await frontDesk(organiser)).lobbyMessages).toEqual([
      expect.objectContaining({ appointmentId: appointment.id, text: 'Running 10 minutes late' }),
    ]);
    await report('in-call');
    await report('left');
    expect((await frontDesk(organiser)).guests.map((guest) => guest.state)).toEqual(['left']);
  });

  it('keeps each organiser’s desk to their own guests, and refuses strangers and bad input with problems', async () => {
    const { appointment, email, organiser } = await appointmentWithGuest();
    const other = { id: randomUUID(), name: 'Sam Jansen', email: 'sam@contoso.example' };
    await call(`appointments/${appointment.id}/presence`, asGuest(email), { phase: 'lobby' });
    expect((await frontDesk(other)).guests).toEqual([]);
    const refusals = [
      [await call(`appointments/${appointment.id}/presence`, {}, { phase: 'lobby' }), 401],
      [await call(`appointments/${appointment.id}/presence`, asGuest('eve@example.com'), { phase: 'lobby' }), 404],
      [await call(`appointments/${randomUUID()}/presence`, asGuest(email), { phase: 'lobby' }), 404],
      [await call(`appointments/${appointment.id}/presence`, asGuest(email), { phase: 'dancing' }), 400],
      [await call(`staff/appointments/${appointment.id}/lobby-message`, asStaff(other), { text: 'Late' }), 404],
      [await call(`staff/appointments/${appointment.id}/lobby-message`, asStaff(organiser), { text: 'a\nb' }), 400],
      [await call(`staff/appointments/${appointment.id}/lobby-message`, asStaff(organiser), { text: 42 }), 400],
      [await call('staff/front-desk', {}), 401],
    ] as const;
    for (const [response, status] of refusals) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await frontDesk(organiser)).lobbyMessages).toEqual([]);
  });

  it('forgets the board a day later, by the daily timer', async () => {
    const { appointment, email, organiser } = await appointmentWithGuest();
    await call(`appointments/${appointment.id}/presence`, asGuest(email), { phase: 'lobby' });
    expect((await frontDesk(organiser)).guests).toHaveLength(1);
    const tomorrow = new Date(Date.now() + 25 * 60 * 60_000);
    await removeStalePresence({ ...app.dependencies, clock: () => tomorrow })(
      {} as Timer,
      new InvocationContext({ logHandler: () => undefined }),
    );
    expect((await frontDesk(organiser)).guests).toEqual([]);
  });
});
