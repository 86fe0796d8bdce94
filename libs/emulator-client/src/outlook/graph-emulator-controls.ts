import { emulatorRequest } from '../emulator-request';

/** What the Graph emulator did with the change notifications it owed. */
interface NotificationDeliveryReport {
  readonly pending: number;
  readonly delivered: number;
  readonly dropped: number;
  readonly duplicated: number;
  readonly failed: number;
  /** How long Portico took to answer each delivery attempt it answered, in ms, since the last reset. */
  readonly answerMs: readonly number[];
}

/**
 * The Graph emulator's own switches, which no real Graph has: faults in its notifications and
 * answers, its subscriptions, and its delta state. For tests and benches only.
 */
export class GraphEmulatorControls {
  /** `graphEmulatorUrl` is the emulator's Graph root, e.g. `http://127.0.0.1:7180/graph`. */
  constructor(private readonly graphEmulatorUrl: string) {}

  /** The live subscriptions on one user's calendar. */
  async subscriptions(userId: string): Promise<{ id: string; expirationDateTime: string }[]> {
    const { value } = (await (await this.call('GET', '/_subscriptions')).json()) as {
      value: { id: string; userId: string; expirationDateTime: string }[];
    };
    return value.filter((subscription) => subscription.userId === userId);
  }

  /** Sets a subscription's expiry through Graph's own PATCH, as a renewal would. */
  async setSubscriptionExpiry(id: string, expirationDateTime: string): Promise<void> {
    await this.call('PATCH', `/v1.0/subscriptions/${encodeURIComponent(id)}`, { expirationDateTime });
  }

  async expireSubscription(id: string): Promise<void> {
    await this.call('POST', `/_subscriptions/${encodeURIComponent(id)}/expire`);
  }

  async sendLifecycle(id: string, lifecycleEvent: string): Promise<void> {
    await this.call('POST', `/_subscriptions/${encodeURIComponent(id)}/lifecycle`, { lifecycleEvent });
  }

  async notificationFaults(faults: {
    dropRate?: number;
    duplicateRate?: number;
    maxDelayMs?: number;
    seed?: number;
  }): Promise<void> {
    await this.call('POST', '/_notifications', faults);
  }

  async clearNotificationFaults(): Promise<void> {
    await this.call('DELETE', '/_notifications');
  }

  async deliveryReport(): Promise<NotificationDeliveryReport> {
    return (await (await this.call('GET', '/_notifications')).json()) as NotificationDeliveryReport;
  }

  /** Graph forgets every delta state: old delta links are answered 410. */
  async forgetDeltaState(): Promise<void> {
    await this.call('POST', '/_delta/reset');
  }

  async graphFault(fault: Record<string, unknown>): Promise<void> {
    await this.call('POST', '/_faults', fault);
  }

  async clearGraphFaults(): Promise<void> {
    await this.call('DELETE', '/_faults');
  }

  private call(method: string, path: string, body?: unknown): Promise<Response> {
    return emulatorRequest(`${this.graphEmulatorUrl}${path}`, method, body);
  }
}
