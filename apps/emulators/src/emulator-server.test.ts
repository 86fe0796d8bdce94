import { testAccessKey } from './testing/test-access-key';
import { startEmulators, type RunningEmulators } from './emulator-server';

describe('the emulator server', () => {
  let emulators: RunningEmulators;
  beforeAll(async () => {
    emulators = await startEmulators({ port: 0, acsAccessKey: testAccessKey });
  });
  afterAll(() => emulators.close());

  it('listens on loopback and answers its health check', async () => {
    expect(emulators.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${emulators.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', emulators: ['graph', 'email', 'sms', 'identity', 'relay'] });
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${emulators.url}/v1.0/users`)).status).toBe(404);
  });
});
