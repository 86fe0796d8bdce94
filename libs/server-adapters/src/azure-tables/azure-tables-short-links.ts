import { odata, type TableClient } from '@azure/data-tables';
import { createHmac } from 'node:crypto';
import { shortLinkPathPattern } from '@portico/api-contract';
import { isShortLinkCode, type ShortLinks } from '../short-links/short-links';
import { deleteMatchingRows } from './delete-matching-rows';
import { sha256Hex } from './sha256-hex';
import { hasStatus } from './table-responses';

/** The short links table; infrastructure creates it in Azure. */
export const shortLinksTableName = 'shortlinks';

interface ShortLinkRow {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly path: string;
  readonly expiresAt: string;
}

/**
 * `ShortLinks` on Table storage. A code is 12 characters of an HMAC of the caller's name for the
 * link (72 bits: not guessable, the same on a retry); the row is keyed by the code's hash, so the
 * table alone does not give codes away. A code's path may be a personal link: it is a secret.
 */
export class AzureTablesShortLinks implements ShortLinks {
  constructor(
    private readonly table: TableClient,
    private readonly secret: string,
  ) {}

  async shorten(path: string, name: string, expiresAt: Date): Promise<string> {
    if (!shortLinkPathPattern.test(path))
      throw new Error('A short link leads to a personal or stop-reminders link only');
    const code = createHmac('sha256', this.secret).update(`short-link/v1|${name}`).digest('base64url').slice(0, 12);
    const row: ShortLinkRow = { ...keysOf(code), path, expiresAt: expiresAt.toISOString() };
    await this.table.upsertEntity(row, 'Replace');
    return code;
  }

  async resolve(code: string, now: Date): Promise<string | undefined> {
    if (!isShortLinkCode(code)) return undefined;
    try {
      const { partitionKey, rowKey } = keysOf(code);
      const row = await this.table.getEntity<ShortLinkRow>(partitionKey, rowKey);
      // A row changed by hand or by another version is checked like any other input.
      return Date.parse(row.expiresAt) > now.getTime() && shortLinkPathPattern.test(row.path) ? row.path : undefined;
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  removeExpired(now: Date): Promise<number> {
    return deleteMatchingRows(this.table, odata`expiresAt le ${now.toISOString()}`);
  }
}

function keysOf(code: string): { partitionKey: string; rowKey: string } {
  const hash = sha256Hex(code);
  // Spread over partitions by the hash's first characters, so many links never heat one partition.
  return { partitionKey: hash.slice(0, 2), rowKey: hash };
}
