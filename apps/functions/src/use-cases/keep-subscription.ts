import { err, ok, type PorticoError, type Result } from '@portico/domain';
import { maxEventSubscriptionMinutes, type StoredSubscription, type SyncedCalendar } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';

export type SubscriptionDeps = Pick<
  FunctionDependencies,
  'calendarSubscriptions' | 'syncedCalendars' | 'clientStates' | 'clock' | 'calendarSync'
>;

/** Asked-for lifetime: Graph's maximum, less a margin for clocks that disagree. */
const lifetimeMinutes = maxEventSubscriptionMinutes - 10;

/**
 * Makes sure the calendar has a live subscription: makes one when there is none, and otherwise renews
 * it to Graph's full lifetime. Renewing on every call (the timer's hourly pass included) also finds a
 * subscription Graph let lapse or dropped, which is then made anew. A problem is recorded on the
 * calendar for the staff member to see, and cleared once it is solved.
 */
export async function keepSubscription(
  deps: SubscriptionDeps,
  calendar: SyncedCalendar,
  options: { readonly replace?: boolean } = {},
): Promise<Result<StoredSubscription, PorticoError>> {
  const now = deps.clock();
  const userId = calendar.organiser.id;
  const expiresAt = new Date(now.getTime() + lifetimeMinutes * 60_000).toISOString();
  const current = options.replace ? undefined : calendar.subscription;
  let kept: Result<StoredSubscription, PorticoError>;
  if (current) {
    const renewed = await deps.calendarSubscriptions.renew(current.id, expiresAt);
    kept = renewed.ok
      ? ok({ ...current, expiresAt: renewed.value.expiresAt })
      : renewed.error.code === 'calendar-sync.subscription-missing'
        ? await subscribe(deps, userId, expiresAt)
        : renewed;
  } else {
    kept = await subscribe(deps, userId, expiresAt);
  }
  if (!kept.ok) {
    await deps.syncedCalendars.recordProblem(userId, { code: kept.error.code, at: now.toISOString() });
    return err(kept.error);
  }
  await deps.syncedCalendars.saveSubscription(userId, kept.value);
  if (calendar.problem) await deps.syncedCalendars.recordProblem(userId, undefined);
  return kept;
}

async function subscribe(
  deps: SubscriptionDeps,
  userId: string,
  expiresAt: string,
): Promise<Result<StoredSubscription, PorticoError>> {
  const clientStateNonce = deps.clientStates.newNonce();
  const made = await deps.calendarSubscriptions.subscribe({
    userId,
    notificationUrl: deps.calendarSync.notificationUrl,
    lifecycleNotificationUrl: deps.calendarSync.lifecycleNotificationUrl,
    clientState: deps.clientStates.clientStateFor(userId, clientStateNonce),
    expiresAt,
  });
  return made.ok ? ok({ id: made.value.id, expiresAt: made.value.expiresAt, clientStateNonce }) : made;
}
