import type { DialIn, PorticoError, Result, TeamsMeeting } from '@portico/domain';

/** A Teams meeting that now exists in the organiser's calendar. */
export interface CalendarMeeting {
  readonly calendarEventId: string;
  readonly joinUrl: string;
  readonly meeting: TeamsMeeting;
  /** Its phone dial-in, when the organiser has audio conferencing. */
  readonly dialIn?: DialIn;
}

export interface CreateMeetingRequest {
  /** Entra object id of the organiser, whose calendar gets the meeting. */
  readonly organiserId: string;
  /** Also the idempotency key: creating again for the same appointment returns the same meeting. */
  readonly appointmentId: string;
  readonly subject: string;
  readonly startsAt: string;
  readonly endsAt: string;
  /**
   * Staff colleagues (work addresses) invited to the meeting, so they can join it and let guests in
   * from its lobby: a team's walk-in desk. Never a guest: Portico writes to guests itself.
   */
  readonly colleagues?: readonly string[];
}

/** Where Teams meetings are made: the organisers' calendars (Microsoft Graph in production). */
export interface MeetingDirectory {
  createMeeting(request: CreateMeetingRequest): Promise<Result<CalendarMeeting, PorticoError>>;
  rescheduleMeeting(
    organiserId: string,
    calendarEventId: string,
    times: { readonly startsAt: string; readonly endsAt: string },
  ): Promise<Result<void, PorticoError>>;
  /** Makes these colleagues the meeting's invited staff, in place of those before. */
  inviteColleagues(
    organiserId: string,
    calendarEventId: string,
    colleagues: readonly string[],
  ): Promise<Result<void, PorticoError>>;
  /** Cancels without mailing attendees from Outlook; Portico tells the guest itself. */
  cancelMeeting(organiserId: string, calendarEventId: string): Promise<Result<void, PorticoError>>;
}
