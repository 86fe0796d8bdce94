/**
 * @portico/meeting-core/server: ports and their adapters. Server only: this entry point pulls in
 * Azure SDKs and Node built-ins, and lint keeps it out of browser code.
 */
export type { AppointmentStore, StoredAppointment, TimeRange } from './server/appointment-store';
export {
  AzureTablesAppointmentStore,
  appointmentsTableName,
} from './server/azure-tables/azure-tables-appointment-store';
export type { MeetingDirectory, CalendarMeeting, CreateMeetingRequest } from './server/meeting-directory';
export { GraphMeetingDirectory } from './server/graph/graph-meeting-directory';
export { createGraphClient, type GraphClientOptions } from './server/graph/graph-client';
export { porticoAppointmentPropertyId } from './server/graph/portico-event-marker';
