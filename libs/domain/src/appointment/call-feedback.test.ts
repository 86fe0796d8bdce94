import { cancelAppointment, scheduleAppointment, type Appointment } from './appointment';
import { recordCallFeedback } from './call-feedback';

const now = new Date('2026-12-01T09:40:00.000Z');
const scheduled = ((): Appointment => {
  const result = scheduleAppointment(
    {
      id: 'a1',
      origin: 'portal',
      organiser: { id: 'o1', name: 'Dr. Ada Visser', email: 'ada@contoso.com' },
      guests: [{ name: 'Jane Doe', email: 'jane.doe@example.com', locale: 'en', timeZone: 'Europe/London' }],
      subject: 'Intake',
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T09:30:00.000Z',
      meeting: { kind: 'meeting-id', meetingId: '2345678901234', passcode: 'Ab12Cd34' },
    },
    new Date('2026-11-30T08:00:00.000Z'),
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
})();
const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);

describe('recordCallFeedback', () => {
  it('keeps a guest’s rating and trimmed comment, and replaces what they gave before', () => {
    const first = recordCallFeedback(
      scheduled,
      { guestEmail: 'Jane.Doe@Example.com', rating: 2, comment: '  Echo  ' },
      now,
    );
    if (!first.ok) throw new Error(first.error.code);
    expect(first.value.feedback).toEqual([
      { guestEmail: 'jane.doe@example.com', rating: 2, comment: 'Echo', givenAt: '2026-12-01T09:40:00.000Z' },
    ]);
    const again = recordCallFeedback(first.value, { guestEmail: 'jane.doe@example.com', rating: 5, comment: ' ' }, now);
    if (!again.ok) throw new Error(again.error.code);
    expect(again.value.feedback).toEqual([
      { guestEmail: 'jane.doe@example.com', rating: 5, givenAt: '2026-12-01T09:40:00.000Z' },
    ]);
    expect(again.value.updatedAt).toBe(now.toISOString());
  });

  it('refuses someone who is not a guest, a cancelled appointment, and ratings or comments out of bounds', () => {
    const jane = { guestEmail: 'jane.doe@example.com', rating: 4 };
    expect(codeOf(recordCallFeedback(scheduled, { ...jane, guestEmail: 'eve@example.com' }, now))).toBe(
      'appointment.not-found',
    );
    const cancelled = cancelAppointment(scheduled, now);
    if (!cancelled.ok) throw new Error(cancelled.error.code);
    expect(codeOf(recordCallFeedback(cancelled.value, jane, now))).toBe('appointment.cancelled');
    for (const rating of [0, 6, 3.5, Number.NaN]) {
      expect(codeOf(recordCallFeedback(scheduled, { ...jane, rating }, now))).toBe('request.invalid');
    }
    for (const comment of ['x'.repeat(1001), 'Fine\u202e', 'Bell\u0007']) {
      expect(codeOf(recordCallFeedback(scheduled, { ...jane, comment }, now))).toBe('request.invalid');
    }
    expect(codeOf(recordCallFeedback(scheduled, { ...jane, comment: 'Line one\nLine two' }, now))).toBe('ok');
  });
});
