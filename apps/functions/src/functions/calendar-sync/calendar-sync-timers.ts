import type { TimerHandler } from '@azure/functions';
import type { FunctionDependencies } from '../../function-dependencies';
import { keepSubscription, type SubscriptionDeps } from '../../use-cases/keep-subscription';

/** Hourly: every opted-in calendar keeps a live subscription, renewed well before Graph lets it lapse. */
export function renewCalendarSubscriptions(deps: SubscriptionDeps): TimerHandler {
  return async (_timer, context) => {
    const calendars = await deps.syncedCalendars.listEnabled();
    let problems = 0;
    for (const calendar of calendars) {
      const kept = await keepSubscription(deps, calendar);
      if (!kept.ok) problems++;
    }
    context.log(`Subscriptions checked for ${calendars.length} calendars; ${problems} could not be kept.`);
  };
}

/** Every quarter hour: each opted-in calendar gets a catch-up (delta backstop) on the queue. */
export function scheduleCalendarCatchUps(
  deps: Pick<FunctionDependencies, 'syncedCalendars' | 'calendarSyncQueue'>,
): TimerHandler {
  return async (_timer, context) => {
    const calendars = await deps.syncedCalendars.listEnabled();
    for (const calendar of calendars) {
      await deps.calendarSyncQueue.enqueue({ type: 'catch-up', userId: calendar.organiser.id });
    }
    context.log(`Catch-up queued for ${calendars.length} calendars.`);
  };
}
