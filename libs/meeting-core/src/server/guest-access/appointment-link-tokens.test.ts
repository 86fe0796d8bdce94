import { AppointmentLinkTokens } from './appointment-link-tokens';

const now = new Date('2026-11-24T08:00:00Z');
const inAWeek = new Date('2026-12-01T08:00:00Z');
const grant = { appointmentId: 'appointment-1', email: 'jane@example.com' };

describe('AppointmentLinkTokens', () => {
  const tokens = new AppointmentLinkTokens('a'.repeat(32));

  it('proves the guest and the one appointment it was made for', async () => {
    const token = await tokens.mint(grant, inAWeek, now);
    await expect(tokens.verify(token, now)).resolves.toEqual(grant);
  });

  it('refuses a token after it expires', async () => {
    const token = await tokens.mint(grant, inAWeek, now);
    await expect(tokens.verify(token, new Date(inAWeek.getTime() + 1000))).resolves.toBeUndefined();
  });

  it('refuses a token signed with another secret, or altered', async () => {
    const forged = await new AppointmentLinkTokens('b'.repeat(32)).mint(grant, inAWeek, now);
    await expect(tokens.verify(forged, now)).resolves.toBeUndefined();
    const token = await tokens.mint(grant, inAWeek, now);
    const [header, , signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ apt: 'appointment-2', sub: grant.email })).toString('base64url');
    await expect(tokens.verify(`${header}.${otherPayload}.${signature}`, now)).resolves.toBeUndefined();
    await expect(tokens.verify('not a token', now)).resolves.toBeUndefined();
  });

  it('refuses a secret too short to be safe', () => {
    expect(() => new AppointmentLinkTokens('short')).toThrow(/at least 32/);
  });
});
