import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { buildAppointment } from '@portico/domain/testing';
import { composeFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';

/**
 * Join tickets under the load the bench puts on them (200 connections at once, 4,000 tickets, the
 * first of each guest racing to mint an identity): every one must be issued. This asserts
 * correctness, never speed; the bench measures how fast.
 *
 * The client waits up to 30 s for an answer, not autocannon's default 10 s: on this 2-core machine
 * the host is saturated, and Node accepts one new connection per event-loop turn, so the last of
 * 200 connections opened at once is only read after several seconds (the handler itself answers
 * within half a second). With a 10 s client timeout those few were counted as failed tickets.
 */
describe('join tickets under 200 concurrent connections', () => {
  const functionKey = `test-key-${randomUUID()}`;
  const app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
  const loggedErrors: string[] = [];
  let host: RunningLocalHost;

  beforeAll(async () => {
    await app.prepareLocalStorage();
    host = await startLocalFunctionsHost(functionTable(app.dependencies), {
      port: 0,
      functionKey,
      log: (line) => void (line.includes('error') && loggedErrors.push(line)),
    });
  });
  afterAll(() => host.close());

  it('issues every ticket, for guests rejoining and for guests joining for the first time at once', async () => {
    const guests = Array.from({ length: 20 }, (_, i) => ({
      name: `Guest ${i}`,
      email: `load-${i}-${randomUUID()}@example.com`,
      locale: 'en' as const,
      timeZone: 'Europe/Amsterdam',
    }));
    const appointment = buildAppointment(
      { startsAt: new Date(Date.now() + 5 * 60_000).toISOString(), guests },
      new Date(Date.now() - 60_000),
    );
    await app.dependencies.appointments.create(appointment);
    const statuses = new Map<number, number>();
    const result = await autocannon({
      url: `${host.url}/api/appointments/${appointment.id}/join-ticket`,
      method: 'POST',
      connections: 200,
      amount: 4000,
      timeout: 30,
      requests: guests.map((guest) => ({
        method: 'POST',
        headers: { 'x-functions-key': functionKey, 'x-portico-guest-email': guest.email },
      })),
      setupClient: (client) =>
        client.on('response', (status: number) => void statuses.set(status, (statuses.get(status) ?? 0) + 1)),
    });
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, loggedErrors }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      loggedErrors: [],
    });
    expect(Object.fromEntries(statuses)).toEqual({ 200: 4000 });
  }, 120_000);
});
