import type { StorageQueueHandler } from '@azure/functions';
import { calendarSyncMessageSchema } from '@portico/server-adapters';
import type { FunctionDependencies } from '../../function-dependencies';
import { applyCalendarChanges } from '../../use-cases/apply-calendar-change';
import { catchUpCalendar } from './catch-up-calendar';
import { keepSubscription } from '../../use-cases/keep-subscription';

type Deps = Pick<
  FunctionDependencies,
  | 'appointments'
  | 'calendars'
  | 'notices'
  | 'clock'
  | 'calendarSync'
  | 'syncedCalendars'
  | 'calendarSubscriptions'
  | 'clientStates'
  | 'auditTrail'
>;

/**
 * The calendar-notifications queue worker. Changed events are read (together) and applied; a lifecycle event
 * renews, reauthorises or replaces the subscription, and after a removal or missed notifications the
 * calendar is caught up; a catch-up runs the delta backstop. Failures throw, so the queue retries and
 * finally parks the message in the poison queue.
 */
export function processCalendarMessage(deps: Deps): StorageQueueHandler {
  return async (input, context) => {
    const parsed = calendarSyncMessageSchema.safeParse(input);
    if (!parsed.success) throw new Error(`Not a calendar sync message: ${parsed.error.issues.length} problems`);
    const message = parsed.data;
    const calendar = await deps.syncedCalendars.get(message.userId);
    if (!calendar?.enabled) {
      context.log('Sync is off for this calendar; the message is dropped.');
      return;
    }
    if (message.type === 'events') {
      await applyCalendarChanges(deps, calendar.organiser, message.eventIds, context);
      return;
    }
    if (message.type === 'catch-up') {
      await catchUpCalendar(deps, calendar, context);
      return;
    }
    const current = calendar.subscription?.id === message.subscriptionId;
    if (message.lifecycleEvent === 'reauthorizationRequired' && current) {
      // Renewing also reauthorises, and pushes the expiry out while at it.
      const kept = await keepSubscription(deps, calendar);
      if (!kept.ok) throw new Error(`The subscription could not be reauthorised (${kept.error.code}).`);
    }
    if (message.lifecycleEvent === 'subscriptionRemoved' && current) {
      const kept = await keepSubscription(deps, calendar, { replace: true });
      if (!kept.ok) throw new Error(`The subscription could not be made again (${kept.error.code}).`);
    }
    if (message.lifecycleEvent !== 'reauthorizationRequired') {
      await catchUpCalendar(deps, (await deps.syncedCalendars.get(message.userId)) ?? calendar, context);
    }
  };
}
