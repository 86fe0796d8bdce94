import { undoSecondsLeft } from './undo-seconds-left';

describe('undoSecondsLeft', () => {
  const now = new Date('2026-12-01T08:00:00.000Z');
  const cancelled = { status: 'cancelled' as const, undoCancelUntil: '2026-12-01T08:00:29.400Z' };

  it('counts the whole seconds left, the last part of a second included', () => {
    expect(undoSecondsLeft(cancelled, now)).toBe(30);
    expect(undoSecondsLeft(cancelled, new Date('2026-12-01T08:00:29.000Z'))).toBe(1);
  });

  it('offers nothing once the time has passed, nor for an appointment that is not cancelled', () => {
    expect(undoSecondsLeft(cancelled, new Date('2026-12-01T08:00:29.400Z'))).toBeUndefined();
    expect(undoSecondsLeft({ status: 'cancelled' }, now)).toBeUndefined();
    expect(undoSecondsLeft({ ...cancelled, status: 'scheduled' }, now)).toBeUndefined();
  });
});
