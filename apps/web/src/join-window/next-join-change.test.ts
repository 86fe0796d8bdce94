import { msUntilNextJoinChange } from './next-join-change';

const now = new Date('2026-12-01T09:00:00.000Z');

describe('msUntilNextJoinChange', () => {
  it('is the time until the soonest window opens or closes', () => {
    expect(
      msUntilNextJoinChange(
        [
          { join: { open: false, reason: 'not-yet-open', opensAt: '2026-12-01T09:10:00.000Z' } },
          { join: { open: true, closesAt: '2026-12-01T09:05:00.000Z' } },
          { join: { open: false, reason: 'not-yet-open', opensAt: '2026-12-02T09:00:00.000Z' } },
        ],
        now,
      ),
    ).toBe(5 * 60_000);
  });

  it('is nothing when no window will change by itself, and never negative when one is due', () => {
    expect(
      msUntilNextJoinChange(
        [{ join: { open: false, reason: 'closed' } }, { join: { open: false, reason: 'cancelled' } }],
        now,
      ),
    ).toBeUndefined();
    expect(msUntilNextJoinChange([], now)).toBeUndefined();
    expect(
      msUntilNextJoinChange(
        [{ join: { open: false, reason: 'not-yet-open', opensAt: '2026-12-01T08:59:59.000Z' } }],
        now,
      ),
    ).toBe(0);
  });
});
