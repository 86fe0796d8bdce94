import { cancelAppointment, replacingPersonalLinks, rescheduleAppointment } from '@portico/domain';
import { buildAppointment } from '@portico/domain/testing';
import { AppointmentLinkTokens } from './appointment-link-tokens';

const now = new Date('2026-11-24T08:00:00Z');
const inAWeek = new Date('2026-12-01T08:00:00Z');
const appointment = buildAppointment({}, now);
const guestEmail = 'jane.doe@example.com';

describe('AppointmentLinkTokens', () => {
  const tokens = new AppointmentLinkTokens('a'.repeat(32));

  it('proves the guest and the one appointment it was made for', () => {
    const claim = tokens.read(tokens.mint({ appointment, guestEmail }, inAWeek), now);
    expect(claim?.appointmentId).toBe(appointment.id);
    expect(claim?.guestIn(appointment)).toEqual(appointment.guests[0]);
  });

  it('is opaque and short: no address, no JSON, nothing to decode', () => {
    const token = tokens.mint({ appointment, guestEmail }, inAWeek);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(130);
    const decoded = Buffer.from(token, 'base64url').toString('latin1');
    expect(decoded).not.toContain('jane');
    expect(decoded).not.toContain(appointment.id);
    expect(tokens.mint({ appointment, guestEmail }, inAWeek)).not.toBe(token);
  });

  it('is replaced by a reschedule and by a cancel, but not by a change the guest is not told of', () => {
    const token = tokens.mint({ appointment, guestEmail }, inAWeek);
    const moved = rescheduleAppointment(
      appointment,
      { startsAt: '2026-11-26T10:00:00Z', endsAt: '2026-11-26T10:30:00Z' },
      now,
    );
    const cancelled = cancelAppointment(appointment, now);
    if (!moved.ok || !cancelled.ok) throw new Error('the transitions should succeed');
    const claim = tokens.read(token, now);
    expect(claim?.guestIn(moved.value)).toBe('replaced');
    expect(claim?.guestIn(cancelled.value)).toBe('replaced');
    expect(claim?.guestIn({ ...appointment, subject: 'Renamed' })).toEqual(appointment.guests[0]);
    const fresh = tokens.read(tokens.mint({ appointment: moved.value, guestEmail }, inAWeek), now);
    expect(fresh?.guestIn(moved.value)).toEqual(appointment.guests[0]);
  });

  it('stays replaced when a later change puts the time or the status back', () => {
    const token = tokens.mint({ appointment, guestEmail }, inAWeek);
    const away = rescheduleAppointment(
      appointment,
      { startsAt: '2026-11-26T10:00:00Z', endsAt: '2026-11-26T10:30:00Z' },
      now,
    );
    if (!away.ok) throw new Error('the move should succeed');
    const back = rescheduleAppointment(away.value, { startsAt: appointment.startsAt, endsAt: appointment.endsAt }, now);
    if (!back.ok) throw new Error('the move back should succeed');
    expect(back.value.startsAt).toBe(appointment.startsAt);
    expect(tokens.read(token, now)?.guestIn(back.value)).toBe('replaced');
    const reinstated = replacingPersonalLinks({ ...appointment, status: 'scheduled' });
    expect(tokens.read(token, now)?.guestIn(reinstated)).toBe('replaced');
  });

  it('names nobody once the guest is taken off, or for another appointment', () => {
    const claim = tokens.read(tokens.mint({ appointment, guestEmail }, inAWeek), now);
    const otherGuest = buildAppointment({ id: appointment.id }, now);
    const renamed = {
      ...otherGuest,
      guests: otherGuest.guests.map((guest) => ({ ...guest, email: 'else@example.com' })),
    };
    expect(claim?.guestIn(renamed)).toBe('not-a-guest');
    expect(claim?.guestIn(buildAppointment({}, now))).toBe('not-a-guest');
  });

  it('refuses a token after it expires', () => {
    const token = tokens.mint({ appointment, guestEmail }, inAWeek);
    expect(tokens.read(token, new Date(inAWeek.getTime() + 1000))).toBeUndefined();
  });

  it('refuses a token sealed with another secret, altered, or not a token at all', () => {
    const forged = new AppointmentLinkTokens('b'.repeat(32)).mint({ appointment, guestEmail }, inAWeek);
    expect(tokens.read(forged, now)).toBeUndefined();
    const token = Buffer.from(tokens.mint({ appointment, guestEmail }, inAWeek), 'base64url');
    token[20] = (token[20] ?? 0) ^ 1;
    expect(tokens.read(token.toString('base64url'), now)).toBeUndefined();
    for (const junk of ['', 'not a token', '%ZZ', 'eyJhbGciOiJIUzI1NiJ9.e30.abc', 'A'.repeat(5000), 'AAAA'])
      expect(tokens.read(junk, now)).toBeUndefined();
  });

  it('refuses a secret too short to be safe', () => {
    expect(() => new AppointmentLinkTokens('short')).toThrow(/at least 32/);
  });
});
