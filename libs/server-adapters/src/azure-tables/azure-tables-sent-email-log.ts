import type { TableClient } from '@azure/data-tables';
import type { SentEmailLog } from '../invitations/sent-email-log';
import { sha256Hex } from './sha256-hex';
import { hasStatus } from './table-responses';

/** The table of e-mails already sent; infrastructure creates it in Azure. */
export const sentEmailsTableName = 'sentemails';

const partitionKey = 'sent';

/** `SentEmailLog` on Table storage; keys are hashed because they contain guests' addresses. */
export class AzureTablesSentEmailLog implements SentEmailLog {
  constructor(private readonly table: TableClient) {}

  async wasSent(key: string): Promise<boolean> {
    try {
      await this.table.getEntity(partitionKey, sha256Hex(key));
      return true;
    } catch (error) {
      if (hasStatus(error, 404)) return false;
      throw error;
    }
  }

  async markSent(key: string, now: Date): Promise<void> {
    await this.table.upsertEntity({ partitionKey, rowKey: sha256Hex(key), sentAt: now.toISOString() }, 'Replace');
  }
}
