import { buildAppointment } from '../testing/build-appointment';
import {
  lobbyMessageLimits,
  nextPresenceReportInSeconds,
  presenceState,
  presenceTiming,
  reportGuestPresence,
  writeLobbyMessage,
  type GuestPresence,
} from './guest-presence';

const t0 = new Date('2026-12-01T09:00:00.000Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const appointment = buildAppointment({}, new Date('2026-11-30T09:00:00.000Z'));
const report = (previous: GuestPresence | undefined, phase: GuestPresence['phase'], at: Date) => {
  const result = reportGuestPresence(appointment, previous, { guestEmail: 'Jane.Doe@Example.com', phase }, at);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('a guest’s presence', () => {
  it('keeps when a phase began through heartbeats, and starts again when the phase changes', () => {
    const checking = report(undefined, 'device-check', t0);
    expect(checking).toEqual({
      appointmentId: appointment.id,
      subject: 'Intake',
      guestName: 'Jane Doe',
      phase: 'device-check',
      phaseSince: t0.toISOString(),
      lastSeenAt: t0.toISOString(),
    });
    const waiting = report(checking, 'lobby', later(20));
    const stillWaiting = report(waiting, 'lobby', later(30));
    expect(stillWaiting.phaseSince).toBe(later(20).toISOString());
    expect(stillWaiting.lastSeenAt).toBe(later(30).toISOString());
    expect(report(stillWaiting, 'in-call', later(40)).phaseSince).toBe(later(40).toISOString());
  });

  it('is dropped when a guest on their way in goes silent, and starts afresh when they come back', () => {
    const waiting = report(undefined, 'lobby', t0);
    expect(presenceState(waiting, later(presenceTiming.droppedAfterSeconds))).toBe('lobby');
    expect(presenceState(waiting, later(presenceTiming.droppedAfterSeconds + 1))).toBe('dropped');
    const back = report(waiting, 'lobby', later(presenceTiming.droppedAfterSeconds + 60));
    expect(back.phaseSince).toBe(back.lastSeenAt);
    const left = report(waiting, 'left', later(5));
    expect(presenceState(left, later(3_600))).toBe('left');
    expect(presenceState(report(undefined, 'refused', t0), later(3_600))).toBe('refused');
  });

  it('is reported more often while the guest waits, so a note from staff reaches them soon', () => {
    expect(nextPresenceReportInSeconds('lobby')).toBeLessThan(nextPresenceReportInSeconds('device-check'));
    expect(nextPresenceReportInSeconds('in-call')).toBe(presenceTiming.heartbeatSeconds);
  });

  it('is reported only by a guest of the appointment', () => {
    const stranger = reportGuestPresence(appointment, undefined, { guestEmail: 'eve@example.com', phase: 'lobby' }, t0);
    expect(stranger.ok ? 'ok' : stranger.error.code).toBe('appointment.not-found');
  });
});

describe('a lobby message', () => {
  it('is one trimmed line from the organiser', () => {
    const written = writeLobbyMessage(appointment, { text: '  Running 10 minutes late  ', from: 'Dr. Ada Visser' }, t0);
    expect(written).toEqual({
      ok: true,
      value: {
        appointmentId: appointment.id,
        text: 'Running 10 minutes late',
        from: 'Dr. Ada Visser',
        sentAt: t0.toISOString(),
      },
    });
  });

  it.each([' ', 'a'.repeat(lobbyMessageLimits.maxLength + 1), 'two\nlines', 'bidi \u202e trick'])(
    'is refused with the limits stated: %j',
    (text) => {
      const refused = writeLobbyMessage(appointment, { text, from: 'Dr. Ada Visser' }, t0);
      expect(refused.ok ? undefined : refused.error).toEqual({
        code: 'request.invalid',
        params: { issues: 'text: 1 to 200 characters on one line' },
      });
    },
  );
});
