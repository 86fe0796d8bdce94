export { apiHeaders } from './api-headers';
export { apiRoutes } from './api-routes';
export {
  guestAppointmentViewSchema,
  guestAppointmentListSchema,
  type GuestAppointmentView,
  type GuestAppointmentList,
} from './guest-appointment-view';
export { healthReportSchema, type HealthReport } from './health-report';
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
  type SignInLinkRequest,
  type SignedInGuest,
  type AppointmentLinkGrantView,
} from './guest-access';
export { callTokenSchema, joinTicketSchema, type CallTokenView, type JoinTicket } from './join-ticket';
export {
  calendarSyncRequestSchema,
  calendarSyncViewSchema,
  type CalendarSyncRequest,
  type CalendarSyncView,
} from './calendar-sync';
export { errorStatus } from './problems/error-status';
export { toProblemDetails, problemType, problemContentType, type ProblemDetails } from './problems/problem-details';
export { readProblemDetails } from './problems/read-problem-details';
