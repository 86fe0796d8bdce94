import type { Event } from '@microsoft/microsoft-graph-types';

export interface OutlookEventInput {
  readonly subject?: string;
  readonly startsAt?: string;
  readonly endsAt?: string;
  readonly online?: boolean;
  readonly attendees?: readonly { readonly name: string; readonly email: string }[];
}

const graphTime = (iso: string) => ({ dateTime: iso.replace('Z', ''), timeZone: 'UTC' });

function eventBody(input: OutlookEventInput): Record<string, unknown> {
  return {
    ...(input.subject === undefined ? {} : { subject: input.subject }),
    ...(input.startsAt === undefined ? {} : { start: graphTime(input.startsAt) }),
    ...(input.endsAt === undefined ? {} : { end: graphTime(input.endsAt) }),
    ...(input.online === undefined ? {} : { isOnlineMeeting: input.online, onlineMeetingProvider: 'teamsForBusiness' }),
    ...(input.attendees === undefined
      ? {}
      : {
          attendees: input.attendees.map((a) => ({
            type: 'required',
            emailAddress: { name: a.name, address: a.email },
          })),
        }),
  };
}

/**
 * A staff member's calendar in the Graph emulator, edited the way Outlook would (plain Graph calls),
 * plus the emulator's switches for notification faults and subscriptions. For integration tests.
 */
export class EmulatedOutlook {
  constructor(
    private readonly emulatorsUrl: string,
    private readonly userId: string,
  ) {}

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.emulatorsUrl}/graph${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  }

  async create(input: OutlookEventInput): Promise<Event> {
    return (await (await this.call('POST', `/v1.0/users/${this.userId}/events`, eventBody(input))).json()) as Event;
  }

  async update(eventId: string, input: OutlookEventInput): Promise<void> {
    await this.call('PATCH', `/v1.0/users/${this.userId}/events/${eventId}`, eventBody(input));
  }

  async remove(eventId: string): Promise<void> {
    await this.call('DELETE', `/v1.0/users/${this.userId}/events/${eventId}`);
  }

  /** Every event in the window, as Outlook shows it. */
  async view(from: string, to: string): Promise<Event[]> {
    const query = `startDateTime=${encodeURIComponent(from)}&endDateTime=${encodeURIComponent(to)}`;
    return (
      (await (await this.call('GET', `/v1.0/users/${this.userId}/calendarView?${query}`)).json()) as { value: Event[] }
    ).value;
  }

  /** The live subscriptions on this calendar. */
  async subscriptions(): Promise<{ id: string; expirationDateTime: string }[]> {
    const { value } = (await (await this.call('GET', '/_subscriptions')).json()) as {
      value: { id: string; userId: string; expirationDateTime: string }[];
    };
    return value.filter((s) => s.userId === this.userId);
  }

  /** Sets a subscription's expiry through Graph's own PATCH, as a renewal would. */
  async setSubscriptionExpiry(id: string, expirationDateTime: string): Promise<void> {
    await this.call('PATCH', `/v1.0/subscriptions/${id}`, { expirationDateTime });
  }

  async expireSubscription(id: string): Promise<void> {
    await this.call('POST', `/_subscriptions/${id}/expire`);
  }

  async sendLifecycle(id: string, lifecycleEvent: string): Promise<void> {
    await this.call('POST', `/_subscriptions/${id}/lifecycle`, { lifecycleEvent });
  }

  async notificationFaults(faults: { dropRate?: number; duplicateRate?: number; maxDelayMs?: number; seed?: number }) {
    await this.call('POST', '/_notifications', faults);
  }

  async clearNotificationFaults(): Promise<void> {
    await this.call('DELETE', '/_notifications');
  }

  async deliveryReport(): Promise<{
    pending: number;
    delivered: number;
    dropped: number;
    duplicated: number;
    failed: number;
  }> {
    return (await (await this.call('GET', '/_notifications')).json()) as {
      pending: number;
      delivered: number;
      dropped: number;
      duplicated: number;
      failed: number;
    };
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
}
