import { buildAppointment } from './build-appointment';

const now = new Date('2026-12-01T08:00:00.000Z');

describe('buildAppointment', () => {
  it('builds a valid, scheduled appointment an hour ahead, with a fresh id each time', () => {
    const a = buildAppointment({}, now);
    expect(a).toMatchObject({
      status: 'scheduled',
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T09:30:00.000Z',
    });
    expect(buildAppointment({}, now).id).not.toBe(a.id);
  });

  it('keeps half an hour after an overridden start unless the end is given too', () => {
    expect(buildAppointment({ startsAt: '2026-12-02T10:00:00.000Z' }, now).endsAt).toBe('2026-12-02T10:30:00.000Z');
    expect(
      buildAppointment({ startsAt: '2026-12-02T10:00:00.000Z', endsAt: '2026-12-02T11:00:00.000Z' }, now).endsAt,
    ).toBe('2026-12-02T11:00:00.000Z');
  });

  it('refuses overrides that break a domain rule', () => {
    expect(() => buildAppointment({ subject: '' }, now)).toThrow('appointment.invalid-details');
  });
});
