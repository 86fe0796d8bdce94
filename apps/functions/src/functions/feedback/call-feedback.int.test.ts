import { randomUUID } from 'node:crypto';
import { buildAppointment } from '@portico/domain/testing';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';
import { toStaffAppointmentView } from '../staff/staff-appointment-view';

const functionKey = `test-key-${randomUUID()}`;

describe('call feedback, against Azurite', () => {
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  const give = (appointmentId: string, guestEmail: string | undefined, body: unknown) =>
    fetch(`${host.url}/api/appointments/${appointmentId}/feedback`, {
      method: 'POST',
      headers: {
        'x-functions-key': functionKey,
        'content-type': 'application/json',
        ...(guestEmail === undefined ? {} : { 'x-portico-guest-email': guestEmail }),
      },
      body: JSON.stringify(body),
    });
  const appointmentFor = async () => {
    const email = `guest-${randomUUID()}@example.com`;
    const appointment = buildAppointment(
      {
        startsAt: new Date(Date.now() - 30 * 60_000).toISOString(),
        guests: [{ name: 'Jane Doe', email, locale: 'en', timeZone: 'Europe/London' }],
      },
      new Date(Date.now() - 60 * 60_000),
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

  it('keeps a guest’s rating and comment on the appointment, where the organiser sees it', async () => {
    const { appointment, email } = await appointmentFor();
    expect((await give(appointment.id, email, { rating: 4, comment: 'Clear sound, slow start.' })).status).toBe(204);
    expect((await give(appointment.id, email, { rating: 5 })).status).toBe(204);
    const stored = await app.dependencies.appointments.get(appointment.id);
    if (!stored) throw new Error('stored appointment');
    expect(toStaffAppointmentView(stored).feedback).toEqual([
      { guestName: 'Jane Doe', rating: 5, givenAt: expect.any(String) },
    ]);
  });

  it('refuses anyone not signed in or not a guest, and answers a bad rating with a problem, not a 500', async () => {
    const { appointment, email } = await appointmentFor();
    expect((await give(appointment.id, undefined, { rating: 3 })).status).toBe(401);
    expect((await give(appointment.id, 'eve@example.com', { rating: 3 })).status).toBe(404);
    for (const body of [{ rating: 9 }, { rating: '5' }, { rating: 3, comment: 'x'.repeat(1001) }, {}]) {
      const refused = await give(appointment.id, email, body);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
    const stored = await app.dependencies.appointments.get(appointment.id);
    expect(stored?.appointment.feedback).toBeUndefined();
  });
});
