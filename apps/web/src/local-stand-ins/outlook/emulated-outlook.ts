import { z } from 'zod';

const graphTime = z.object({ dateTime: z.string(), timeZone: z.literal('UTC') });
const eventSchema = z.object({
  id: z.string(),
  subject: z.string().nullish(),
  start: graphTime,
  end: graphTime,
  isOnlineMeeting: z.boolean().nullish(),
  attendees: z
    .array(z.object({ emailAddress: z.object({ name: z.string().nullish(), address: z.string() }) }))
    .nullish(),
});
const viewSchema = z.object({ value: z.array(eventSchema) });

/** An event in a staff member's emulated Outlook calendar, as the stand-in page shows it. */
export interface OutlookEvent {
  readonly id: string;
  readonly subject: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly online: boolean;
  readonly attendees: readonly { readonly name: string; readonly email: string }[];
}

export interface OutlookEventDraft {
  readonly subject: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly online: boolean;
  readonly attendees: readonly { readonly name: string; readonly email: string }[];
}

const toGraphTime = (iso: string) => ({ dateTime: new Date(iso).toISOString().replace('Z', ''), timeZone: 'UTC' });
const fromGraphTime = (time: { dateTime: string }) => new Date(`${time.dateTime.slice(0, 23)}Z`).toISOString();

/**
 * Outlook, as far as the local stand-in page needs it: a staff member's calendar in the Graph
 * emulator, read and edited with plain Graph calls, so the calendar sync sees what it would see in
 * Microsoft 365. Local only; production has no such page.
 */
export class EmulatedOutlook {
  constructor(private readonly graphEmulatorUrl: string) {}

  /** The staff member's events overlapping [from, to), earliest first. */
  async events(userId: string, from: string, to: string): Promise<OutlookEvent[] | undefined> {
    const query = new URLSearchParams({ startDateTime: from, endDateTime: to });
    const response = await this.send('GET', `/users/${encodeURIComponent(userId)}/calendarView?${query}`);
    if (!response?.ok) return undefined;
    const parsed = viewSchema.safeParse(await response.json());
    if (!parsed.success) return undefined;
    return parsed.data.value.map((event) => ({
      id: event.id,
      subject: event.subject ?? '',
      startsAt: fromGraphTime(event.start),
      endsAt: fromGraphTime(event.end),
      online: event.isOnlineMeeting === true,
      attendees: (event.attendees ?? []).map((a) => ({
        name: a.emailAddress.name ?? '',
        email: a.emailAddress.address,
      })),
    }));
  }

  async create(userId: string, draft: OutlookEventDraft): Promise<boolean> {
    const response = await this.send('POST', `/users/${encodeURIComponent(userId)}/events`, {
      subject: draft.subject,
      start: toGraphTime(draft.startsAt),
      end: toGraphTime(draft.endsAt),
      isOnlineMeeting: draft.online,
      ...(draft.online ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
      attendees: draft.attendees.map((a) => ({ type: 'required', emailAddress: { name: a.name, address: a.email } })),
    });
    return response?.ok ?? false;
  }

  async move(userId: string, eventId: string, times: { startsAt: string; endsAt: string }): Promise<boolean> {
    const response = await this.send('PATCH', this.eventPath(userId, eventId), {
      start: toGraphTime(times.startsAt),
      end: toGraphTime(times.endsAt),
    });
    return response?.ok ?? false;
  }

  async remove(userId: string, eventId: string): Promise<boolean> {
    const response = await this.send('DELETE', this.eventPath(userId, eventId));
    return response?.ok ?? false;
  }

  private eventPath(userId: string, eventId: string): string {
    return `/users/${encodeURIComponent(userId)}/events/${encodeURIComponent(eventId)}`;
  }

  private async send(method: string, path: string, body?: unknown): Promise<Response | undefined> {
    try {
      return await fetch(`${this.graphEmulatorUrl}/v1.0${path}`, {
        method,
        cache: 'no-store',
        signal: AbortSignal.timeout(5000),
        ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
    } catch {
      return undefined;
    }
  }
}
