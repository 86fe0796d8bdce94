import { odata, type TableClient } from '@azure/data-tables';
import { err, isGuestOf, ok, porticoError, type Appointment, type PorticoError, type Result } from '@portico/domain';
import type { AppointmentStore, StoredAppointment, TimeRange } from '../appointment-store';
import { appointmentKeys, isSafeKeyPart } from './appointment-keys';
import { hasStatus, requireEtag } from './table-responses';
import { appointmentRecordSchema, appointmentSchemaVersion } from './appointment-record';

interface AppointmentRow {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly schemaVersion: number;
  readonly data: string;
  // Copied out of `data` so operators can read and filter rows in Storage Explorer.
  readonly status: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

interface LookupRow {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

/** The table's name wherever Portico runs; infrastructure creates it in Azure. */
export const appointmentsTableName = 'appointments';

/** How many appointments a listing reads at once. */
const readConcurrency = 16;

/**
 * `AppointmentStore` on Azure Table Storage (or Azurite). Every update is conditional on the ETag the
 * caller read, so concurrent edits surface as `appointment.conflict` instead of overwriting each other.
 * Lookup rows are written after the appointment; a listing re-reads each appointment and drops
 * lookups that no longer match, so a lookup left behind by a failed write is harmless.
 */
export class AzureTablesAppointmentStore implements AppointmentStore {
  constructor(private readonly table: TableClient) {}

  /** Creates the table if it is missing; in Azure, infrastructure has already made it. */
  async ensureTable(): Promise<void> {
    await this.table.createTable();
  }

  async create(appointment: Appointment): Promise<Result<StoredAppointment, PorticoError>> {
    if (!hasSafeKeys(appointment)) return err(porticoError('appointment.invalid-details', { issues: 'identifier' }));
    try {
      const response = await this.table.createEntity(toRow(appointment));
      await this.writeLookups(appointment);
      return ok({ appointment, etag: requireEtag(response.etag) });
    } catch (error) {
      if (hasStatus(error, 409)) return err(porticoError('appointment.already-exists'));
      throw error;
    }
  }

  async get(id: string): Promise<StoredAppointment | undefined> {
    if (!isSafeKeyPart(id)) return undefined;
    const { partitionKey, rowKey } = appointmentKeys.appointment(id);
    try {
      const row = await this.table.getEntity<AppointmentRow>(partitionKey, rowKey);
      return { appointment: fromRow(row), etag: requireEtag(row.etag) };
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async update(appointment: Appointment, etag: string): Promise<Result<StoredAppointment, PorticoError>> {
    if (!hasSafeKeys(appointment)) return err(porticoError('appointment.not-found'));
    try {
      const response = await this.table.updateEntity(toRow(appointment), 'Replace', { etag });
      await this.writeLookups(appointment);
      return ok({ appointment, etag: requireEtag(response.etag) });
    } catch (error) {
      if (hasStatus(error, 412)) return err(porticoError('appointment.conflict'));
      if (hasStatus(error, 404)) return err(porticoError('appointment.not-found'));
      throw error;
    }
  }

  async listByOrganiser(organiserId: string, range: TimeRange): Promise<readonly StoredAppointment[]> {
    if (!isSafeKeyPart(organiserId)) return [];
    const found = await this.listPartition(appointmentKeys.organiserPartition(organiserId), range);
    return found.filter(({ appointment }) => appointment.organiser.id === organiserId);
  }

  async listByGuest(email: string, range: TimeRange): Promise<readonly StoredAppointment[]> {
    const found = await this.listPartition(appointmentKeys.guestPartition(email), range);
    return found.filter(({ appointment }) => isGuestOf(appointment, email));
  }

  async listStartingIn(range: TimeRange): Promise<readonly StoredAppointment[]> {
    const days: string[] = [];
    for (let day = Date.parse(range.from.slice(0, 10)); day < Date.parse(range.to); day += 24 * 60 * 60_000) {
      days.push(new Date(day).toISOString());
    }
    const found = await Promise.all(
      days.map((day) => this.listPartition(appointmentKeys.startDayPartition(day), range)),
    );
    // A moved appointment leaves its old day's lookup behind; the re-read appointment decides.
    return found
      .flat()
      .filter(({ appointment }) => appointment.startsAt >= range.from && appointment.startsAt < range.to);
  }

  private async writeLookups(appointment: Appointment): Promise<void> {
    const times = { startsAt: appointment.startsAt, endsAt: appointment.endsAt };
    const lookups: LookupRow[] = [
      { ...appointmentKeys.byOrganiser(appointment.organiser.id, appointment.id), ...times },
      { ...appointmentKeys.byStartDay(appointment.startsAt, appointment.id), ...times },
      ...appointment.guests.map((guest) => ({ ...appointmentKeys.byGuest(guest.email, appointment.id), ...times })),
    ];
    await Promise.all(lookups.map((row) => this.table.upsertEntity(row, 'Replace')));
  }

  private async listPartition(partitionKey: string, range: TimeRange): Promise<StoredAppointment[]> {
    // ISO instants from toISOString() compare correctly as strings.
    const filter = odata`PartitionKey eq ${partitionKey} and endsAt gt ${range.from} and startsAt lt ${range.to}`;
    const ids: string[] = [];
    for await (const row of this.table.listEntities<LookupRow>({ queryOptions: { filter, select: ['rowKey'] } })) {
      ids.push(row.rowKey);
    }
    const stored: StoredAppointment[] = [];
    for (let i = 0; i < ids.length; i += readConcurrency) {
      const batch = await Promise.all(ids.slice(i, i + readConcurrency).map((id) => this.get(id)));
      stored.push(...batch.filter((entry): entry is StoredAppointment => entry !== undefined));
    }
    return stored
      .filter(({ appointment }) => appointment.endsAt > range.from && appointment.startsAt < range.to)
      .sort(
        (a, b) =>
          a.appointment.startsAt.localeCompare(b.appointment.startsAt) ||
          a.appointment.id.localeCompare(b.appointment.id),
      );
  }
}

function toRow(appointment: Appointment): AppointmentRow {
  return {
    ...appointmentKeys.appointment(appointment.id),
    schemaVersion: appointmentSchemaVersion,
    data: JSON.stringify(appointment),
    status: appointment.status,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
  };
}

function fromRow(row: AppointmentRow): Appointment {
  if (row.schemaVersion !== appointmentSchemaVersion) {
    throw new Error(`Appointment row ${row.partitionKey} has schema version ${row.schemaVersion}`);
  }
  return appointmentRecordSchema.parse(JSON.parse(row.data));
}

function hasSafeKeys(appointment: Appointment): boolean {
  return isSafeKeyPart(appointment.id) && isSafeKeyPart(appointment.organiser.id);
}
