import type { Appointment, PorticoError, Result } from '@portico/domain';

/** An appointment as stored, with the version tag that an update must name. */
export interface StoredAppointment {
  readonly appointment: Appointment;
  /** Opaque version (an ETag); an update with a stale one is refused with `appointment.conflict`. */
  readonly etag: string;
}

/** A half-open range of instants [from, to), ISO 8601. */
export interface TimeRange {
  readonly from: string;
  readonly to: string;
}

/** Where appointments live. Listing returns appointments overlapping the range, earliest first. */
export interface AppointmentStore {
  /** Stores a new appointment; `appointment.already-exists` if its id is taken. */
  create(appointment: Appointment): Promise<Result<StoredAppointment, PorticoError>>;
  get(id: string): Promise<StoredAppointment | undefined>;
  /** Replaces the appointment if it is still at `etag`; otherwise `appointment.conflict`. */
  update(appointment: Appointment, etag: string): Promise<Result<StoredAppointment, PorticoError>>;
  listByOrganiser(organiserId: string, range: TimeRange): Promise<readonly StoredAppointment[]>;
  listByGuest(email: string, range: TimeRange): Promise<readonly StoredAppointment[]>;
  /** Every organiser's appointments that start within the range, for the reminder timer. */
  listStartingIn(range: TimeRange): Promise<readonly StoredAppointment[]>;
}
