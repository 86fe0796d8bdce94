import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import { CachedStaffMailboxSettings } from './cached-staff-mailbox-settings';
import type { StaffMailboxSettings } from './staff-mailbox-settings';

type Answer = Result<string | undefined, PorticoError>;

/** A source that answers from a list, one answer per read, and counts reads per staff member. */
function sourceAnswering(...answers: Answer[]) {
  const reads: string[] = [];
  const source: StaffMailboxSettings = {
    timeZoneOf: async (staffId) => {
      reads.push(staffId);
      return answers.shift() ?? ok(undefined);
    },
  };
  return { source, reads };
}

describe('CachedStaffMailboxSettings', () => {
  let now = Date.parse('2026-12-01T09:00:00Z');
  const clock = () => new Date(now);
  const minutes = (count: number) => {
    now += count * 60_000;
  };
  const options = { keepMs: 5 * 60_000, keepFailureMs: 60_000, clock };

  it('keeps an answer per staff member for keepMs, then reads again', async () => {
    const { source, reads } = sourceAnswering(ok('Europe/Amsterdam'), ok('Europe/London'), ok('Europe/London'));
    const cached = new CachedStaffMailboxSettings(source, options);
    expect(await cached.timeZoneOf('ada')).toEqual(ok('Europe/Amsterdam'));
    minutes(4);
    expect(await cached.timeZoneOf('ada')).toEqual(ok('Europe/Amsterdam'));
    expect(await cached.timeZoneOf('sam')).toEqual(ok('Europe/London'));
    minutes(2);
    expect(await cached.timeZoneOf('ada')).toEqual(ok('Europe/London'));
    expect(reads).toEqual(['ada', 'sam', 'ada']);
  });

  it('keeps a failure only for keepFailureMs', async () => {
    const failed = err(porticoError('dependency.unavailable'));
    const { source, reads } = sourceAnswering(failed, ok('Europe/Amsterdam'));
    const cached = new CachedStaffMailboxSettings(source, options);
    expect(await cached.timeZoneOf('ada')).toEqual(failed);
    minutes(0.5);
    expect(await cached.timeZoneOf('ada')).toEqual(failed);
    minutes(1);
    expect(await cached.timeZoneOf('ada')).toEqual(ok('Europe/Amsterdam'));
    expect(reads).toEqual(['ada', 'ada']);
  });

  it('lets callers asking at once share one read', async () => {
    const { source, reads } = sourceAnswering(ok('Europe/Amsterdam'));
    const cached = new CachedStaffMailboxSettings(source, options);
    const answers = await Promise.all([cached.timeZoneOf('ada'), cached.timeZoneOf('ada')]);
    expect(answers).toEqual([ok('Europe/Amsterdam'), ok('Europe/Amsterdam')]);
    expect(reads).toEqual(['ada']);
  });

  it('keeps nothing from a read that throws', async () => {
    let reads = 0;
    const cached = new CachedStaffMailboxSettings(
      {
        timeZoneOf: async () => {
          if (reads++ === 0) throw new Error('socket hang up');
          return ok('Europe/Amsterdam');
        },
      },
      options,
    );
    await expect(cached.timeZoneOf('ada')).rejects.toThrow('socket hang up');
    expect(await cached.timeZoneOf('ada')).toEqual(ok('Europe/Amsterdam'));
  });
});
