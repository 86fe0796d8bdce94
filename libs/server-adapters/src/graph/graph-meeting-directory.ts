import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import { err, ok, parseTeamsMeetingLink, porticoError, type PorticoError, type Result } from '@portico/domain';
import type { CalendarMeeting, CreateMeetingRequest, MeetingDirectory } from '../meeting-directory';
import { graphErrorToPorticoError } from './graph-errors';
import { porticoAppointmentPropertyId } from './portico-event-marker';

/** Graph takes local date-times with a zone; Portico keeps instants in UTC. */
const graphTime = (iso: string) => ({ dateTime: new Date(iso).toISOString().replace('Z', ''), timeZone: 'UTC' });

/**
 * `MeetingDirectory` on Microsoft Graph: Teams meetings as online events in the organiser's calendar.
 * The create carries a `transactionId` (the appointment id), so a retried create returns the event
 * made the first time instead of a second meeting; the event is marked as Portico's with a
 * single-value extended property. No guest is an attendee, so Exchange mails nobody: Portico does.
 */
export class GraphMeetingDirectory implements MeetingDirectory {
  constructor(private readonly graph: Client) {}

  async createMeeting(request: CreateMeetingRequest): Promise<Result<CalendarMeeting, PorticoError>> {
    const event: Event = {
      subject: request.subject,
      start: graphTime(request.startsAt),
      end: graphTime(request.endsAt),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: false,
      transactionId: request.appointmentId,
      singleValueExtendedProperties: [{ id: porticoAppointmentPropertyId, value: request.appointmentId }],
    };
    let created: Event;
    try {
      created = await this.graph.api(`/users/${encodeURIComponent(request.organiserId)}/events`).post(event);
    } catch (error) {
      return err(graphErrorToPorticoError(error));
    }
    const joinUrl = created.onlineMeeting?.joinUrl;
    if (!created.id || !joinUrl) return err(porticoError('dependency.unavailable'));
    const meeting = parseTeamsMeetingLink(joinUrl);
    if (!meeting.ok) return meeting;
    return ok({ calendarEventId: created.id, joinUrl, meeting: meeting.value });
  }

  async rescheduleMeeting(
    organiserId: string,
    calendarEventId: string,
    times: { readonly startsAt: string; readonly endsAt: string },
  ): Promise<Result<void, PorticoError>> {
    const patch: Event = { start: graphTime(times.startsAt), end: graphTime(times.endsAt) };
    try {
      await this.graph.api(this.eventPath(organiserId, calendarEventId)).patch(patch);
      return ok(undefined);
    } catch (error) {
      return err(graphErrorToPorticoError(error));
    }
  }

  async cancelMeeting(organiserId: string, calendarEventId: string): Promise<Result<void, PorticoError>> {
    try {
      await this.graph.api(`${this.eventPath(organiserId, calendarEventId)}/cancel`).post({ comment: '' });
      return ok(undefined);
    } catch (error) {
      const mapped = graphErrorToPorticoError(error);
      // Cancelling a meeting that is already gone has the outcome the caller wanted.
      return mapped.code === 'meeting-directory.event-missing' ? ok(undefined) : err(mapped);
    }
  }

  private eventPath(organiserId: string, calendarEventId: string): string {
    return `/users/${encodeURIComponent(organiserId)}/events/${encodeURIComponent(calendarEventId)}`;
  }
}
