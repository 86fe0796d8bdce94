import { joinWindow } from './join-window';

const appointment = {
  status: 'scheduled' as const,
  startsAt: '2026-12-01T10:00:00.000Z',
  endsAt: '2026-12-01T10:30:00.000Z',
};
const policy = {
  opensMinutesBefore: 15,
  closesMinutesAfter: 30,
  renewsInCallMinutesAfter: 120,
  rejoinGraceMinutesAfter: 60,
};
const at = (iso: string) => new Date(iso);

describe('joinWindow', () => {
  it('is not yet open before the window, and says when it opens', () => {
    expect(joinWindow(appointment, at('2026-12-01T09:44:59.999Z'), policy)).toEqual({
      open: false,
      reason: 'not-yet-open',
      opensAt: '2026-12-01T09:45:00.000Z',
    });
  });

  it('opens exactly N minutes before the start and says when it closes', () => {
    expect(joinWindow(appointment, at('2026-12-01T09:45:00.000Z'), policy)).toEqual({
      open: true,
      closesAt: '2026-12-01T11:00:00.000Z',
    });
  });

  it('stays open during the meeting and until M minutes after the end', () => {
    expect(joinWindow(appointment, at('2026-12-01T10:59:59.999Z'), policy).open).toBe(true);
  });

  it('closes M minutes after the end', () => {
    expect(joinWindow(appointment, at('2026-12-01T11:00:00.000Z'), policy)).toEqual({ open: false, reason: 'closed' });
  });

  it('keeps renewing for a guest in an overrunning call, up to the hard cap', () => {
    expect(joinWindow(appointment, at('2026-12-01T11:00:00.000Z'), policy, 'renewal')).toEqual({
      open: true,
      closesAt: '2026-12-01T12:30:00.000Z',
    });
    expect(joinWindow(appointment, at('2026-12-01T12:30:00.000Z'), policy, 'renewal')).toEqual({
      open: false,
      reason: 'closed',
    });
    expect(
      joinWindow({ ...appointment, status: 'cancelled' }, at('2026-12-01T10:40:00.000Z'), policy, 'renewal'),
    ).toEqual({ open: false, reason: 'cancelled' });
  });

  it('lets a guest who was in the call rejoin for the grace period after the window closes', () => {
    expect(joinWindow(appointment, at('2026-12-01T11:00:00.000Z'), policy, 'rejoin')).toEqual({
      open: true,
      closesAt: '2026-12-01T11:30:00.000Z',
    });
    expect(joinWindow(appointment, at('2026-12-01T11:30:00.000Z'), policy, 'rejoin')).toEqual({
      open: false,
      reason: 'closed',
    });
    expect(
      joinWindow({ ...appointment, status: 'cancelled' }, at('2026-12-01T10:40:00.000Z'), policy, 'rejoin'),
    ).toEqual({ open: false, reason: 'cancelled' });
  });

  it('never lets a rejoin outlast the in-call renewal cap, nor close sooner than a join', () => {
    const longGrace = { ...policy, rejoinGraceMinutesAfter: 600 };
    expect(joinWindow(appointment, at('2026-12-01T12:29:59.999Z'), longGrace, 'rejoin').open).toBe(true);
    expect(joinWindow(appointment, at('2026-12-01T12:30:00.000Z'), longGrace, 'rejoin').open).toBe(false);
    const noGrace = { ...policy, rejoinGraceMinutesAfter: 0 };
    expect(joinWindow(appointment, at('2026-12-01T10:59:00.000Z'), noGrace, 'rejoin').open).toBe(true);
  });

  it('never renews for less time than a guest may join', () => {
    const shortCap = { ...policy, renewsInCallMinutesAfter: 5 };
    expect(joinWindow(appointment, at('2026-12-01T10:59:00.000Z'), shortCap, 'renewal').open).toBe(true);
  });

  it('is never open for a cancelled appointment', () => {
    expect(joinWindow({ ...appointment, status: 'cancelled' }, at('2026-12-01T10:10:00.000Z'), policy)).toEqual({
      open: false,
      reason: 'cancelled',
    });
  });

  it('is closed once the appointment is marked ended, even inside the time window', () => {
    expect(joinWindow({ ...appointment, status: 'ended' }, at('2026-12-01T10:10:00.000Z'), policy)).toEqual({
      open: false,
      reason: 'closed',
    });
  });

  it('follows a rescheduled time', () => {
    const moved = {
      status: 'rescheduled' as const,
      startsAt: '2026-12-02T10:00:00.000Z',
      endsAt: '2026-12-02T10:30:00.000Z',
    };
    expect(joinWindow(moved, at('2026-12-01T10:10:00.000Z'), policy).open).toBe(false);
    expect(joinWindow(moved, at('2026-12-02T10:10:00.000Z'), policy).open).toBe(true);
  });

  it('uses the default policy of 15 minutes before and 30 after when none is given', () => {
    expect(joinWindow(appointment, at('2026-12-01T09:45:00.000Z')).open).toBe(true);
    expect(joinWindow(appointment, at('2026-12-01T09:44:00.000Z')).open).toBe(false);
  });
});
