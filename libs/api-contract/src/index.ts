export { apiHeaders } from './api-headers';
export { apiRoutes } from './api-routes';
export { callFeedbackRequestSchema, type CallFeedbackRequest } from './call-feedback';
export {
  guestAppointmentViewSchema,
  guestAppointmentListSchema,
  calendarFileSchema,
  type CalendarFile,
  type GuestAppointmentView,
  type GuestAppointmentList,
} from './guest-appointment-view';
export { type HealthReport } from './health-report';
export {
  createAppointmentRequestSchema,
  importAppointmentRequestSchema,
  rescheduleAppointmentRequestSchema,
  staffAppointmentViewSchema,
  staffAppointmentListSchema,
  type CreateAppointmentRequest,
  type ImportAppointmentRequest,
  type RescheduleAppointmentRequest,
  type StaffAppointmentView,
  type StaffAppointmentList,
} from './staff-appointments';
export {
  signInLinkRequestSchema,
  linkTokenRequestSchema,
  signedInGuestSchema,
  appointmentLinkGrantSchema,
  type SignedInGuest,
  type AppointmentLinkGrantView,
} from './guest-access';
export {
  callTokenSchema,
  joinTicketSchema,
  meetingLocatorSchema,
  type CallTokenView,
  type JoinTicket,
} from './join-ticket';
export { auditTrailViewSchema, type AuditTrailView } from './audit-trail';
export {
  frontDeskViewSchema,
  lobbyMessageRequestSchema,
  presenceReplySchema,
  presenceReportSchema,
  type FrontDeskView,
  type LobbyMessageRequest,
  type PresenceReply,
  type PresenceReport,
} from './front-desk';
export {
  changeReminderPreferencesRequestSchema,
  reminderPreferencesRequestSchema,
  reminderPreferencesViewSchema,
  shortLinkPathPattern,
  shortLinkViewSchema,
  type ReminderPreferencesView,
  type ShortLinkView,
} from './reminders';
export { calendarSyncRequestSchema, calendarSyncViewSchema, type CalendarSyncView } from './calendar-sync';
export { staffSettingsViewSchema, type StaffSettingsView } from './staff-settings';
export { toProblemDetails, problemContentType } from './problems/problem-details';
export { readProblemDetails } from './problems/read-problem-details';
export {
  transportError,
  transportErrorCodes,
  type ProblemCode,
  type TransportError,
  type TransportErrorCode,
} from './problems/transport-error';
export {
  openWalkInDeskRequestSchema,
  publicWalkInDeskViewSchema,
  walkInCheckInRequestSchema,
  walkInCheckInViewSchema,
  walkInDeskViewSchema,
  teamWalkInDesksViewSchema,
  type TeamWalkInDesksView,
  type PublicWalkInDeskView,
  type WalkInCheckInRequest,
  type WalkInCheckInView,
  type WalkInDeskView,
} from './walk-in';
