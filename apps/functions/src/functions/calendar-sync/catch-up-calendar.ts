import type { InvocationContext } from '@azure/functions';
import { isOpenAppointment } from '@portico/domain';
import type { SyncedCalendar } from '@portico/server-adapters';
import type { FunctionDependencies } from '../../function-dependencies';
import { maxEventsPerMessage } from '@portico/server-adapters';
import { applyCalendarChanges, type CalendarChangeDeps } from '../../use-cases/apply-calendar-change';

export type CatchUpDeps = CalendarChangeDeps & Pick<FunctionDependencies, 'syncedCalendars'>;

const dayMs = 24 * 60 * 60_000;
/** Groups of events (each read in one Graph batch) applied at once during a catch-up. */
const concurrency = 4;

/**
 * The backstop: reads what changed in the calendar since the last pass (`calendarView/delta`) and
 * applies each change, so a notification that never came is made up for. A first pass, or one after
 * Graph forgot the delta state, reads the whole window and also re-checks the calendar's open
 * appointments that the window no longer shows, so a delete missed before then is caught too.
 */
export async function catchUpCalendar(
  deps: CatchUpDeps,
  calendar: SyncedCalendar,
  context: InvocationContext,
): Promise<void> {
  const now = deps.clock();
  const userId = calendar.organiser.id;
  const window = {
    from: new Date(now.getTime() - dayMs).toISOString(),
    to: new Date(now.getTime() + deps.calendarSync.windowDays * dayMs).toISOString(),
  };
  // Past the middle of its window a delta link misses too much of what lies ahead: start afresh.
  const cursor =
    calendar.cursor &&
    Date.parse(calendar.cursor.windowEndsAt) - now.getTime() > (deps.calendarSync.windowDays / 2) * dayMs
      ? calendar.cursor
      : undefined;
  let changes = await deps.calendars.readChanges(userId, cursor ? { deltaLink: cursor.deltaLink } : { window });
  let full = !cursor;
  if (changes.ok && changes.value === 'restart') {
    changes = await deps.calendars.readChanges(userId, { window });
    full = true;
  }
  if (!changes.ok || changes.value === 'restart') {
    throw new Error(`The calendar's changes could not be read (${changes.ok ? 'restart' : changes.error.code}).`);
  }
  const { changedEventIds, removedEventIds, deltaLink } = changes.value;
  const eventIds = new Set([...changedEventIds, ...removedEventIds]);
  if (full) {
    const open = await deps.appointments.listByOrganiser(userId, window);
    for (const { appointment } of open) {
      if (appointment.origin === 'calendar' && isOpenAppointment(appointment) && appointment.calendarEventId) {
        eventIds.add(appointment.calendarEventId);
      }
    }
  }
  const groups: string[][] = [];
  const ids = [...eventIds];
  for (let start = 0; start < ids.length; start += maxEventsPerMessage) {
    groups.push(ids.slice(start, start + maxEventsPerMessage));
  }
  await Promise.all(
    Array.from({ length: Math.min(concurrency, groups.length) }, async () => {
      for (let group = groups.shift(); group !== undefined; group = groups.shift()) {
        await applyCalendarChanges(deps, calendar.organiser, group, context);
      }
    }),
  );
  await deps.syncedCalendars.saveCursor(userId, {
    deltaLink,
    windowEndsAt: cursor?.windowEndsAt ?? window.to,
    syncedAt: now.toISOString(),
  });
  context.log(`Caught up: ${eventIds.size} events checked${full ? ' (full read)' : ''}.`);
}
