/** Routes of the Functions API, relative to its `/api` prefix, in Azure Functions template syntax. */
export const apiRoutes = {
  health: 'health',
  guestAppointments: 'guest/appointments',
  guestAppointment: 'guest/appointments/{id}',
  guestSignInLinks: 'guest/sign-in-links',
  guestRedeemSignInLink: 'guest/sign-in-links/redeem',
  guestVerifyAppointmentLink: 'guest/appointment-links/verify',
  joinTicket: 'appointments/{id}/join-ticket',
  joinTicketRefresh: 'appointments/{id}/join-ticket/refresh',
  callFeedback: 'appointments/{id}/feedback',
  staffAppointments: 'staff/appointments',
  staffAppointment: 'staff/appointments/{id}',
  staffImportAppointment: 'staff/appointments/import',
  staffRescheduleAppointment: 'staff/appointments/{id}/reschedule',
  staffCancelAppointment: 'staff/appointments/{id}/cancel',
  staffReinviteAppointment: 'staff/appointments/{id}/reinvite',
  staffCalendarSync: 'staff/calendar-sync',
  /** Graph posts change notifications here; anonymous, proven by each subscription's clientState. */
  graphChangeNotifications: 'graph/notifications',
  graphLifecycleNotifications: 'graph/lifecycle',
} as const;
