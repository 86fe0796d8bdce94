export { apiHeaders } from './api-headers';
export { apiRoutes } from './api-routes';
export {
  guestAppointmentViewSchema,
  guestAppointmentListSchema,
  type GuestAppointmentView,
  type GuestAppointmentList,
} from './guest-appointment-view';
export { healthReportSchema, type HealthReport } from './health-report';
