import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { SignInLinks } from '../guest-access/sign-in-links';
import { sha256Hex } from './sha256-hex';
import { hasStatus } from './table-responses';

interface SignInLinkRow {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly email: string;
  readonly expiresAt: string;
}

/** The table of guest sign-in links and rate-limit counters; infrastructure creates it in Azure. */
export const guestAccessTableName = 'guestaccess';

const partitionKey = 'sign-in-link';

/**
 * `SignInLinks` on Table storage. Only the token's hash is kept, so a leaked table grants nothing.
 * Redeeming deletes the row on the ETag just read: of two redeems racing, exactly one wins.
 */
export class AzureTablesSignInLinks implements SignInLinks {
  constructor(private readonly table: TableClient) {}

  async issue(email: string, expiresAt: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const row: SignInLinkRow = { partitionKey, rowKey: sha256Hex(token), email, expiresAt: expiresAt.toISOString() };
    await this.table.createEntity(row);
    return token;
  }

  async redeem(token: string, now: Date): Promise<string | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const rowKey = sha256Hex(token);
    let row: SignInLinkRow & { etag: string };
    try {
      row = await this.table.getEntity<SignInLinkRow>(partitionKey, rowKey);
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
    try {
      await this.table.deleteEntity(partitionKey, rowKey, { etag: row.etag });
    } catch (error) {
      if (hasStatus(error, 404) || hasStatus(error, 412)) return undefined;
      throw error;
    }
    return Date.parse(row.expiresAt) > now.getTime() ? row.email : undefined;
  }
}
