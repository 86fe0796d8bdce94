import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import {
  err,
  ok,
  porticoError,
  type CalendarEvent,
  type CalendarEventState,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { TimeRange } from '../appointment-store';
import type { CalendarChanges, CalendarSource, ChangesFrom } from '../calendar-sync/calendar-source';
import { graphAnswerToPorticoError, graphErrorToPorticoError } from './graph-errors';
import { porticoMarkerExpansion, toCalendarEvent, utcTimeZonePreference } from './graph-calendar-event';

interface DeltaPage {
  readonly value?: readonly (Event & { '@removed'?: unknown })[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

/** Pages the delta query follows before giving up on a link that never ends. */
const maxDeltaPages = 1000;
/** Graph's JSON batching takes at most 20 requests at once. */
const maxBatchRequests = 20;

interface BatchAnswer {
  readonly responses?: readonly {
    readonly id: string;
    readonly status: number;
    readonly body?: Event & { readonly error?: { readonly code?: string } };
  }[];
}

/**
 * `CalendarSource` on Microsoft Graph: single events with Portico's marker, and `calendarView/delta`
 * for the backstop. Graph's next and delta links are absolute; they are followed by their path, so
 * the same code reads Graph and the emulator.
 */
export class GraphCalendarSource implements CalendarSource {
  constructor(private readonly graph: Client) {}

  async readEvent(userId: string, eventId: string): Promise<Result<CalendarEventState, PorticoError>> {
    try {
      const event = (await this.graph
        .api(eventPath(userId, eventId))
        .header('Prefer', utcTimeZonePreference)
        .expand(porticoMarkerExpansion)
        .get()) as Event;
      const mapped = toCalendarEvent(event);
      return mapped ? ok({ kind: 'present', event: mapped }) : err(porticoError('dependency.unavailable'));
    } catch (error) {
      const mapped = graphErrorToPorticoError(error);
      return mapped.code === 'meeting-directory.event-missing' ? ok({ kind: 'gone', eventId }) : err(mapped);
    }
  }

  /**
   * Reads the events 20 at a time with Graph's JSON batching: one request, and one of the mailbox's
   * 10,000 per 10 minutes, instead of 20. Graph does not retry a throttled or failed request inside a
   * batch, so those are read again alone, through the client's own retries.
   */
  async readEvents(
    userId: string,
    eventIds: readonly string[],
  ): Promise<ReadonlyMap<string, Result<CalendarEventState, PorticoError>>> {
    const states = new Map<string, Result<CalendarEventState, PorticoError>>();
    const unique = [...new Set(eventIds)];
    for (let start = 0; start < unique.length; start += maxBatchRequests) {
      const chunk = unique.slice(start, start + maxBatchRequests);
      const requests = chunk.map((eventId, index) => ({
        id: String(index),
        method: 'GET',
        url: `${eventPath(userId, eventId)}?$expand=${encodeURIComponent(porticoMarkerExpansion)}`,
        headers: { Prefer: utcTimeZonePreference },
      }));
      // A batch Graph refused as a whole leaves every event to be read alone below.
      const answer = (await this.graph
        .api('/$batch')
        .post({ requests })
        .catch(() => undefined)) as BatchAnswer | undefined;
      const responses = new Map((answer?.responses ?? []).map((response) => [response.id, response]));
      for (const [index, eventId] of chunk.entries()) {
        const response = responses.get(String(index));
        const state = response ? fromBatch(eventId, response) : undefined;
        const settled = state && (state.ok || state.error.code !== 'dependency.unavailable');
        states.set(eventId, settled ? state : await this.readEvent(userId, eventId));
      }
    }
    return states;
  }

  async readOccurrences(
    userId: string,
    masterId: string,
    window: TimeRange,
  ): Promise<Result<readonly CalendarEvent[], PorticoError>> {
    let next: string | undefined =
      `/users/${encodeURIComponent(userId)}/events/${encodeURIComponent(masterId)}/instances` +
      `?startDateTime=${encodeURIComponent(window.from)}&endDateTime=${encodeURIComponent(window.to)}`;
    const occurrences: CalendarEvent[] = [];
    try {
      for (let page = 0; next !== undefined && page < maxDeltaPages; page++) {
        const body = (await this.graph
          .api(next)
          .header('Prefer', utcTimeZonePreference)
          .expand(porticoMarkerExpansion)
          .get()) as { value?: readonly Event[]; '@odata.nextLink'?: string };
        for (const item of body.value ?? []) {
          const mapped = toCalendarEvent(item);
          if (!mapped) return err(porticoError('dependency.unavailable'));
          occurrences.push(mapped);
        }
        next = body['@odata.nextLink'] ? relativeToVersion(body['@odata.nextLink']) : undefined;
      }
      return next === undefined ? ok(occurrences) : err(porticoError('dependency.unavailable'));
    } catch (error) {
      return err(graphErrorToPorticoError(error));
    }
  }

  async readChanges(userId: string, from: ChangesFrom): Promise<Result<CalendarChanges | 'restart', PorticoError>> {
    let next =
      'deltaLink' in from
        ? relativeToVersion(from.deltaLink)
        : `/users/${encodeURIComponent(userId)}/calendarView/delta?startDateTime=${encodeURIComponent(from.window.from)}&endDateTime=${encodeURIComponent(from.window.to)}`;
    const changed = new Set<string>();
    const removed = new Set<string>();
    try {
      for (let page = 0; page < maxDeltaPages; page++) {
        const body = (await this.graph.api(next).header('Prefer', utcTimeZonePreference).get()) as DeltaPage;
        for (const item of body.value ?? []) {
          if (!item.id) continue;
          if (item['@removed']) {
            removed.add(item.id);
            changed.delete(item.id);
          } else {
            changed.add(item.id);
            removed.delete(item.id);
          }
        }
        if (body['@odata.deltaLink']) {
          return ok({
            changedEventIds: [...changed],
            removedEventIds: [...removed],
            deltaLink: body['@odata.deltaLink'],
          });
        }
        if (!body['@odata.nextLink']) break;
        next = relativeToVersion(body['@odata.nextLink']);
      }
      return err(porticoError('dependency.unavailable'));
    } catch (error) {
      // Graph forgets delta state after a while and answers 410 Gone: read the window afresh.
      if (error instanceof GraphError && error.statusCode === 410) return ok('restart');
      return err(graphErrorToPorticoError(error));
    }
  }
}

/** `https://graph.microsoft.com/v1.0/users/…?$deltatoken=…` → `/users/…?$deltatoken=…`. */
function relativeToVersion(link: string): string {
  const url = new URL(link);
  const at = url.pathname.indexOf('/v1.0/');
  return `${at === -1 ? url.pathname : url.pathname.slice(at + '/v1.0'.length)}${url.search}`;
}

function eventPath(userId: string, eventId: string): string {
  return `/users/${encodeURIComponent(userId)}/events/${encodeURIComponent(eventId)}`;
}

/** One answer of a JSON batch as the state `readEvent` would have given; unavailable when it failed. */
function fromBatch(
  eventId: string,
  response: NonNullable<BatchAnswer['responses']>[number],
): Result<CalendarEventState, PorticoError> {
  if (response.status === 200 && response.body) {
    const mapped = toCalendarEvent(response.body);
    return mapped ? ok({ kind: 'present', event: mapped }) : err(porticoError('dependency.unavailable'));
  }
  const error = graphAnswerToPorticoError(response.status, response.body?.error?.code);
  return error.code === 'meeting-directory.event-missing' ? ok({ kind: 'gone', eventId }) : err(error);
}
