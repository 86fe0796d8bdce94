import type { PorticoError, Result } from '@portico/domain';

export interface SubscribeRequest {
  readonly userId: string;
  /** Where change notifications go; Graph checks it with a validation handshake first. */
  readonly notificationUrl: string;
  /** Where lifecycle notifications (reauthorise, removed, missed) go. */
  readonly lifecycleNotificationUrl: string;
  /** The secret every notification of this subscription carries back. */
  readonly clientState: string;
  readonly expiresAt: string;
}

/** A live change-notification subscription on one calendar. */
export interface CalendarSubscription {
  readonly id: string;
  readonly expiresAt: string;
}

/**
 * Change-notification subscriptions on staff calendars. A renewal of a subscription that no longer
 * exists fails with `meeting-directory.event-missing`, the signal to make a new one.
 */
export interface CalendarSubscriptions {
  subscribe(request: SubscribeRequest): Promise<Result<CalendarSubscription, PorticoError>>;
  renew(subscriptionId: string, expiresAt: string): Promise<Result<CalendarSubscription, PorticoError>>;
  reauthorize(subscriptionId: string): Promise<Result<void, PorticoError>>;
  /** Ends a subscription; ending one that is already gone succeeds. */
  unsubscribe(subscriptionId: string): Promise<Result<void, PorticoError>>;
}

/** Graph's longest lifetime for a subscription on Outlook events: 10,080 minutes (7 days). */
export const maxEventSubscriptionMinutes = 10_080;
