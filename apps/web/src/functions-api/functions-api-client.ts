import {
  apiHeaders,
  apiRoutes,
  appointmentLinkGrantSchema,
  callTokenSchema,
  joinTicketSchema,
  guestAppointmentListSchema,
  guestAppointmentViewSchema,
  signedInGuestSchema,
  staffAppointmentListSchema,
  staffAppointmentViewSchema,
  type AppointmentLinkGrantView,
  type CallFeedbackRequest,
  type CallTokenView,
  type JoinTicket,
  type CreateAppointmentRequest,
  type GuestAppointmentList,
  type GuestAppointmentView,
  type ImportAppointmentRequest,
  type RescheduleAppointmentRequest,
  type SignedInGuest,
  type StaffAppointmentList,
  type StaffAppointmentView,
  calendarSyncViewSchema,
  calendarFileSchema,
  type CalendarFile,
  frontDeskViewSchema,
  auditTrailViewSchema,
  type AuditTrailView,
  presenceReplySchema,
  type CalendarSyncView,
  type FrontDeskView,
  type PresenceReply,
  type PresenceReport,
  readProblemDetails,
  staffSettingsViewSchema,
  reminderPreferencesViewSchema,
  publicWalkInDeskViewSchema,
  walkInCheckInViewSchema,
  walkInDeskViewSchema,
  teamWalkInDesksViewSchema,
  type TeamWalkInDesksView,
  type PublicWalkInDeskView,
  type WalkInCheckInRequest,
  type WalkInCheckInView,
  type WalkInDeskView,
  shortLinkViewSchema,
  type ReminderPreferencesView,
  type ShortLinkView,
  type StaffSettingsView,
} from '@portico/api-contract';
import { err, ok, porticoError } from '@portico/domain';
import type { AppointmentOrganiser, Locale, PorticoError, Result } from '@portico/domain';
import { z } from 'zod';

/** How long the web app waits for the Functions API before telling the person to try again. */
const timeoutMs = 10_000;

type Parser<T> = (body: unknown) => { success: true; data: T } | { success: false };

const accepted = z.object({ status: z.literal('accepted') });
/** A 204 has no body to parse. */
const noContent: Parser<undefined> = () => ({ success: true, data: undefined });
const route = (template: string, id: string) => template.replace(/\{\w+\}/, encodeURIComponent(id));

/**
 * The web app's client for the Functions API. It vouches for the signed-in guest or staff member
 * with the function key, checks every answer against the contract, and turns every failure into an
 * error value.
 */
export class FunctionsApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly functionKey: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  listGuestAppointments(email: string, locale: Locale): Promise<Result<GuestAppointmentList, PorticoError>> {
    return this.call(
      'GET',
      apiRoutes.guestAppointments,
      guestHeaders(email, locale),
      guestAppointmentListSchema.safeParse,
    );
  }

  /** One of the guest's own appointments; `appointment.not-found` for anyone else's. */
  getGuestAppointment(email: string, id: string, locale: Locale): Promise<Result<GuestAppointmentView, PorticoError>> {
    return this.call(
      'GET',
      route(apiRoutes.guestAppointment, id),
      guestHeaders(email, locale),
      guestAppointmentViewSchema.safeParse,
    );
  }

  /** The calendar file of one of the guest's own appointments, the event their invitation carries. */
  getGuestCalendarFile(email: string, id: string, locale: Locale): Promise<Result<CalendarFile, PorticoError>> {
    return this.call(
      'GET',
      route(apiRoutes.guestAppointmentCalendar, id),
      guestHeaders(email, locale),
      calendarFileSchema.safeParse,
    );
  }

  /** A join ticket for the guest's appointment, after the Functions app's checks. */
  issueJoinTicket(email: string, id: string, locale: Locale): Promise<Result<JoinTicket, PorticoError>> {
    return this.call('POST', route(apiRoutes.joinTicket, id), guestHeaders(email, locale), joinTicketSchema.safeParse);
  }

  /** A fresh token for the identity the guest joined with, after the same checks. */
  refreshJoinToken(email: string, id: string, locale: Locale): Promise<Result<CallTokenView, PorticoError>> {
    return this.call(
      'POST',
      route(apiRoutes.joinTicketRefresh, id),
      guestHeaders(email, locale),
      callTokenSchema.safeParse,
    );
  }

  /** Keeps the guest's rating and comment after a call on the appointment, for its organiser. */
  giveCallFeedback(
    email: string,
    id: string,
    feedback: CallFeedbackRequest,
    locale: Locale,
  ): Promise<Result<undefined, PorticoError>> {
    return this.call('POST', route(apiRoutes.callFeedback, id), guestHeaders(email, locale), noContent, feedback);
  }

  /** Where the guest is on the way into the call; answered with the note staff left for those waiting. */
  reportPresence(
    email: string,
    id: string,
    report: PresenceReport,
    locale: Locale,
  ): Promise<Result<PresenceReply, PorticoError>> {
    return this.call(
      'POST',
      route(apiRoutes.guestPresence, id),
      guestHeaders(email, locale),
      presenceReplySchema.safeParse,
      report,
    );
  }

  /** Where each guest of the staff member's appointments is now, and the notes left for those waiting. */
  getFrontDesk(staff: AppointmentOrganiser, locale: Locale): Promise<Result<FrontDeskView, PorticoError>> {
    return this.call('GET', apiRoutes.staffFrontDesk, staffHeaders(staff, locale), frontDeskViewSchema.safeParse);
  }

  /** The staff member's own settings: the time zone of their mailbox, or the Functions app's default. */
  getStaffSettings(staff: AppointmentOrganiser, locale: Locale): Promise<Result<StaffSettingsView, PorticoError>> {
    return this.call('GET', apiRoutes.staffSettings, staffHeaders(staff, locale), staffSettingsViewSchema.safeParse);
  }

  /** One of the staff member's appointments' audit trail, oldest first. */
  getAuditTrail(
    staff: AppointmentOrganiser,
    id: string,
    locale: Locale,
  ): Promise<Result<AuditTrailView, PorticoError>> {
    return this.call(
      'GET',
      route(apiRoutes.staffAuditTrail, id),
      staffHeaders(staff, locale),
      auditTrailViewSchema.safeParse,
    );
  }

  /** A note for the guests waiting for one of the staff member's appointments. */
  postLobbyMessage(
    staff: AppointmentOrganiser,
    id: string,
    text: string,
    locale: Locale,
  ): Promise<Result<undefined, PorticoError>> {
    return this.call('POST', route(apiRoutes.staffLobbyMessage, id), staffHeaders(staff, locale), noContent, { text });
  }

  /** Asks for a sign-in link by e-mail; the answer does not say whether the address is known. */
  requestSignInLink(email: string, locale: Locale, clientAddress: string): Promise<Result<unknown, PorticoError>> {
    return this.call(
      'POST',
      apiRoutes.guestSignInLinks,
      { [apiHeaders.acceptLanguage]: locale, [apiHeaders.clientAddress]: clientAddress },
      accepted.safeParse,
      { email, locale },
    );
  }

  redeemSignInLink(token: string, locale: Locale): Promise<Result<SignedInGuest, PorticoError>> {
    return this.call(
      'POST',
      apiRoutes.guestRedeemSignInLink,
      { [apiHeaders.acceptLanguage]: locale },
      signedInGuestSchema.safeParse,
      { token },
    );
  }

  verifyAppointmentLink(token: string, locale: Locale): Promise<Result<AppointmentLinkGrantView, PorticoError>> {
    return this.call(
      'POST',
      apiRoutes.guestVerifyAppointmentLink,
      { [apiHeaders.acceptLanguage]: locale },
      appointmentLinkGrantSchema.safeParse,
      { token },
    );
  }

  listStaffAppointments(
    staff: AppointmentOrganiser,
    range: { readonly from: string; readonly to: string },
    locale: Locale,
  ): Promise<Result<StaffAppointmentList, PorticoError>> {
    const query = new URLSearchParams(range).toString();
    return this.call(
      'GET',
      `${apiRoutes.staffAppointments}?${query}`,
      staffHeaders(staff, locale),
      staffAppointmentListSchema.safeParse,
    );
  }

  /** One of the staff member's own appointments. */
  getStaffAppointment(
    staff: AppointmentOrganiser,
    id: string,
    locale: Locale,
  ): Promise<Result<StaffAppointmentView, PorticoError>> {
    return this.call(
      'GET',
      route(apiRoutes.staffAppointment, id),
      staffHeaders(staff, locale),
      staffAppointmentViewSchema.safeParse,
    );
  }

  /** Creates an appointment; the same `idempotencyKey` never makes a second meeting. */
  createAppointment(
    staff: AppointmentOrganiser,
    request: CreateAppointmentRequest,
    idempotencyKey: string,
    locale: Locale,
  ): Promise<Result<StaffAppointmentView, PorticoError>> {
    return this.call(
      'POST',
      apiRoutes.staffAppointments,
      { ...staffHeaders(staff, locale), [apiHeaders.idempotencyKey]: idempotencyKey },
      staffAppointmentViewSchema.safeParse,
      request,
    );
  }

  importAppointment(
    staff: AppointmentOrganiser,
    request: ImportAppointmentRequest,
    locale: Locale,
  ): Promise<Result<StaffAppointmentView, PorticoError>> {
    return this.call(
      'POST',
      apiRoutes.staffImportAppointment,
      staffHeaders(staff, locale),
      staffAppointmentViewSchema.safeParse,
      request,
    );
  }

  rescheduleAppointment(
    staff: AppointmentOrganiser,
    id: string,
    etag: string,
    request: RescheduleAppointmentRequest,
    locale: Locale,
  ): Promise<Result<StaffAppointmentView, PorticoError>> {
    return this.call(
      'POST',
      route(apiRoutes.staffRescheduleAppointment, id),
      { ...staffHeaders(staff, locale), [apiHeaders.ifMatch]: etag },
      staffAppointmentViewSchema.safeParse,
      request,
    );
  }

  cancelAppointment(
    staff: AppointmentOrganiser,
    id: string,
    etag: string,
    locale: Locale,
  ): Promise<Result<StaffAppointmentView, PorticoError>> {
    return this.call(
      'POST',
      route(apiRoutes.staffCancelAppointment, id),
      { ...staffHeaders(staff, locale), [apiHeaders.ifMatch]: etag },
      staffAppointmentViewSchema.safeParse,
    );
  }

  /** Undoes a cancellation while it may be undone; `etag` is the cancelled appointment's. */
  undoCancelAppointment(
    staff: AppointmentOrganiser,
    id: string,
    etag: string,
    locale: Locale,
  ): Promise<Result<StaffAppointmentView, PorticoError>> {
    return this.call(
      'POST',
      route(apiRoutes.staffUndoCancelAppointment, id),
      { ...staffHeaders(staff, locale), [apiHeaders.ifMatch]: etag },
      staffAppointmentViewSchema.safeParse,
    );
  }

  reinviteAppointment(
    staff: AppointmentOrganiser,
    id: string,
    idempotencyKey: string,
    locale: Locale,
  ): Promise<Result<StaffAppointmentView, PorticoError>> {
    return this.call(
      'POST',
      route(apiRoutes.staffReinviteAppointment, id),
      { ...staffHeaders(staff, locale), [apiHeaders.idempotencyKey]: idempotencyKey },
      staffAppointmentViewSchema.safeParse,
    );
  }

  /** The staff member's walk-in desk and its queue; `walk-in.desk-not-found` if they never opened one. */
  getWalkInDesk(staff: AppointmentOrganiser, locale: Locale): Promise<Result<WalkInDeskView, PorticoError>> {
    return this.call('GET', apiRoutes.staffWalkInDesk, staffHeaders(staff, locale), walkInDeskViewSchema.safeParse);
  }

  /** The team desks the staff member was named to, with their queues. */
  getTeamWalkInDesks(staff: AppointmentOrganiser, locale: Locale): Promise<Result<TeamWalkInDesksView, PorticoError>> {
    return this.call(
      'GET',
      apiRoutes.staffTeamWalkInDesks,
      staffHeaders(staff, locale),
      teamWalkInDesksViewSchema.safeParse,
    );
  }

  /** Opens (or renames) the staff member's walk-in desk, with its team and today's Teams meeting. */
  openWalkInDesk(
    staff: AppointmentOrganiser,
    desk: { readonly name: string; readonly members: readonly string[] },
    locale: Locale,
  ): Promise<Result<WalkInDeskView, PorticoError>> {
    return this.call(
      'PUT',
      apiRoutes.staffWalkInDesk,
      staffHeaders(staff, locale),
      walkInDeskViewSchema.safeParse,
      desk,
    );
  }

  /** Closes the staff member's walk-in desk to new check-ins. */
  closeWalkInDesk(staff: AppointmentOrganiser, locale: Locale): Promise<Result<WalkInDeskView, PorticoError>> {
    return this.call(
      'POST',
      apiRoutes.staffCloseWalkInDesk,
      staffHeaders(staff, locale),
      walkInDeskViewSchema.safeParse,
    );
  }

  /** Takes the first guest waiting at a desk the staff member runs (their own or a team's). */
  takeNextWalkIn(
    staff: AppointmentOrganiser,
    deskId: string,
    locale: Locale,
  ): Promise<Result<WalkInDeskView, PorticoError>> {
    return this.call(
      'POST',
      route(apiRoutes.staffTakeNextWalkIn, deskId),
      staffHeaders(staff, locale),
      walkInDeskViewSchema.safeParse,
    );
  }

  /** What a desk's public check-in page shows. */
  getPublicWalkInDesk(id: string, locale: Locale): Promise<Result<PublicWalkInDeskView, PorticoError>> {
    return this.call(
      'GET',
      route(apiRoutes.walkInDesk, id),
      { [apiHeaders.acceptLanguage]: locale },
      publicWalkInDeskViewSchema.safeParse,
    );
  }

  /** A guest checks in at a desk; `client` is the caller's address, for the per-client budget. */
  checkInAtWalkInDesk(
    id: string,
    request: WalkInCheckInRequest,
    client: string,
    locale: Locale,
  ): Promise<Result<WalkInCheckInView, PorticoError>> {
    return this.call(
      'POST',
      route(apiRoutes.walkInCheckIns, id),
      { [apiHeaders.acceptLanguage]: locale, [apiHeaders.clientAddress]: client },
      walkInCheckInViewSchema.safeParse,
      request,
    );
  }

  /** Whose reminders a "stop reminders" link is about, and whether they are stopped. */
  readReminderPreferences(token: string, locale: Locale): Promise<Result<ReminderPreferencesView, PorticoError>> {
    return this.call(
      'POST',
      apiRoutes.guestReminderPreferences,
      { [apiHeaders.acceptLanguage]: locale },
      reminderPreferencesViewSchema.safeParse,
      { token },
    );
  }

  /** Stops a guest's reminders, by e-mail and text, or turns them back on. */
  changeReminderPreferences(
    token: string,
    stopped: boolean,
    locale: Locale,
  ): Promise<Result<ReminderPreferencesView, PorticoError>> {
    return this.call(
      'POST',
      apiRoutes.guestChangeReminderPreferences,
      { [apiHeaders.acceptLanguage]: locale },
      reminderPreferencesViewSchema.safeParse,
      { token, stopped },
    );
  }

  /** The portal path a text message's short link stands for. */
  resolveShortLink(code: string, locale: Locale): Promise<Result<ShortLinkView, PorticoError>> {
    return this.call(
      'GET',
      route(apiRoutes.guestShortLink, code),
      { [apiHeaders.acceptLanguage]: locale },
      shortLinkViewSchema.safeParse,
    );
  }

  /** Whether the staff member's calendar syncs into Portico, and how that is going. */
  getCalendarSync(staff: AppointmentOrganiser, locale: Locale): Promise<Result<CalendarSyncView, PorticoError>> {
    return this.call('GET', apiRoutes.staffCalendarSync, staffHeaders(staff, locale), calendarSyncViewSchema.safeParse);
  }

  /** Turns the sync of the staff member's own calendar on or off. */
  setCalendarSync(
    staff: AppointmentOrganiser,
    enabled: boolean,
    locale: Locale,
  ): Promise<Result<CalendarSyncView, PorticoError>> {
    return this.call(
      'PUT',
      apiRoutes.staffCalendarSync,
      staffHeaders(staff, locale),
      calendarSyncViewSchema.safeParse,
      {
        enabled,
      },
    );
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    headers: Record<string, string>,
    parse: Parser<T>,
    body?: unknown,
  ): Promise<Result<T, PorticoError>> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}/api/${path}`, {
        method,
        headers: {
          ...headers,
          [apiHeaders.functionKey]: this.functionKey,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return err(porticoError('dependency.unavailable'));
    }
    const answer: unknown = await response.json().catch(() => undefined);
    if (!response.ok) return err(readProblemDetails(answer));
    const parsed = parse(answer);
    return parsed.success ? ok(parsed.data) : err(porticoError('dependency.unavailable'));
  }
}

function guestHeaders(email: string, locale: Locale): Record<string, string> {
  return { [apiHeaders.guestEmail]: email, [apiHeaders.acceptLanguage]: locale };
}

function staffHeaders(staff: AppointmentOrganiser, locale: Locale): Record<string, string> {
  return {
    [apiHeaders.staffId]: staff.id,
    // Header values are ASCII; names are percent-encoded, as the Functions side expects.
    [apiHeaders.staffName]: encodeURIComponent(staff.name),
    [apiHeaders.staffEmail]: staff.email,
    [apiHeaders.acceptLanguage]: locale,
  };
}
