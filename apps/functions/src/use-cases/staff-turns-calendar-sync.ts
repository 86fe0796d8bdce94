import { ok, type AppointmentOrganiser, type PorticoError, type Result } from '@portico/domain';
import type { SyncedCalendar } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { keepSubscription, type SubscriptionDeps } from './keep-subscription';

/**
 * Staff turn the sync of their own calendar on (subscribe now, so a refusal is seen at once, then
 * catch up in the background) or off (end the subscription; appointments already synced stay).
 */
export async function staffTurnsCalendarSync(
  deps: SubscriptionDeps & Pick<FunctionDependencies, 'calendarSyncQueue'>,
  { staff, enabled }: { readonly staff: AppointmentOrganiser; readonly enabled: boolean },
): Promise<Result<SyncedCalendar | undefined, PorticoError>> {
  if (!enabled) {
    const existing = await deps.syncedCalendars.get(staff.id);
    if (existing?.subscription) {
      const ended = await deps.calendarSubscriptions.unsubscribe(existing.subscription.id);
      if (!ended.ok) return ended;
    }
    await deps.syncedCalendars.saveSubscription(staff.id, undefined);
    await deps.syncedCalendars.saveCursor(staff.id, undefined);
    await deps.syncedCalendars.setEnabled(staff, false);
    return ok(await deps.syncedCalendars.get(staff.id));
  }
  await deps.syncedCalendars.setEnabled(staff, true);
  const calendar = (await deps.syncedCalendars.get(staff.id)) ?? { organiser: staff, enabled: true };
  const kept = await keepSubscription(deps, calendar);
  if (!kept.ok) {
    await deps.syncedCalendars.setEnabled(staff, false);
    return kept;
  }
  await deps.calendarSyncQueue.enqueue({ type: 'catch-up', userId: staff.id });
  return ok(await deps.syncedCalendars.get(staff.id));
}
