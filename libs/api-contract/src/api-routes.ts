/** Routes of the Functions API, relative to its `/api` prefix, in Azure Functions template syntax. */
export const apiRoutes = {
  health: 'health',
  guestAppointments: 'guest/appointments',
} as const;
