import { z } from 'zod';
import { emulatorRequest } from '../emulator-request';

const graphTime = z.object({ dateTime: z.string(), timeZone: z.string() });
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

/** An event in a staff member's emulated Outlook calendar. */
export interface OutlookEvent {
  readonly id: string;
  readonly subject: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly online: boolean;
  readonly attendees: readonly { readonly name: string; readonly email: string }[];
}

/** What to change of an event; what is left out stays as it is. */
type OutlookEventChanges = Partial<Omit<OutlookEvent, 'id'>>;

/** Graph's UTC date-time, as the emulator and Microsoft Graph both take it. */
const toGraphTime = (iso: string) => ({
  dateTime: new Date(iso).toISOString().replace('Z', ''),
  timeZone: 'UTC',
});
const fromGraphTime = (time: { dateTime: string }) => new Date(`${time.dateTime.slice(0, 23)}Z`).toISOString();

function eventBody(changes: OutlookEventChanges): Record<string, unknown> {
  return {
    ...(changes.subject === undefined ? {} : { subject: changes.subject }),
    ...(changes.startsAt === undefined ? {} : { start: toGraphTime(changes.startsAt) }),
    ...(changes.endsAt === undefined ? {} : { end: toGraphTime(changes.endsAt) }),
    ...(changes.online === undefined
      ? {}
      : { isOnlineMeeting: changes.online, ...(changes.online ? { onlineMeetingProvider: 'teamsForBusiness' } : {}) }),
    ...(changes.attendees === undefined
      ? {}
      : {
          attendees: changes.attendees.map((a) => ({
            type: 'required',
            emailAddress: { name: a.name, address: a.email },
          })),
        }),
  };
}

function toOutlookEvent(event: z.infer<typeof eventSchema>): OutlookEvent {
  return {
    id: event.id,
    subject: event.subject ?? '',
    startsAt: fromGraphTime(event.start),
    endsAt: fromGraphTime(event.end),
    online: event.isOnlineMeeting === true,
    attendees: (event.attendees ?? []).map((a) => ({ name: a.emailAddress.name ?? '', email: a.emailAddress.address })),
  };
}

/**
 * A staff member's calendar in the Graph emulator, read and edited the way Outlook would (plain
 * Graph calls), so calendar sync sees what it would see in Microsoft 365. Used by the local Outlook
 * stand-in page, the integration tests and the benches. Every method throws when the emulator does
 * not answer as Graph would.
 */
export class EmulatedOutlook {
  /** `graphEmulatorUrl` is the emulator's Graph root, e.g. `http://127.0.0.1:7180/graph`. */
  constructor(
    private readonly graphEmulatorUrl: string,
    private readonly userId: string,
  ) {}

  /** The events overlapping [from, to), earliest first. */
  async view(from: string, to: string): Promise<OutlookEvent[]> {
    const query = new URLSearchParams({ startDateTime: from, endDateTime: to });
    const answer = await this.graph('GET', `${this.calendar()}/calendarView?${query}`);
    return viewSchema.parse(await answer.json()).value.map(toOutlookEvent);
  }

  async create(event: Omit<OutlookEvent, 'id' | 'attendees'> & OutlookEventChanges): Promise<OutlookEvent> {
    const answer = await this.graph('POST', `${this.calendar()}/events`, eventBody(event));
    return toOutlookEvent(eventSchema.parse(await answer.json()));
  }

  /**
   * A recurring series, as Outlook makes one: every day or every week, a number of times. Its
   * occurrences are what `view` lists; moving or removing one of them is `update` or `remove` by the
   * occurrence's id.
   */
  async createSeries(
    event: Omit<OutlookEvent, 'id' | 'attendees'> & OutlookEventChanges,
    repeat: { readonly every: 'day' | 'week'; readonly times: number },
  ): Promise<OutlookEvent> {
    const recurrence = {
      pattern: { type: repeat.every === 'day' ? 'daily' : 'weekly', interval: 1 },
      range: { type: 'numbered', startDate: event.startsAt.slice(0, 10), numberOfOccurrences: repeat.times },
    };
    const answer = await this.graph('POST', `${this.calendar()}/events`, { ...eventBody(event), recurrence });
    return toOutlookEvent(eventSchema.parse(await answer.json()));
  }

  async update(eventId: string, changes: OutlookEventChanges): Promise<void> {
    await this.graph('PATCH', this.event(eventId), eventBody(changes));
  }

  async remove(eventId: string): Promise<void> {
    await this.graph('DELETE', this.event(eventId));
  }

  private calendar(): string {
    return `/v1.0/users/${encodeURIComponent(this.userId)}`;
  }

  private event(eventId: string): string {
    return `${this.calendar()}/events/${encodeURIComponent(eventId)}`;
  }

  private graph(method: string, path: string, body?: unknown): Promise<Response> {
    return emulatorRequest(`${this.graphEmulatorUrl}${path}`, method, body);
  }
}
