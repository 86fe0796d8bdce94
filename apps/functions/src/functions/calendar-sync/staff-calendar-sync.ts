import type { HttpHandler } from '@azure/functions';
import { calendarSyncRequestSchema, type CalendarSyncView } from '@portico/api-contract';
import type { SyncedCalendar } from '@portico/server-adapters';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { withStaff } from '../staff/with-staff';
import { keepSubscription, type SubscriptionDeps } from './keep-subscription';

type Deps = SubscriptionDeps & Pick<FunctionDependencies, 'calendarSyncQueue'>;

/** `GET /api/staff/calendar-sync`: whether the staff member's calendar syncs, and how it is doing. */
export function getCalendarSync(deps: Pick<FunctionDependencies, 'syncedCalendars'>): HttpHandler {
  return withStaff(async (_request, staff) => jsonResponse(200, view(await deps.syncedCalendars.get(staff.id))));
}

/**
 * `PUT /api/staff/calendar-sync`: turns sync on (subscribe now, so a refusal is seen at once, then
 * catch up in the background) or off (end the subscription; appointments already synced stay).
 */
export function setCalendarSync(deps: Deps): HttpHandler {
  return withStaff(async (request, staff) => {
    const body = await readJsonBody(calendarSyncRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const existing = await deps.syncedCalendars.get(staff.id);
    if (!body.value.enabled) {
      if (existing?.subscription) {
        const ended = await deps.calendarSubscriptions.unsubscribe(existing.subscription.id);
        if (!ended.ok) return problemResponse(ended.error, request);
      }
      await deps.syncedCalendars.saveSubscription(staff.id, undefined);
      await deps.syncedCalendars.saveCursor(staff.id, undefined);
      await deps.syncedCalendars.setEnabled(staff, false);
      return jsonResponse(200, view(await deps.syncedCalendars.get(staff.id)));
    }
    await deps.syncedCalendars.setEnabled(staff, true);
    const calendar = (await deps.syncedCalendars.get(staff.id)) ?? { organiser: staff, enabled: true };
    const kept = await keepSubscription(deps, calendar);
    if (!kept.ok) {
      await deps.syncedCalendars.setEnabled(staff, false);
      return problemResponse(kept.error, request);
    }
    await deps.calendarSyncQueue.enqueue({ type: 'catch-up', userId: staff.id });
    return jsonResponse(200, view(await deps.syncedCalendars.get(staff.id)));
  });
}

function view(calendar: SyncedCalendar | undefined): CalendarSyncView {
  return {
    enabled: calendar?.enabled ?? false,
    subscriptionExpiresAt: calendar?.enabled ? (calendar.subscription?.expiresAt ?? null) : null,
    lastSyncedAt: calendar?.cursor?.syncedAt ?? null,
    problem: calendar?.problem ?? null,
  };
}
