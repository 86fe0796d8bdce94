import { calendarDate, instantFromWallClock, viewRange, wallClockDate, wallClockTime } from './staff-time';

describe('staff time', () => {
  it('reads a wall-clock time in the staff zone, across daylight saving', () => {
    expect(instantFromWallClock('2026-12-01', '10:00', 'Europe/Amsterdam')).toBe('2026-12-01T09:00:00.000Z');
    expect(instantFromWallClock('2026-07-01', '10:00', 'Europe/Amsterdam')).toBe('2026-07-01T08:00:00.000Z');
    expect(instantFromWallClock('2026-13-01', '10:00', 'Europe/Amsterdam')).toBeUndefined();
    expect(instantFromWallClock('tomorrow', '10:00', 'Europe/Amsterdam')).toBeUndefined();
    expect(instantFromWallClock('2026-02-30', '10:00', 'Europe/Amsterdam')).toBeUndefined();
    expect(instantFromWallClock('2026-12-01', '24:00', 'Europe/Amsterdam')).toBeUndefined();
    expect(instantFromWallClock('2026-12-01', '10:00', 'America/New_York')).toBe('2026-12-01T15:00:00.000Z');
  });

  it('gives the day, or the week from Monday, in the staff zone', () => {
    expect(viewRange('day', '2026-11-25', 'Europe/Amsterdam')).toEqual({
      from: '2026-11-24T23:00:00.000Z',
      to: '2026-11-25T23:00:00.000Z',
      days: 1,
    });
    expect(viewRange('week', '2026-11-26', 'Europe/Amsterdam')).toEqual({
      from: '2026-11-22T23:00:00.000Z',
      to: '2026-11-29T23:00:00.000Z',
      days: 7,
    });
  });

  it('names the local date of an instant', () => {
    expect(wallClockDate(new Date('2026-11-24T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-11-25');
    expect(wallClockTime(new Date('2026-11-24T23:30:00Z'), 'Europe/Amsterdam')).toBe('00:30');
    expect(wallClockTime(new Date('2026-07-01T08:05:00Z'), 'Europe/Amsterdam')).toBe('10:05');
  });

  it('accepts only real days the console can show', () => {
    expect(calendarDate('2026-11-25')).toBe('2026-11-25');
    expect(calendarDate('2028-02-29')).toBe('2028-02-29');
    for (const junk of [
      undefined,
      '9999-99-99',
      '2026-02-30',
      '2026-13-01',
      '1999-12-31',
      '2026-1-1',
      'today',
      '2026-11-25x',
    ])
      expect(calendarDate(junk)).toBeUndefined();
  });
});
