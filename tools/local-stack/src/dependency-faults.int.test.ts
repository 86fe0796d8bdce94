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
/** The app's bounds in this suite: a try is abandoned after 400 ms, a request answered by 1.5 s. */
const requestDeadlineMs = 1500;
/** What a bounded answer may take here: the deadline plus the machine's own slack. */
const boundMs = requestDeadlineMs + 2500;

describe('the Functions app when its dependencies fail', () => {
  let azurite: AzuriteInstance;
  let emulators: ChildService;
  let functions: ChildService;
  let emulatorsPort: number;
  let functionsUrl: string;
  const functionsKey = randomBytes(32).toString('base64url');
  const acsAccessKey = randomBytes(32).toString('base64');
  const onOutput = (_name: string, line: string) => void (process.env['PORTICO_FAULTS_VERBOSE'] && console.log(line));
  const startEmulators = () =>
    startChildService(emulatorsService({ repoRoot, port: emulatorsPort, acsAccessKey, onOutput }));

  const timed = async (path: string, init: RequestInit = {}) => {
    const started = Date.now();
    const response = await fetch(`${functionsUrl}/api/${path}`, {
      ...init,
      headers: { 'x-functions-key': functionsKey, ...init.headers },
      signal: AbortSignal.timeout(30_000),
    });
    return { response, ms: Date.now() - started, body: await response.text() };
  };
  const guestList = () => timed('guest/appointments', { headers: { 'x-portico-guest-email': 'jane@example.com' } });
  const eventually = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return false;
  };
  const expectBounded503 = (answer: { response: Response; ms: number; body: string }) => {
    expect(answer.response.status).toBe(503);
    expect(answer.response.headers.get('retry-after')).toBe('5');
    expect(answer.ms).toBeLessThan(boundMs);
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
        onOutput,
        extraEnv: { PORTICO_DEPENDENCY_TIMEOUT_MS: '400', PORTICO_REQUEST_DEADLINE_MS: String(requestDeadlineMs) },
      }),
    );
  });
  afterAll(async () => {
    await functions.stop();
    await emulators.stop();
    await azurite.stop();
  });

  it('answers 503 with Retry-After within its bounds while storage hangs, and recovers when it answers', async () => {
    process.kill(azurite.pid, 'SIGSTOP');
    try {
      const health = await timed('health');
      expectBounded503(health);
      expect(health.ms).toBeLessThan(1500 + 1500);
      expect(JSON.parse(health.body)).toEqual({ status: 'degraded', checks: { storage: 'failing' } });
      const list = await guestList();
      expectBounded503(list);
      expect(JSON.parse(list.body)).toMatchObject({ code: 'dependency.unavailable' });
    } finally {
      process.kill(azurite.pid, 'SIGCONT');
    }
    expect(await eventually(async () => (await guestList()).response.status === 200)).toBe(true);
  });

  it('makes its tables and queues again after Azurite restarts empty, without being restarted itself', async () => {
    const ports = azurite.ports;
    await azurite.stop();
    const whileDown = await guestList();
    expectBounded503(whileDown);
    azurite = await startAzurite({ ports });
    expect(await eventually(async () => (await guestList()).response.status === 200)).toBe(true);
    expect((await timed('health')).response.status).toBe(200);
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
    const create = await timed('staff/appointments', { method: 'POST', headers: staff, body });
    expect([502, 503]).toContain(create.response.status);
    expect(create.response.headers.get('content-type')).toBe('application/problem+json');
    expect(create.ms).toBeLessThan(boundMs);
    emulators = await startEmulators();
    const ada = { ...staff, 'x-portico-staff-id': '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f' };
    expect(
      await eventually(
        async () => (await timed('staff/appointments', { method: 'POST', headers: ada, body })).response.status === 201,
      ),
    ).toBe(true);
  });
});
