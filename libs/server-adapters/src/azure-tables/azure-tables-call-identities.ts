import type { TableClient } from '@azure/data-tables';
import type { CallIdentities } from '../calling/call-identities';
import { sha256Hex } from './sha256-hex';
import { hasStatus } from './table-responses';

/** The table of guests' ACS identities; infrastructure creates it in Azure. */
export const callIdentitiesTableName = 'callidentities';

interface CallIdentityEntity {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly userId: string;
}

/** `CallIdentities` on Table storage: one partition per appointment, the guest's address hashed. */
export class AzureTablesCallIdentities implements CallIdentities {
  constructor(private readonly table: TableClient) {}

  async find(appointmentId: string, guestEmail: string): Promise<string | undefined> {
    try {
      const entity = await this.table.getEntity<CallIdentityEntity>(appointmentId, rowKey(guestEmail));
      return entity.userId;
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async remember(appointmentId: string, guestEmail: string, userId: string): Promise<string> {
    try {
      await this.table.createEntity<CallIdentityEntity>({
        partitionKey: appointmentId,
        rowKey: rowKey(guestEmail),
        userId,
      });
      return userId;
    } catch (error) {
      // Two first joins raced (two tabs): the first identity stored wins, for both.
      if (!hasStatus(error, 409)) throw error;
      const kept = await this.find(appointmentId, guestEmail);
      if (kept === undefined) throw error;
      return kept;
    }
  }

  async replace(appointmentId: string, guestEmail: string, lost: string, replacement: string): Promise<string> {
    try {
      const entity = await this.table.getEntity<CallIdentityEntity>(appointmentId, rowKey(guestEmail));
      if (entity.userId !== lost) return entity.userId;
      await this.table.updateEntity<CallIdentityEntity>(
        { partitionKey: appointmentId, rowKey: rowKey(guestEmail), userId: replacement },
        'Replace',
        { etag: entity.etag },
      );
      return replacement;
    } catch (error) {
      // Another request replaced it (412) or the row went (404): whatever is stored now wins.
      if (!hasStatus(error, 412) && !hasStatus(error, 404)) throw error;
      return this.remember(appointmentId, guestEmail, replacement);
    }
  }
}

const rowKey = (guestEmail: string) => sha256Hex(guestEmail.toLowerCase());
