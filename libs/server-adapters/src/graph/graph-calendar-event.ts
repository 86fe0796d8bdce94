import type { DateTimeTimeZone, Event } from '@microsoft/microsoft-graph-types';
import { dialInFrom, withoutHiddenCharacters, type CalendarEvent } from '@portico/domain';
import { porticoAppointmentPropertyId } from './portico-event-marker';

/** The header that makes Graph give every date-time of an event in UTC. */
export const utcTimeZonePreference = 'outlook.timezone="UTC"';

/** The `$expand` that reads Portico's marker with the event. */
export const porticoMarkerExpansion = `singleValueExtendedProperties($filter=id eq '${porticoAppointmentPropertyId}')`;

/** The instant of a Graph date-time read with the UTC preference; undefined when it is not UTC. */
function utcInstant(time: DateTimeTimeZone | null | undefined): string | undefined {
  if (!time?.dateTime || time.timeZone !== 'UTC') return undefined;
  const ms = Date.parse(`${time.dateTime.slice(0, 23)}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The event as sync needs it, or undefined when Graph's answer lacks what every event has. */
export function toCalendarEvent(event: Event): CalendarEvent | undefined {
  const startsAt = utcInstant(event.start);
  const endsAt = utcInstant(event.end);
  if (!event.id || !event.changeKey || !event.lastModifiedDateTime || !startsAt || !endsAt) return undefined;
  const marker = event.singleValueExtendedProperties?.find(
    (property) => property.id?.toLowerCase() === porticoAppointmentPropertyId.toLowerCase(),
  )?.value;
  const joinUrl =
    event.isOnlineMeeting && event.onlineMeetingProvider === 'teamsForBusiness'
      ? event.onlineMeeting?.joinUrl
      : undefined;
  const dialIn = joinUrl && event.onlineMeeting ? dialInFrom(graphDialIn(event.onlineMeeting)) : undefined;
  return {
    id: event.id,
    version: { changeKey: event.changeKey, lastModifiedAt: new Date(event.lastModifiedDateTime).toISOString() },
    // Outlook lets anyone write anything here; what reaches e-mails and the portal is one plain line.
    subject: withoutHiddenCharacters(event.subject ?? ''),
    startsAt,
    endsAt,
    isCancelled: event.isCancelled === true,
    isOrganiser: event.isOrganizer !== false,
    ...(joinUrl ? { teamsJoinUrl: joinUrl } : {}),
    ...(dialIn ? { dialIn } : {}),
    attendees: (event.attendees ?? []).map((attendee) => ({
      name: withoutHiddenCharacters(attendee.emailAddress?.name ?? ''),
      email: attendee.emailAddress?.address ?? '',
      isResource: attendee.type === 'resource',
    })),
    categories: event.categories ?? [],
    ...(marker ? { porticoAppointmentId: marker } : {}),
    series: seriesRole(event),
  };
}

/** What Graph's `onlineMeeting` says of dialling in; `tollFreeNumbers` lists them, the first is kept. */
export function graphDialIn(onlineMeeting: NonNullable<Event['onlineMeeting']>) {
  return {
    tollNumber: onlineMeeting.tollNumber,
    tollFreeNumber: onlineMeeting.tollFreeNumbers?.[0],
    conferenceId: onlineMeeting.conferenceId,
  };
}

/** Graph's `type`: `seriesMaster`, `occurrence` and `exception` (a moved occurrence), or a single event. */
function seriesRole(event: Event): CalendarEvent['series'] {
  if (event.type === 'seriesMaster') return { role: 'master' };
  if ((event.type === 'occurrence' || event.type === 'exception') && event.seriesMasterId) {
    return { role: 'occurrence', masterId: event.seriesMasterId };
  }
  return { role: 'single' };
}
