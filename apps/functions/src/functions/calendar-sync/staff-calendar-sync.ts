import type { HttpHandler } from '@azure/functions';
import { calendarSyncRequestSchema, type CalendarSyncView } from '@portico/api-contract';
import type { SyncedCalendar } from '@portico/server-adapters';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { withStaff } from '../staff/with-staff';
import { staffTurnsCalendarSync } from '../../use-cases/staff-turns-calendar-sync';
import type { SubscriptionDeps } from '../../use-cases/keep-subscription';

type Deps = SubscriptionDeps & Pick<FunctionDependencies, 'calendarSyncQueue'>;

/** `GET /api/staff/calendar-sync`: whether the staff member's calendar syncs, and how it is doing. */
export function getCalendarSync(deps: Pick<FunctionDependencies, 'syncedCalendars'>): HttpHandler {
  return withStaff(async (_request, staff) => jsonResponse(200, view(await deps.syncedCalendars.get(staff.id))));
}

/** `PUT /api/staff/calendar-sync`: turns the staff member's calendar sync on or off. */
export function setCalendarSync(deps: Deps): HttpHandler {
  return withStaff(async (request, staff) => {
    const body = await readJsonBody(calendarSyncRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const turned = await staffTurnsCalendarSync(deps, { staff, enabled: body.value.enabled });
    return turned.ok ? jsonResponse(200, view(turned.value)) : problemResponse(turned.error, request);
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
