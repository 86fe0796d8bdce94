import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { Subscription } from '@microsoft/microsoft-graph-types';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import type {
  CalendarSubscription,
  CalendarSubscriptions,
  SubscribeRequest,
} from '../calendar-sync/calendar-subscriptions';
import { graphErrorToPorticoError } from './graph-errors';

/**
 * `CalendarSubscriptions` on Microsoft Graph: a subscription on `/users/{id}/events` for created,
 * updated and deleted events, with a lifecycle notification URL so Graph can ask for
 * reauthorisation, say it removed the subscription, or say notifications were missed.
 */
export class GraphCalendarSubscriptions implements CalendarSubscriptions {
  constructor(private readonly graph: Client) {}

  async subscribe(request: SubscribeRequest): Promise<Result<CalendarSubscription, PorticoError>> {
    const body: Subscription = {
      changeType: 'created,updated,deleted',
      resource: `/users/${request.userId}/events`,
      notificationUrl: request.notificationUrl,
      lifecycleNotificationUrl: request.lifecycleNotificationUrl,
      clientState: request.clientState,
      expirationDateTime: request.expiresAt,
    };
    return this.call(() => this.graph.api('/subscriptions').post(body));
  }

  renew(subscriptionId: string, expiresAt: string): Promise<Result<CalendarSubscription, PorticoError>> {
    return this.call(() =>
      this.graph.api(`/subscriptions/${encodeURIComponent(subscriptionId)}`).patch({ expirationDateTime: expiresAt }),
    );
  }

  async reauthorize(subscriptionId: string): Promise<Result<void, PorticoError>> {
    try {
      await this.graph.api(`/subscriptions/${encodeURIComponent(subscriptionId)}/reauthorize`).post({});
      return ok(undefined);
    } catch (error) {
      return err(subscriptionError(error));
    }
  }

  async unsubscribe(subscriptionId: string): Promise<Result<void, PorticoError>> {
    try {
      await this.graph.api(`/subscriptions/${encodeURIComponent(subscriptionId)}`).delete();
      return ok(undefined);
    } catch (error) {
      const mapped = subscriptionError(error);
      return mapped.code === 'calendar-sync.subscription-missing' ? ok(undefined) : err(mapped);
    }
  }

  private async call(send: () => Promise<Subscription>): Promise<Result<CalendarSubscription, PorticoError>> {
    try {
      const subscription = await send();
      if (!subscription.id || !subscription.expirationDateTime) return err(porticoError('dependency.unavailable'));
      return ok({ id: subscription.id, expiresAt: new Date(subscription.expirationDateTime).toISOString() });
    } catch (error) {
      return err(subscriptionError(error));
    }
  }
}

function subscriptionError(error: unknown): PorticoError {
  if (error instanceof GraphError && error.statusCode === 404)
    return porticoError('calendar-sync.subscription-missing');
  return graphErrorToPorticoError(error);
}
