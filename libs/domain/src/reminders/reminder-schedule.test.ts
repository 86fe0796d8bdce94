import { buildAppointment } from '../testing/build-appointment';
import {
  dueReminders,
  isCurrentReminder,
  isTimelyReminder,
  reminderDueAt,
  reminderGraceMinutes,
  reminderKey,
  reminderSearchRanges,
} from './reminder-schedule';

const startsAt = '2026-12-01T10:00:00.000Z';
const at = (iso: string) => new Date(iso);
const appointment = buildAppointment(
  { startsAt, endsAt: '2026-12-01T10:30:00.000Z' },
  new Date('2026-11-20T08:00:00.000Z'),
);

describe('dueReminders', () => {
  it('is due at its moment and through its grace, not before and not after', () => {
    expect(dueReminders(appointment, [1440, 60], at('2026-11-30T09:59:59.000Z'))).toEqual([]);
    expect(dueReminders(appointment, [1440, 60], at('2026-11-30T10:00:00.000Z'))).toEqual([
      { appointmentId: appointment.id, minutesBefore: 1440, startsAt },
    ]);
    expect(dueReminders(appointment, [1440, 60], at('2026-11-30T10:59:59.000Z'))).toHaveLength(1);
    expect(dueReminders(appointment, [1440, 60], at('2026-11-30T11:00:00.000Z'))).toEqual([]);
    expect(dueReminders(appointment, [1440, 60], at('2026-12-01T09:05:00.000Z'))).toEqual([
      { appointmentId: appointment.id, minutesBefore: 60, startsAt },
    ]);
    expect(dueReminders(appointment, [1440, 60], at('2026-12-01T09:15:00.000Z'))).toEqual([]);
  });

  it('sends none for an appointment booked or moved after the reminder moment: its e-mail just told the time', () => {
    const booked = { ...appointment, createdAt: '2026-12-01T09:30:00.000Z', updatedAt: '2026-12-01T09:30:00.000Z' };
    expect(dueReminders(booked, [60], at('2026-12-01T09:35:00.000Z'))).toEqual([]);
    const moved = { ...appointment, status: 'rescheduled' as const, updatedAt: '2026-12-01T09:30:00.000Z' };
    expect(dueReminders(moved, [60], at('2026-12-01T09:35:00.000Z'))).toEqual([]);
  });

  it('sends none for a cancelled or ended appointment, or once it started', () => {
    expect(dueReminders({ ...appointment, status: 'cancelled' }, [60], at('2026-12-01T09:01:00.000Z'))).toEqual([]);
    expect(dueReminders({ ...appointment, status: 'ended' }, [60], at('2026-12-01T09:01:00.000Z'))).toEqual([]);
    expect(dueReminders(appointment, [5], at('2026-12-01T10:00:00.000Z'))).toEqual([]);
  });
});

describe('reminderSearchRanges', () => {
  it('covers exactly the starts whose reminder is due now', () => {
    const now = at('2026-11-30T10:30:00.000Z');
    expect(reminderSearchRanges([1440, 60], now)).toEqual([
      { from: '2026-12-01T09:30:00.000Z', to: '2026-12-01T10:30:00.001Z' },
      { from: '2026-11-30T11:15:00.000Z', to: '2026-11-30T11:30:00.001Z' },
    ]);
  });
});

describe('a reminder', () => {
  const reminder = { appointmentId: appointment.id, minutesBefore: 60, startsAt };

  it('is named by its appointment, lead and start', () => {
    expect(reminderKey(reminder)).toBe(`${appointment.id}|60|${startsAt}`);
    expect(reminderKey({ ...reminder, startsAt: '2026-12-02T10:00:00.000Z' })).not.toBe(reminderKey(reminder));
  });

  it('goes stale when the appointment moves or is cancelled', () => {
    expect(isCurrentReminder(reminder, appointment)).toBe(true);
    expect(isCurrentReminder(reminder, { ...appointment, startsAt: '2026-12-02T10:00:00.000Z' })).toBe(false);
    expect(isCurrentReminder(reminder, { ...appointment, status: 'cancelled' })).toBe(false);
  });

  it('may still go through the queue’s retries, but not after the start or long after its moment', () => {
    expect(isTimelyReminder(reminder, at('2026-12-01T09:20:00.000Z'))).toBe(true);
    expect(isTimelyReminder(reminder, at('2026-12-01T09:31:00.000Z'))).toBe(false);
    expect(isTimelyReminder({ ...reminder, minutesBefore: 5 }, at('2026-12-01T10:00:00.000Z'))).toBe(false);
  });

  it('was due its lead before the start', () => {
    expect(reminderDueAt(reminder).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('may be late by a quarter of its lead, between 10 and 60 minutes', () => {
    expect([
      reminderGraceMinutes(5),
      reminderGraceMinutes(60),
      reminderGraceMinutes(120),
      reminderGraceMinutes(1440),
    ]).toEqual([10, 15, 30, 60]);
  });
});
