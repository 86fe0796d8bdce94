import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import {
  dialInFrom,
  err,
  ok,
  parseTeamsMeetingLink,
  porticoError,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { CalendarMeeting, CreateMeetingRequest, MeetingDirectory } from '../meeting-directory';
import { graphDialIn } from './graph-calendar-event';
import { graphErrorToPorticoError } from './graph-errors';
import { porticoAppointmentPropertyId } from './portico-event-marker';

/** Graph takes local date-times with a zone; Portico keeps instants in UTC. */
const graphTime = (iso: string) => ({ dateTime: new Date(iso).toISOString().replace('Z', ''), timeZone: 'UTC' });

/** Waits before each re-read of an event whose Teams meeting Exchange has not added yet. */
const onlineMeetingRereadDelaysMs = [500, 1_000, 2_000, 4_000];

/**
 * `MeetingDirectory` on Microsoft Graph: Teams meetings as online events in the organiser's calendar.
 * The create carries a `transactionId` (the appointment id), so a retried create returns the event
 * made the first time instead of a second meeting; the event is marked as Portico's with a
 * single-value extended property. No guest is an attendee, so Exchange mails no guest: Portico does
 * (a walk-in desk's colleagues are, so they can admit guests).
 *
 * Exchange does not always attach the Teams meeting: a calendar whose `allowedOnlineMeetingProviders`
 * lacks Teams makes a plain event, and a new event's `onlineMeeting` is sometimes still null. So the
 * calendar is checked first, a missing meeting is re-read with backoff, and an event that never gets
 * one is deleted again: no orphan stays in the organiser's calendar.
 */
export class GraphMeetingDirectory implements MeetingDirectory {
  constructor(
    private readonly graph: Client,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  async createMeeting(request: CreateMeetingRequest): Promise<Result<CalendarMeeting, PorticoError>> {
    const teams = await this.calendarAllowsTeams(request.organiserId);
    if (!teams.ok) return teams;
    if (!teams.value) return err(porticoError('meeting-directory.no-teams-meeting'));
    const event: Event = {
      subject: request.subject,
      start: graphTime(request.startsAt),
      end: graphTime(request.endsAt),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: false,
      transactionId: request.appointmentId,
      singleValueExtendedProperties: [{ id: porticoAppointmentPropertyId, value: request.appointmentId }],
      ...(request.colleagues?.length ? { attendees: colleagueAttendees(request.colleagues) } : {}),
    };
    let created: Event;
    try {
      created = await this.graph.api(`/users/${encodeURIComponent(request.organiserId)}/events`).post(event);
    } catch (error) {
      return err(graphErrorToPorticoError(error));
    }
    if (!created.id) return err(porticoError('dependency.unavailable'));
    const onlineMeeting = created.onlineMeeting?.joinUrl
      ? created.onlineMeeting
      : await this.lateOnlineMeeting(request.organiserId, created.id);
    const joinUrl = onlineMeeting?.joinUrl;
    if (!onlineMeeting || !joinUrl) {
      await this.deleteEvent(request.organiserId, created.id);
      return err(porticoError('meeting-directory.no-teams-meeting'));
    }
    const meeting = parseTeamsMeetingLink(joinUrl);
    if (!meeting.ok) return meeting;
    const dialIn = dialInFrom(graphDialIn(onlineMeeting));
    return ok({ calendarEventId: created.id, joinUrl, meeting: meeting.value, ...(dialIn ? { dialIn } : {}) });
  }

  private async calendarAllowsTeams(organiserId: string): Promise<Result<boolean, PorticoError>> {
    try {
      const calendar = (await this.graph
        .api(`/users/${encodeURIComponent(organiserId)}/calendar`)
        .select('allowedOnlineMeetingProviders')
        .get()) as { allowedOnlineMeetingProviders?: string[] | null };
      return ok((calendar.allowedOnlineMeetingProviders ?? []).includes('teamsForBusiness'));
    } catch (error) {
      return err(graphErrorToPorticoError(error));
    }
  }

  /** The Teams meeting of an event created without one, read again until Exchange adds it, or undefined. */
  private async lateOnlineMeeting(organiserId: string, eventId: string): Promise<Event['onlineMeeting']> {
    for (const delay of onlineMeetingRereadDelaysMs) {
      await this.wait(delay);
      try {
        const event = (await this.graph
          .api(this.eventPath(organiserId, eventId))
          .select('onlineMeeting')
          .get()) as Event;
        if (event.onlineMeeting?.joinUrl) return event.onlineMeeting;
      } catch {
        // A failed read is one more try used; the delete below still tidies up.
      }
    }
    return undefined;
  }

  private async deleteEvent(organiserId: string, eventId: string): Promise<void> {
    try {
      await this.graph.api(this.eventPath(organiserId, eventId)).delete();
    } catch {
      // The transactionId makes a retried create find this event again, so nothing is lost for good.
    }
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

  async inviteColleagues(
    organiserId: string,
    calendarEventId: string,
    colleagues: readonly string[],
  ): Promise<Result<void, PorticoError>> {
    const patch: Event = { attendees: colleagueAttendees(colleagues) };
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

/** Colleagues as required attendees: Outlook invites them, and Teams lets them in as the organisation's own. */
function colleagueAttendees(colleagues: readonly string[]): NonNullable<Event['attendees']> {
  return colleagues.map((address) => ({ type: 'required', emailAddress: { address } }));
}
