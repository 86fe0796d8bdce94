import type { Appointment } from '../appointment/appointment';
import { isOpenAppointment } from '../appointment/appointment';

/** Reminders go out this many minutes before an appointment starts, unless settings say otherwise. */
export const defaultReminderMinutesBefore: readonly number[] = [24 * 60, 60];

/** The bounds a reminder setting must stay within: at least 5 minutes, at most a week, before. */
export const reminderLimits = { minMinutesBefore: 5, maxMinutesBefore: 7 * 24 * 60, maxReminders: 4 } as const;

/** One reminder of one appointment at its current time; the start is part of its identity. */
export interface DueReminder {
  readonly appointmentId: string;
  readonly minutesBefore: number;
  /** The start the reminder is about: after a reschedule, a reminder for the old start is stale. */
  readonly startsAt: string;
}

/**
 * How late a reminder may still go: a timer run that missed its moment catches up, but a reminder
 * meant for 24 hours before never arrives 3 hours before. A quarter of the lead, between 10 and 60
 * minutes; the reminder timer runs more often than the smallest.
 */
export function reminderGraceMinutes(minutesBefore: number): number {
  return Math.min(60, Math.max(10, Math.floor(minutesBefore / 4)));
}

/**
 * The reminders of an appointment that are due now: open, not started, past the reminder's moment
 * but within its grace, and not changed since that moment (someone who books or is moved 30 minutes
 * ahead was just e-mailed the time and needs no "one hour before" reminder).
 */
export function dueReminders(appointment: Appointment, minutesBefore: readonly number[], now: Date): DueReminder[] {
  const start = Date.parse(appointment.startsAt);
  if (!isOpenAppointment(appointment) || start <= now.getTime()) return [];
  return minutesBefore
    .filter((minutes) => {
      const dueAt = start - minutes * 60_000;
      return (
        dueAt <= now.getTime() &&
        now.getTime() < dueAt + reminderGraceMinutes(minutes) * 60_000 &&
        Date.parse(appointment.updatedAt) <= dueAt
      );
    })
    .map((minutes) => ({ appointmentId: appointment.id, minutesBefore: minutes, startsAt: appointment.startsAt }));
}

/**
 * The starts, as half-open ranges of ISO instants, of appointments that may have a reminder due now:
 * one range per reminder setting, so the timer reads a sliver of the calendar, not all of it.
 */
export function reminderSearchRanges(
  minutesBefore: readonly number[],
  now: Date,
): { readonly from: string; readonly to: string }[] {
  return minutesBefore.map((minutes) => ({
    from: new Date(now.getTime() + (minutes - reminderGraceMinutes(minutes)) * 60_000).toISOString(),
    to: new Date(now.getTime() + minutes * 60_000 + 1).toISOString(),
  }));
}

/** Names a reminder, so overlapping timer runs and retries agree on what was sent. */
export function reminderKey(reminder: DueReminder): string {
  return `${reminder.appointmentId}|${reminder.minutesBefore}|${reminder.startsAt}`;
}

/** Whether a queued reminder still matches the appointment: open, and not moved since it was due. */
export function isCurrentReminder(reminder: DueReminder, appointment: Appointment): boolean {
  return isOpenAppointment(appointment) && appointment.startsAt === reminder.startsAt;
}

/**
 * Whether a queued reminder may still go: not once the appointment has started, nor long after its
 * moment (a backlog, or a message replayed from the poison queue, would say "tomorrow" too late).
 * Twice the grace leaves room for the queue's retries.
 */
export function isTimelyReminder(reminder: DueReminder, now: Date): boolean {
  const late = reminderDueAt(reminder).getTime() + 2 * reminderGraceMinutes(reminder.minutesBefore) * 60_000;
  return now.getTime() < Date.parse(reminder.startsAt) && now.getTime() < late;
}

/** The moment a reminder was meant for, which its retries name as when it was first sent. */
export function reminderDueAt(reminder: DueReminder): Date {
  return new Date(Date.parse(reminder.startsAt) - reminder.minutesBefore * 60_000);
}
