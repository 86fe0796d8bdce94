/**
 * @portico/meeting-core/server: ports and their adapters. Server only: this entry point pulls in
 * Azure SDKs and Node built-ins, and lint keeps it out of browser code.
 */
export type { AppointmentStore, StoredAppointment, TimeRange } from './server/appointment-store';
export {
  AzureTablesAppointmentStore,
  appointmentsTableName,
} from './server/azure-tables/azure-tables-appointment-store';
