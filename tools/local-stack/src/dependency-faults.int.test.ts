import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { freePort, startAzurite, type AzuriteInstance } from '@portico/azurite-launcher';
import { startChildService, type ChildService } from './child-service';
import { emulatorsService, functionsService } from './stack-services';

/**
 * Fault tests of the Functions app as it runs: its own Azurite, emulators and local host, which the
 * tests hang, restart and stop. Every answer during a fault must be a bounded 503 problem with
 * `Retry-After`, and the app must recover when the dependency does, without being restarted.
 */

const repoRoot = join(__dirname, '../../..');
/**
 * A try is abandoned after 300 ms and the request deadline is far away, so a hang is answered by the
 * per-try timeouts (the deadline has its own unit test). A request that hung would hit the client's
 * 30 s timeout and fail the test; how fast the answers come is the bench's business, not asserted.
 */
const extraEnv = { PORTICO_DEPENDENCY_TIMEOUT_MS: '300', PORTICO_REQUEST_DEADLINE_MS: '25000' };

describe('the Functions app when its dependencies fail', () => {
  let azurite: AzuriteInstance;
  let emulators: ChildService;
  let functions: ChildService;
  let emulatorsPort: number;
  let functionsUrl: string;
  const functionsKey = randomBytes(32).toString('base64url');
  const acsAccessKey = randomBytes(32).toString('base64');
  const output: string[] = [];
  const onOutput = (_name: string, line: string) => void output.push(line);
  const startEmulators = () =>
    startChildService(emulatorsService({ repoRoot, port: emulatorsPort, acsAccessKey, onOutput }));

  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${functionsUrl}/api/${path}`, {
      ...init,
      headers: { 'x-functions-key': functionsKey, ...init.headers },
      signal: AbortSignal.timeout(30_000),
    });
    return { response, body: await response.text() };
  };
  const guestList = () => call('guest/appointments', { headers: { 'x-portico-guest-email': 'jane@example.com' } });
  const eventually = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return false;
  };
  const expect503 = (answer: { response: Response; body: string }) => {
    expect(answer.response.status).toBe(503);
    expect(answer.response.headers.get('retry-after')).toBe('5');
  };

  beforeAll(async () => {
    azurite = await startAzurite();
    emulatorsPort = await freePort();
    const functionsPort = await freePort();
    functionsUrl = `http://127.0.0.1:${functionsPort}`;
    emulators = await startEmulators();
    functions = await startChildService(
      functionsService({
        repoRoot,
        port: functionsPort,
        storageConnectionString: azurite.connectionString,
        emulatorsUrl: `http://127.0.0.1:${emulatorsPort}`,
        webUrl: 'http://127.0.0.1:3000',
        functionsKey,
        acsAccessKey,
        linkSigningSecret: randomBytes(32).toString('base64url'),
        clientStateKey: randomBytes(32).toString('base64url'),
        onOutput,
        extraEnv,
      }),
    );
  });
  afterAll(async () => {
    await functions.stop();
    await emulators.stop();
    await azurite.stop();
  });

  it('answers 503 with Retry-After while storage hangs, abandoning each hung try, and recovers when it answers', async () => {
    process.kill(azurite.pid, 'SIGSTOP');
    try {
      const health = await call('health');
      expect503(health);
      expect(JSON.parse(health.body)).toEqual({ status: 'degraded', checks: { storage: 'failing' } });
      const list = await guestList();
      expect503(list);
      expect(JSON.parse(list.body)).toMatchObject({ code: 'dependency.unavailable' });
      // The per-try timeout answered, not the deadline.
      expect(output.join('\n')).toContain('Unhandled failure in listGuestAppointments: AbortError');
      expect(output.join('\n')).not.toContain('was still waiting on a dependency');
    } finally {
      process.kill(azurite.pid, 'SIGCONT');
    }
    expect(await eventually(async () => (await guestList()).response.status === 200)).toBe(true);
  });

  it('makes its tables and queues again after Azurite restarts empty, without being restarted itself', async () => {
    const ports = azurite.ports;
    await azurite.stop();
    const whileDown = await guestList();
    expect503(whileDown);
    azurite = await startAzurite({ ports });
    expect(await eventually(async () => (await guestList()).response.status === 200)).toBe(true);
    expect((await call('health')).response.status).toBe(200);
  });

  it('answers 503 while the emulators are down, and works again once they are back', async () => {
    await emulators.stop();
    const staff = {
      'x-portico-staff-id': randomUUID(),
      'x-portico-staff-name': 'Ada',
      'x-portico-staff-email': 'ada.visser@contoso.example',
      'content-type': 'application/json',
    };
    const body = JSON.stringify({
      guest: { name: 'Jane', email: 'jane@example.com', locale: 'en', timeZone: 'Europe/Amsterdam' },
      subject: 'Intake',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      durationMinutes: 30,
    });
    const create = await call('staff/appointments', { method: 'POST', headers: staff, body });
    expect([502, 503]).toContain(create.response.status);
    expect(create.response.headers.get('content-type')).toBe('application/problem+json');
    emulators = await startEmulators();
    const ada = { ...staff, 'x-portico-staff-id': '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f' };
    expect(
      await eventually(
        async () => (await call('staff/appointments', { method: 'POST', headers: ada, body })).response.status === 201,
      ),
    ).toBe(true);
  });
});
