import { joinWindow } from '@portico/domain';
import { demoAppointments, demoGuests } from './demo-data';

const now = new Date('2026-11-24T10:00:30.000Z');

describe('demoAppointments', () => {
  const appointments = demoAppointments(now);

  it('shows every state a guest can see: open to join, later, cancelled and past', () => {
    const states = appointments.map((a) => {
      const join = joinWindow(a, now);
      return join.open ? 'open' : join.reason;
    });
    expect(states).toEqual(['open', 'not-yet-open', 'cancelled', 'closed', 'not-yet-open']);
  });

  it('gives the demo guests both languages', () => {
    expect(new Set(appointments.flatMap((a) => a.guests.map((g) => g.locale)))).toEqual(new Set(['en', 'nl']));
    expect(appointments.filter((a) => a.guests.some((g) => g.email === demoGuests.jane.email))).toHaveLength(4);
  });

  it('uses the same ids on the same day, so persisted storage is not seeded twice', () => {
    expect(demoAppointments(new Date('2026-11-24T18:00:00.000Z')).map((a) => a.id)).toEqual(
      appointments.map((a) => a.id),
    );
    expect(demoAppointments(new Date('2026-11-25T08:00:00.000Z'))[0]?.id).not.toBe(appointments[0]?.id);
  });
});
