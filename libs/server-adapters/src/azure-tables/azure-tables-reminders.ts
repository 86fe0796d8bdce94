import { odata, type TableClient } from '@azure/data-tables';
import { normaliseGuestEmail } from '@portico/domain';
import type { ReminderLedger } from '../reminders/reminder-ledger';
import type { ReminderPreferences } from '../reminders/reminder-preferences';
import { deleteMatchingRows } from './delete-matching-rows';
import { sha256Hex } from './sha256-hex';
import { hasStatus } from './table-responses';

/** The reminders table: the ledger's claims and the guests' stop requests; infrastructure creates it. */
export const remindersTableName = 'reminders';

const claimPartition = 'claim';
const stoppedPartition = 'stopped';

/**
 * `ReminderLedger` on Table storage: a claim is an insert, which the service lets only one caller
 * make. Keys are hashed; they name appointments and times, which need not show in logs.
 */
export class AzureTablesReminderLedger implements ReminderLedger {
  constructor(private readonly table: TableClient) {}

  async claim(key: string, now: Date): Promise<boolean> {
    try {
      await this.table.createEntity({
        partitionKey: claimPartition,
        rowKey: sha256Hex(key),
        claimedAt: now.toISOString(),
      });
      return true;
    } catch (error) {
      if (hasStatus(error, 409)) return false;
      throw error;
    }
  }

  async release(key: string): Promise<void> {
    try {
      await this.table.deleteEntity(claimPartition, sha256Hex(key));
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
    }
  }

  removeBefore(cutoff: Date): Promise<number> {
    return deleteMatchingRows(
      this.table,
      odata`PartitionKey eq ${claimPartition} and claimedAt lt ${cutoff.toISOString()}`,
    );
  }
}

/** `ReminderPreferences` on Table storage, a row per guest who stopped, keyed by the address's hash. */
export class AzureTablesReminderPreferences implements ReminderPreferences {
  constructor(private readonly table: TableClient) {}

  async hasStopped(guestEmail: string): Promise<boolean> {
    try {
      await this.table.getEntity(stoppedPartition, rowKeyOf(guestEmail));
      return true;
    } catch (error) {
      if (hasStatus(error, 404)) return false;
      throw error;
    }
  }

  async setStopped(guestEmail: string, stopped: boolean, now: Date): Promise<void> {
    if (stopped) {
      await this.table.upsertEntity(
        { partitionKey: stoppedPartition, rowKey: rowKeyOf(guestEmail), stoppedAt: now.toISOString() },
        'Replace',
      );
      return;
    }
    try {
      await this.table.deleteEntity(stoppedPartition, rowKeyOf(guestEmail));
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
    }
  }
}

function rowKeyOf(guestEmail: string): string {
  return sha256Hex(normaliseGuestEmail(guestEmail));
}
