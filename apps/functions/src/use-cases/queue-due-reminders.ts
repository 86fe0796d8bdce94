import { dueReminders, reminderKey, reminderSearchRanges, type DueReminder } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/**
 * The reminder timer's work: finds the reminders due now and queues each once. A reminder is
 * claimed in the ledger before it is queued, so timer runs that overlap (a slow run, two
 * instances) queue it once; a claim whose queuing failed is given back for the next run.
 * Answers the reminders this run queued.
 */
export async function queueDueReminders(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices' | 'reminders' | 'clock'>,
): Promise<readonly DueReminder[]> {
  const now = deps.clock();
  const { minutesBefore, ledger } = deps.reminders;
  const candidates = await Promise.all(
    reminderSearchRanges(minutesBefore, now).map((range) => deps.appointments.listStartingIn(range)),
  );
  const due = candidates.flat().flatMap(({ appointment }) => dueReminders(appointment, minutesBefore, now));
  const queued: DueReminder[] = [];
  for (const reminder of due) {
    const key = reminderKey(reminder);
    if (!(await ledger.claim(key, now))) continue;
    try {
      await deps.notices.enqueue({ type: 'reminder', ...reminder });
      queued.push(reminder);
    } catch (error) {
      await ledger.release(key);
      throw error;
    }
  }
  return queued;
}
