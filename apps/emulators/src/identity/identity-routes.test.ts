import { CommunicationIdentityClient } from '@azure/communication-identity';
import { AcsIdentityIssuer, createIdentityClient } from '@portico/server-adapters';
import { startEmulators, type RunningEmulators } from '../emulator-server';
import { testAccessKey } from '../testing/test-access-key';
import { verifyAcsToken } from './acs-access-tokens';

describe('the ACS identity emulator, through the real CommunicationIdentityClient', () => {
  let emulators: RunningEmulators;
  let issuer: AcsIdentityIssuer;
  const connectionString = (key: string) => `endpoint=${emulators.url}/;accesskey=${key}`;

  beforeAll(async () => {
    emulators = await startEmulators({ port: 0, acsAccessKey: testAccessKey });
    issuer = new AcsIdentityIssuer(
      createIdentityClient({ kind: 'connection-string', connectionString: connectionString(testAccessKey) }),
    );
  });
  afterAll(() => emulators.close());

  it('creates a user with a one-hour voip and chat token that the relay can verify', async () => {
    const before = Date.now();
    const issued = await issuer.createGuest();
    expect(issued.userId).toMatch(/^8:acs:[0-9a-f-]+_[0-9a-f-]{36}$/);
    const lifetime = Date.parse(issued.expiresOn) - before;
    expect(lifetime).toBeGreaterThan(59 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(61 * 60_000);
    const claims = await verifyAcsToken(issued.token, testAccessKey, new Date());
    expect(claims).toEqual({ userId: issued.userId, scopes: ['voip', 'chat'], expiresAt: new Date(issued.expiresOn) });
  });

  it('issues tokens that last seconds while a test asks for it, and an hour again after', async () => {
    const settings = (tokenLifetimeSeconds: number | null) =>
      fetch(`${emulators.url}/identity/_settings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tokenLifetimeSeconds }),
      });
    expect((await settings(5)).status).toBe(400);
    expect((await settings(20)).status).toBe(204);
    const short = await issuer.createGuest();
    expect(Date.parse(short.expiresOn) - Date.now()).toBeLessThanOrEqual(20_000);
    const renewed = await issuer.renewToken(short.userId);
    expect(Date.parse(renewed?.expiresOn ?? '') - Date.now()).toBeLessThanOrEqual(20_000);
    expect((await settings(null)).status).toBe(204);
    expect(Date.parse((await issuer.createGuest()).expiresOn) - Date.now()).toBeGreaterThan(59 * 60_000);
  });

  it('renews the token of a user it created, and refuses one it never did', async () => {
    const issued = await issuer.createGuest();
    const renewed = await issuer.renewToken(issued.userId);
    expect((await verifyAcsToken(renewed?.token ?? '', testAccessKey, new Date()))?.userId).toBe(issued.userId);
    await expect(issuer.renewToken('8:acs:unknown_00000000-0000-0000-0000-000000000000')).resolves.toBeUndefined();
  });

  it('forgets a user the real client deletes, as ACS does', async () => {
    const client = createIdentityClient({
      kind: 'connection-string',
      connectionString: connectionString(testAccessKey),
    });
    const issued = await issuer.createGuest();
    await client.deleteUser({ communicationUserId: issued.userId });
    await expect(issuer.renewToken(issued.userId)).resolves.toBeUndefined();
  });

  it('refuses a request signed with another key', async () => {
    const wrongKey = Buffer.alloc(32, 1).toString('base64');
    const client = createIdentityClient({ kind: 'connection-string', connectionString: connectionString(wrongKey) });
    await expect(client.createUserAndToken(['voip'])).rejects.toMatchObject({ statusCode: 401 });
  });

  it('refuses an unsigned request and a request whose body was changed after signing', async () => {
    const unsigned = await fetch(`${emulators.url}/identities?api-version=2023-10-01`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(unsigned.status).toBe(401);
    let tampered = false;
    const client = new CommunicationIdentityClient(connectionString(testAccessKey), {
      allowInsecureConnection: true,
      retryOptions: { maxRetries: 0 },
      additionalPolicies: [
        {
          position: 'perRetry',
          policy: {
            name: 'tamper',
            sendRequest: (request, next) => {
              request.body = JSON.stringify({ createTokenWithScopes: ['chat', 'voip'], expiresInMinutes: 1440 });
              tampered = true;
              return next(request);
            },
          },
        },
      ],
    });
    await expect(client.createUserAndToken(['voip'], { tokenExpiresInMinutes: 60 })).rejects.toMatchObject({
      statusCode: 401,
    });
    expect(tampered).toBe(true);
  });

  it('holds token lifetimes to what ACS allows, 60 to 1440 minutes', async () => {
    const client = createIdentityClient({
      kind: 'connection-string',
      connectionString: connectionString(testAccessKey),
    });
    const day = await client.createUserAndToken(['voip'], { tokenExpiresInMinutes: 1440 });
    expect(day.expiresOn.getTime() - Date.now()).toBeGreaterThan(1439 * 60_000);
    await expect(client.createUserAndToken(['voip'], { tokenExpiresInMinutes: 30 })).rejects.toBeDefined();
  });
});
