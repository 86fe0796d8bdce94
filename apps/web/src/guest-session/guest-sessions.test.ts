import { GuestSessions } from './guest-sessions';

const secret = 's'.repeat(40);

describe('GuestSessions', () => {
  it('issues a cookie that reads back as the same guest, e-mail normalised', async () => {
    const sessions = new GuestSessions(secret, false);
    const cookie = await sessions.issue(' Jane@Example.com ');
    expect(cookie).toMatchObject({
      name: 'portico-guest',
      options: { httpOnly: true, secure: false, sameSite: 'lax', path: '/' },
    });
    expect(await sessions.read(cookie.value)).toEqual({ email: 'jane@example.com' });
  });

  it('scopes a session to one appointment when it comes from a personal link', async () => {
    const sessions = new GuestSessions('s'.repeat(32), false);
    const cookie = await sessions.issue('jane@example.com', new Date(), 'appointment-1');
    expect(await sessions.read(cookie.value)).toEqual({ email: 'jane@example.com', appointmentId: 'appointment-1' });
  });

  it('uses a __Host- cookie over HTTPS', async () => {
    const cookie = await new GuestSessions(secret, true).issue('jane@example.com');
    expect(cookie.name).toBe('__Host-portico-guest');
    expect(cookie.options.secure).toBe(true);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new GuestSessions('x'.repeat(40), false).issue('jane@example.com');
    expect(await new GuestSessions(secret, false).read(forged.value)).toBeUndefined();
  });

  it('refuses an expired session', async () => {
    const sessions = new GuestSessions(secret, false);
    const cookie = await sessions.issue('jane@example.com', new Date('2026-01-01T00:00:00Z'));
    expect(await sessions.read(cookie.value, new Date('2026-01-01T07:59:00Z'))).toEqual({ email: 'jane@example.com' });
    expect(await sessions.read(cookie.value, new Date('2026-01-01T08:01:00Z'))).toBeUndefined();
  });

  it('refuses a tampered token, garbage and nothing', async () => {
    const sessions = new GuestSessions(secret, false);
    const { value } = await sessions.issue('jane@example.com');
    const [header, , signature] = value.split('.');
    const otherPayload = Buffer.from(
      JSON.stringify({ sub: 'mallory@example.com', iss: 'portico-web', aud: 'portico-guest-session' }),
    ).toString('base64url');
    expect(await sessions.read(`${header}.${otherPayload}.${signature}`)).toBeUndefined();
    expect(await sessions.read('not.a.jwt')).toBeUndefined();
    expect(await sessions.read(undefined)).toBeUndefined();
  });

  it('refuses to issue a session for something that is not an e-mail address', async () => {
    await expect(new GuestSessions(secret, false).issue('jane')).rejects.toThrow();
  });
});
