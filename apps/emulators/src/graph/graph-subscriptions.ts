import { randomBytes, randomUUID } from 'node:crypto';
import { demoTenantId } from './demo-staff';
import type { CalendarChange } from './graph-calendars';
import type { NotificationDelivery } from './notification-delivery';

/** The app registration the emulator pretends Portico's subscriptions belong to. */
const emulatorApplicationId = '5e1d0c9b-8a7f-4e6d-9c5b-4a3f2e1d0c9b';

/** Graph's longest lifetime for a subscription on Outlook events, in minutes. */
export const maxSubscriptionMinutes = 10_080;

/** How long Graph waits for an endpoint to echo the validation token. */
const validationTimeoutMs = 10_000;

export interface SubscriptionInput {
  readonly changeType: string;
  readonly notificationUrl: string;
  readonly lifecycleNotificationUrl?: string | undefined;
  readonly resource: string;
  readonly expirationDateTime: string;
  readonly clientState?: string | undefined;
}

export interface EmulatedSubscription {
  readonly id: string;
  readonly resource: string;
  readonly userId: string;
  readonly changeType: string;
  readonly notificationUrl: string;
  readonly lifecycleNotificationUrl: string | null;
  readonly clientState: string | null;
  expirationDateTime: string;
  readonly applicationId: string;
  readonly creatorId: string;
}

export type SubscriptionOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: 400 | 404; readonly code: string; readonly message: string };

export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

const lifecycleEvents = new Set<LifecycleEvent>(['reauthorizationRequired', 'subscriptionRemoved', 'missed']);

/**
 * Graph change-notification subscriptions on the emulated calendars: the validation handshake on
 * create, Graph's lifetime limit, renewal, deletion and reauthorisation, and a change or lifecycle
 * notification to the subscriber for every calendar change while the subscription lives.
 */
export class GraphSubscriptions {
  private readonly subscriptions = new Map<string, EmulatedSubscription>();

  constructor(
    private readonly delivery: NotificationDelivery,
    private readonly knownUser: (userId: string) => string | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  async create(input: SubscriptionInput): Promise<SubscriptionOutcome<EmulatedSubscription>> {
    const resource = /^\/?users\/([^/]+)\/events$/i.exec(input.resource);
    const userId = resource?.[1] ? this.knownUser(decodeURIComponent(resource[1])) : undefined;
    if (!userId) return invalid(`Resource '${input.resource}' is not an events collection of a known user.`);
    const expiry = this.checkExpiry(input.expirationDateTime);
    if (!expiry.ok) return expiry;
    if (input.clientState !== undefined && input.clientState.length > 128) {
      return invalid('clientState must be at most 128 characters.');
    }
    for (const url of [input.notificationUrl, input.lifecycleNotificationUrl]) {
      if (url !== undefined && !(await validates(url))) {
        return invalid(
          'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.',
        );
      }
    }
    const subscription: EmulatedSubscription = {
      id: randomUUID(),
      resource: input.resource,
      userId,
      changeType: input.changeType,
      notificationUrl: input.notificationUrl,
      lifecycleNotificationUrl: input.lifecycleNotificationUrl ?? null,
      clientState: input.clientState ?? null,
      expirationDateTime: expiry.value,
      applicationId: emulatorApplicationId,
      creatorId: randomBytes(8).toString('hex'),
    };
    this.subscriptions.set(subscription.id, subscription);
    return { ok: true, value: subscription };
  }

  renew(id: string, expirationDateTime: string): SubscriptionOutcome<EmulatedSubscription> {
    const subscription = this.live(id);
    if (!subscription) return missing(id);
    const expiry = this.checkExpiry(expirationDateTime);
    if (!expiry.ok) return expiry;
    subscription.expirationDateTime = expiry.value;
    return { ok: true, value: subscription };
  }

  remove(id: string): SubscriptionOutcome<undefined> {
    if (!this.live(id)) return missing(id);
    this.subscriptions.delete(id);
    return { ok: true, value: undefined };
  }

  reauthorize(id: string): SubscriptionOutcome<undefined> {
    return this.live(id) ? { ok: true, value: undefined } : missing(id);
  }

  /** The subscriptions still alive, as `GET /subscriptions` lists them. */
  list(): readonly EmulatedSubscription[] {
    return [...this.subscriptions.values()].filter((s) => this.live(s.id));
  }

  /** Test switch: the subscription expires now, as if nobody renewed it in time. */
  expire(id: string): SubscriptionOutcome<undefined> {
    const subscription = this.subscriptions.get(id);
    if (!subscription) return missing(id);
    subscription.expirationDateTime = new Date(this.now() - 1000).toISOString();
    return { ok: true, value: undefined };
  }

  /** Test switch: Graph sends a lifecycle notification; `subscriptionRemoved` also ends the subscription. */
  lifecycle(id: string, event: string): SubscriptionOutcome<undefined> {
    const subscription = this.live(id);
    if (!subscription) return missing(id);
    if (!lifecycleEvents.has(event as LifecycleEvent)) return invalid(`Unknown lifecycle event '${event}'.`);
    if (!subscription.lifecycleNotificationUrl) return invalid('The subscription has no lifecycle notification URL.');
    this.delivery.send(subscription.lifecycleNotificationUrl, {
      subscriptionId: subscription.id,
      subscriptionExpirationDateTime: subscription.expirationDateTime,
      tenantId: demoTenantId,
      clientState: subscription.clientState,
      lifecycleEvent: event,
    });
    if (event === 'subscriptionRemoved') this.subscriptions.delete(id);
    return { ok: true, value: undefined };
  }

  /** Notifies every live subscription on the changed calendar that asked for this kind of change. */
  notify(change: CalendarChange): void {
    for (const subscription of this.list()) {
      if (subscription.userId !== change.userId) continue;
      if (
        !subscription.changeType
          .split(',')
          .map((t) => t.trim())
          .includes(change.changeType)
      )
        continue;
      this.delivery.send(subscription.notificationUrl, {
        subscriptionId: subscription.id,
        subscriptionExpirationDateTime: subscription.expirationDateTime,
        changeType: change.changeType,
        resource: `Users/${change.userId}/Events/${change.eventId}`,
        resourceData: {
          '@odata.type': '#Microsoft.Graph.Event',
          '@odata.id': `Users/${change.userId}/Events/${change.eventId}`,
          '@odata.etag': `W/"${randomBytes(12).toString('base64')}"`,
          id: change.eventId,
        },
        clientState: subscription.clientState,
        tenantId: demoTenantId,
      });
    }
  }

  private live(id: string): EmulatedSubscription | undefined {
    const subscription = this.subscriptions.get(id);
    return subscription && Date.parse(subscription.expirationDateTime) > this.now() ? subscription : undefined;
  }

  private checkExpiry(expirationDateTime: string): SubscriptionOutcome<string> {
    const expires = Date.parse(expirationDateTime);
    if (Number.isNaN(expires) || expires <= this.now()) {
      return invalid('Subscription expiration must be in the future.');
    }
    if (expires > this.now() + maxSubscriptionMinutes * 60_000) {
      return invalid(`Subscription expiration can only be ${maxSubscriptionMinutes} minutes in the future.`);
    }
    return { ok: true, value: new Date(expires).toISOString() };
  }
}

/** Graph's handshake: POST `?validationToken=…` and expect the token back as text/plain, 200, quickly. */
async function validates(url: string): Promise<boolean> {
  const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
  const target = new URL(url);
  target.searchParams.set('validationToken', token);
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      signal: AbortSignal.timeout(validationTimeoutMs),
    });
    const type = response.headers.get('content-type') ?? '';
    return response.status === 200 && type.startsWith('text/plain') && (await response.text()) === token;
  } catch {
    return false;
  }
}

function invalid(message: string): SubscriptionOutcome<never> {
  return { ok: false, status: 400, code: 'InvalidRequest', message };
}

function missing(id: string): SubscriptionOutcome<never> {
  return { ok: false, status: 404, code: 'ResourceNotFound', message: `The object '${id}' doesn't exist.` };
}
