import {
  appointmentStatuses,
  cancelAppointment,
  cancellationUndoableUntil,
  cancellationUndoSeconds,
  checkAppointmentDraft,
  endAppointment,
  isOpenAppointment,
  rescheduleAppointment,
  scheduleAppointment,
  undoCancellation,
  type Appointment,
  type ScheduleAppointmentInput,
} from './appointment';
import { personalLinkGeneration } from './personal-link-generation';

const now = new Date('2026-12-01T08:00:00.000Z');
const later = new Date('2026-12-01T09:00:00.000Z');
const jane = { name: 'Jane Doe', email: 'Jane.Doe@Example.com', locale: 'nl' as const, timeZone: 'Europe/Amsterdam' };
const input: ScheduleAppointmentInput = {
  id: 'a1',
  origin: 'portal',
  organiser: { id: 'o1', name: 'Dr. Ada Visser', email: 'ada@contoso.com' },
  guests: [jane],
  subject: '  Intake  ',
  startsAt: '2026-12-01T10:00:00+01:00',
  endsAt: '2026-12-01T10:30:00+01:00',
  meeting: { kind: 'meeting-id', meetingId: '2345678901234', passcode: 'Ab12Cd34' },
};

function scheduled(overrides: Partial<ScheduleAppointmentInput> = {}): Appointment {
  const result = scheduleAppointment({ ...input, ...overrides }, now);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);

describe('scheduleAppointment', () => {
  it('creates a scheduled appointment with normalised times, subject and e-mail', () => {
    expect(scheduled()).toEqual({
      ...input,
      guests: [{ ...jane, email: 'jane.doe@example.com' }],
      subject: 'Intake',
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T09:30:00.000Z',
      status: 'scheduled',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it.each([
    [
      'ending before it starts',
      { endsAt: '2026-12-01T08:30:00.000Z', startsAt: '2026-12-01T09:00:00.000Z' },
      'appointment.invalid-schedule',
    ],
    [
      'ending when it starts',
      { endsAt: '2026-12-01T09:00:00.000Z', startsAt: '2026-12-01T09:00:00.000Z' },
      'appointment.invalid-schedule',
    ],
    [
      'lasting longer than 8 hours',
      { startsAt: '2026-12-01T09:00:00.000Z', endsAt: '2026-12-01T17:01:00.000Z' },
      'appointment.invalid-schedule',
    ],
    ['with a time that is not a time', { startsAt: 'tomorrow' }, 'appointment.invalid-schedule'],
    [
      'entirely in the past',
      { startsAt: '2026-12-01T06:00:00.000Z', endsAt: '2026-12-01T07:00:00.000Z' },
      'appointment.in-past',
    ],
    ['without a subject', { subject: '   ' }, 'appointment.invalid-details'],
    ['with a very long subject', { subject: 'x'.repeat(201) }, 'appointment.invalid-details'],
    ['with a very long note', { note: 'x'.repeat(2001) }, 'appointment.invalid-details'],
    ['without guests', { guests: [] }, 'appointment.invalid-details'],
    [
      'with the same guest twice',
      { guests: [jane, { ...jane, email: 'JANE.doe@example.com' }] },
      'appointment.invalid-details',
    ],
  ])('refuses an appointment %s', (_name, overrides, code) => {
    expect(codeOf(scheduleAppointment({ ...input, ...overrides }, now))).toBe(code);
  });

  it('says which details are wrong', () => {
    const result = scheduleAppointment({ ...input, subject: '', guests: [] }, now);
    expect(result).toEqual({
      ok: false,
      error: { code: 'appointment.invalid-details', params: { issues: 'subject is empty; no guest' } },
    });
  });

  it('accepts an appointment that is already under way', () => {
    expect(
      codeOf(
        scheduleAppointment(
          { ...input, startsAt: '2026-12-01T07:30:00.000Z', endsAt: '2026-12-01T08:30:00.000Z' },
          now,
        ),
      ),
    ).toBe('ok');
  });

  it('keeps the calendar event behind the meeting', () => {
    expect(scheduled({ calendarEventId: 'AAMk1' }).calendarEventId).toBe('AAMk1');
  });

  it('drops an empty note', () => {
    expect(scheduled({ note: '   ' })).not.toHaveProperty('note');
  });
});

describe('rescheduleAppointment', () => {
  const times = { startsAt: '2026-12-02T09:00:00.000Z', endsAt: '2026-12-02T10:00:00.000Z' };

  it('moves the appointment and marks it rescheduled', () => {
    const result = rescheduleAppointment(scheduled(), times, later);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ ...times, status: 'rescheduled', updatedAt: later.toISOString() }),
    });
  });

  it('changes nothing when the time is the same', () => {
    const appointment = scheduled();
    const result = rescheduleAppointment(
      appointment,
      { startsAt: '2026-12-01T10:00:00+01:00', endsAt: appointment.endsAt },
      later,
    );
    expect(result.ok && result.value).toBe(appointment);
  });

  it('refuses a cancelled or ended appointment', () => {
    expect(codeOf(rescheduleAppointment({ ...scheduled(), status: 'cancelled' }, times, later))).toBe(
      'appointment.cancelled',
    );
    expect(codeOf(rescheduleAppointment({ ...scheduled(), status: 'ended' }, times, later))).toBe('appointment.ended');
  });

  it('applies the same time rules as scheduling', () => {
    expect(codeOf(rescheduleAppointment(scheduled(), { startsAt: times.endsAt, endsAt: times.startsAt }, later))).toBe(
      'appointment.invalid-schedule',
    );
    expect(
      codeOf(
        rescheduleAppointment(scheduled(), { startsAt: '2026-11-01T09:00:00Z', endsAt: '2026-11-01T10:00:00Z' }, later),
      ),
    ).toBe('appointment.in-past');
  });
});

describe('cancelAppointment', () => {
  it('cancels, and cancelling again changes nothing', () => {
    const first = cancelAppointment(scheduled(), later);
    if (!first.ok) throw new Error(first.error.code);
    expect(first.value).toMatchObject({ status: 'cancelled', updatedAt: later.toISOString() });
    const again = cancelAppointment(first.value, new Date('2026-12-01T09:30:00.000Z'));
    expect(again.ok && again.value).toBe(first.value);
  });

  it('cancels a rescheduled appointment', () => {
    expect(codeOf(cancelAppointment({ ...scheduled(), status: 'rescheduled' }, later))).toBe('ok');
  });

  it('refuses to cancel an appointment that has ended', () => {
    expect(codeOf(cancelAppointment({ ...scheduled(), status: 'ended' }, later))).toBe('appointment.ended');
  });
});

describe('undoCancellation', () => {
  const seconds = cancellationUndoSeconds;
  const at = (offsetSeconds: number) => new Date(later.getTime() + offsetSeconds * 1000);
  /** A rescheduled appointment (links at generation 1) that staff cancelled `later`, with undo. */
  function cancelledByStaff(): { before: Appointment; cancelled: Appointment } {
    const moved = rescheduleAppointment(
      scheduled(),
      { startsAt: '2026-12-01T11:00:00.000Z', endsAt: '2026-12-01T11:30:00.000Z' },
      now,
    );
    if (!moved.ok) throw new Error(moved.error.code);
    const cancelled = cancelAppointment(moved.value, later, { seconds });
    if (!cancelled.ok) throw new Error(cancelled.error.code);
    return { before: moved.value, cancelled: cancelled.value };
  }

  it('remembers what a staff cancellation replaced, and until when it may be undone', () => {
    const { before, cancelled } = cancelledByStaff();
    expect(cancelled).toMatchObject({ status: 'cancelled', updatedAt: later.toISOString() });
    expect(personalLinkGeneration(cancelled)).toBe(personalLinkGeneration(before) + 1);
    expect(cancelled.cancelledFrom).toEqual({
      status: 'rescheduled',
      linkGeneration: 1,
      cancelledAt: later.toISOString(),
      undoableUntil: at(seconds).toISOString(),
    });
    expect(cancellationUndoableUntil(cancelled, at(seconds - 1))).toBe(at(seconds).toISOString());
    expect(cancellationUndoableUntil(cancelled, at(seconds))).toBeUndefined();
    // A cancellation the calendar made is final from the start.
    const synced = cancelAppointment(before, later);
    expect(synced.ok && synced.value.cancelledFrom).toBeUndefined();
  });

  it('within the window, puts the appointment back as it was, its guests’ links working again', () => {
    const { before, cancelled } = cancelledByStaff();
    const undone = undoCancellation(cancelled, at(seconds - 1));
    if (!undone.ok) throw new Error(undone.error.code);
    // A new version (so the cancellation's e-mail, waiting in the queue, knows it is stale), else as before.
    expect(undone.value).toEqual({ ...before, updatedAt: at(seconds - 1).toISOString() });
    expect(personalLinkGeneration(undone.value)).toBe(personalLinkGeneration(before));
    // Undoing again (a second click) changes nothing.
    const again = undoCancellation(undone.value, at(seconds - 1));
    expect(again.ok && again.value).toBe(undone.value);
    // A fresh cancellation can be undone afresh.
    const recancelled = cancelAppointment(undone.value, at(seconds), { seconds });
    if (!recancelled.ok) throw new Error(recancelled.error.code);
    expect(codeOf(undoCancellation(recancelled.value, at(2 * seconds - 1)))).toBe('ok');
  });

  it('refuses once the window has passed, for a cancellation the calendar made, and for an ended appointment', () => {
    const { before, cancelled } = cancelledByStaff();
    expect(codeOf(undoCancellation(cancelled, at(seconds)))).toBe('appointment.undo-expired');
    expect(codeOf(undoCancellation(cancelled, at(3600)))).toBe('appointment.undo-expired');
    const synced = cancelAppointment(before, later);
    if (!synced.ok) throw new Error(synced.error.code);
    expect(codeOf(undoCancellation(synced.value, at(1)))).toBe('appointment.undo-expired');
    expect(codeOf(undoCancellation({ ...before, status: 'ended' }, at(1)))).toBe('appointment.ended');
  });
});

describe('isOpenAppointment', () => {
  it('is open until cancelled or ended', () => {
    const open = appointmentStatuses.filter((status) => isOpenAppointment({ ...scheduled(), status }));
    expect(open).toEqual(['scheduled', 'rescheduled']);
  });
});

describe('endAppointment', () => {
  const during = new Date('2026-12-01T09:10:00.000Z');

  it('ends an appointment that has started', () => {
    const result = endAppointment(scheduled(), during);
    expect(result.ok && result.value.status).toBe('ended');
  });

  it('refuses before the start, and for a cancelled appointment', () => {
    expect(codeOf(endAppointment(scheduled(), now))).toBe('appointment.not-started');
    expect(codeOf(endAppointment({ ...scheduled(), status: 'cancelled' }, during))).toBe('appointment.cancelled');
  });

  it('changes nothing when already ended', () => {
    const ended = { ...scheduled(), status: 'ended' as const };
    const result = endAppointment(ended, during);
    expect(result.ok && result.value).toBe(ended);
  });
});

describe('checkAppointmentDraft', () => {
  it('passes a valid draft and names the first broken rule otherwise', () => {
    expect(checkAppointmentDraft(input, now)).toBeUndefined();
    expect(checkAppointmentDraft({ ...input, startsAt: input.endsAt, endsAt: input.startsAt }, now)).toEqual({
      code: 'appointment.invalid-schedule',
      params: { maxMinutes: 480 },
    });
    expect(checkAppointmentDraft({ ...input, guests: [] }, now)?.code).toBe('appointment.invalid-details');
  });
});
