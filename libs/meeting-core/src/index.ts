/**
 * @portico/meeting-core: the pure, isomorphic domain. No I/O and no SDKs, so it is safe in the
 * browser, in Functions and in the web server alike.
 */
export { ok, err, type Result } from './domain/result';
export { supportedLocales, defaultLocale, isLocale, negotiateLocale, type Locale } from './domain/locale';
export { errorCodes, type ErrorCode } from './domain/errors/error-code';
export { porticoError, isPorticoError, type PorticoError, type ErrorParams } from './domain/errors/portico-error';
export { errorMessage } from './domain/errors/error-message';
export {
  toProblemDetails,
  problemType,
  problemContentType,
  type ProblemDetails,
} from './domain/errors/problem-details';
export {
  teamsMeetingJoinUrl,
  acsMeetingLocator,
  type TeamsMeeting,
  type TeamsThreadMeeting,
  type TeamsMeetingIdMeeting,
  type AcsMeetingLocator,
} from './domain/teams-meeting/teams-meeting';
export {
  parseTeamsMeetingLink,
  maxMeetingLinkLength,
  type MeetingLinkPolicy,
} from './domain/teams-meeting/parse-teams-meeting-link';
export { meetingFromIdAndPasscode } from './domain/teams-meeting/meeting-id-passcode';
export { joinWindow, defaultJoinWindowPolicy, type JoinWindowPolicy, type JoinWindowState } from './domain/join-window';
export {
  guestDisplayName,
  guestSuffix,
  defaultGuestNamePolicy,
  type GuestNamePolicy,
} from './domain/guest-display-name';
export {
  scheduleAppointment,
  checkAppointmentDraft,
  rescheduleAppointment,
  cancelAppointment,
  endAppointment,
  appointmentLimits,
  type Appointment,
  type AppointmentStatus,
  type AppointmentOrigin,
  type AppointmentOrganiser,
  type AppointmentGuest,
  type ScheduleAppointmentInput,
  type AppointmentDraft,
} from './domain/appointment/appointment';
export { personalLinkGeneration, replacingPersonalLinks } from './domain/appointment/personal-link-generation';
export { authoriseJoin, type JoinGrant, type JoinPolicies } from './domain/join/authorise-join';
export {
  noCapabilities,
  reactionKinds,
  type CallCapabilities,
  type ReactionKind,
} from './domain/call/call-capabilities';
export {
  isNewerVersion,
  type CalendarEvent,
  type CalendarEventState,
  type CalendarEventVersion,
  type CalendarAttendee,
} from './domain/calendar-sync/calendar-event';
export {
  calendarEventEligibility,
  type CalendarSyncRules,
  type Eligibility,
  type IneligibleReason,
} from './domain/calendar-sync/calendar-sync-rules';
export {
  syncCalendarEvent,
  syncedInvitationChange,
  type CalendarSyncDecision,
  type CalendarSyncInput,
  type SyncNotice,
} from './domain/calendar-sync/sync-calendar-event';
export { hasHiddenCharacters, hasHiddenCharactersInLines, withoutHiddenCharacters } from './domain/hidden-characters';
