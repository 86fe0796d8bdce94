/** Routes of the Functions API, relative to its `/api` prefix, in Azure Functions template syntax. */
export const apiRoutes = {
  health: 'health',
  guestAppointments: 'guest/appointments',
  guestAppointment: 'guest/appointments/{id}',
  staffAppointments: 'staff/appointments',
  staffImportAppointment: 'staff/appointments/import',
  staffRescheduleAppointment: 'staff/appointments/{id}/reschedule',
  staffCancelAppointment: 'staff/appointments/{id}/cancel',
} as const;
