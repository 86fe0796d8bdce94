/**
 * @portico/domain: the pure, isomorphic domain. No I/O and no SDKs, so it is safe in the
 * browser, in Functions and in the web server alike.
 */
export { ok, err, type Result } from './result';
export { supportedLocales, defaultLocale, isLocale, negotiateLocale, type Locale } from './locale';
export { errorCodes, isErrorCode, type ErrorCode } from './errors/error-code';
export { porticoError, isPorticoError, type PorticoError, type ErrorParams } from './errors/portico-error';
export { errorMessage } from './errors/error-message';
export {
  teamsMeetingJoinUrl,
  acsMeetingLocator,
  type TeamsMeeting,
  type AcsMeetingLocator,
} from './teams-meeting/teams-meeting';
export { parseTeamsMeetingLink, maxMeetingLinkLength } from './teams-meeting/parse-teams-meeting-link';
export { meetingFromIdAndPasscode, meetingIdLimits } from './teams-meeting/meeting-id-passcode';
export { dialInFrom, dialInTelLink, type DialIn } from './teams-meeting/dial-in';
export { brandColourProblem, contrastRatio, rgbOf } from './brand/brand-colour';
export { defaultBrand, type Brand } from './brand/brand';
export { joinWindow, type JoinPurpose, type JoinWindowPolicy } from './join-window';
export { guestDisplayName, defaultGuestNamePolicy, type GuestNamePolicy } from './guest-display-name';
export {
  scheduleAppointment,
  checkAppointmentDraft,
  rescheduleAppointment,
  cancelAppointment,
  undoCancellation,
  cancellationUndoableUntil,
  cancellationUndoSeconds,
  type UndoableCancellation,
  endAppointment,
  isOpenAppointment,
  appointmentStatuses,
  openAppointmentStatuses,
  appointmentOrigins,
  appointmentLimits,
  type Appointment,
  type AppointmentOrganiser,
  type AppointmentGuest,
  type TextReminderConsent,
  type AppointmentDraft,
} from './appointment/appointment';
export { normaliseGuestEmail, findGuest, isGuestOf } from './appointment/appointment-guests';
export { callFeedbackLimits, recordCallFeedback, type CallFeedback } from './appointment/call-feedback';
export {
  guestPhases,
  lobbyMessageLimits,
  nextPresenceReportInSeconds,
  presenceState,
  presenceTiming,
  reportGuestPresence,
  writeLobbyMessage,
  type GuestPhase,
  type GuestPresence,
  type GuestPresenceState,
  type LobbyMessage,
} from './presence/guest-presence';
export {
  auditActors,
  auditEventKinds,
  auditKindOfChange,
  auditKindOfPhase,
  auditRetentionCutoff,
  auditRetentionLimits,
  type AuditActor,
  type AuditEvent,
  type AuditEventKind,
} from './audit/audit-event';
export { guestNoticeKinds, type GuestNoticeKind, type SyncNotice } from './appointment/guest-notice';
export {
  closeWalkInDesk,
  deskDay,
  needsTodaysMeeting,
  openWalkInDesk,
  walkInDeskLimits,
  walkInDeskStatuses,
  endOfDeskDay,
  isDeskStaff,
  withTodaysMeeting,
  type WalkInDesk,
  type WalkInDeskMeeting,
  type WalkInDeskStatus,
} from './walk-in/walk-in-desk';
export {
  checkInAtDesk,
  isWaitingAt,
  type QueueDesk,
  queuePosition,
  takeWalkIn,
  walkInQueue,
  walkInVisitMinutes,
  type WalkInVisit,
} from './walk-in/walk-in-queue';
export {
  defaultReminderMinutesBefore,
  dueReminders,
  isCurrentReminder,
  isTimelyReminder,
  reminderDueAt,
  reminderGraceMinutes,
  reminderKey,
  reminderLimits,
  reminderSearchRanges,
  type DueReminder,
} from './reminders/reminder-schedule';
export { isTimeZone } from './time-zone';
export { ianaTimeZoneOfMailbox, type WindowsTimeZones } from './mailbox-time-zone';
export { personalLinkGeneration, replacingPersonalLinks } from './appointment/personal-link-generation';
export { authoriseJoin, type JoinGrant, type JoinPolicies } from './join/authorise-join';
export {
  mediaPermissions,
  noCapabilities,
  reactionKinds,
  type CallCapabilities,
  type MediaPermission,
  type ReactionKind,
} from './call/call-capabilities';
export { type CalendarEvent, type CalendarEventState } from './calendar-sync/calendar-event';
export { type CalendarSyncRules } from './calendar-sync/calendar-sync-rules';
export { syncCalendarEvent } from './calendar-sync/sync-calendar-event';
export { hasHiddenCharacters, hasHiddenCharactersInLines, withoutHiddenCharacters } from './hidden-characters';
