import { odata, type TableClient } from '@azure/data-tables';
import type { RateLimit, RateLimiter } from '../guest-access/rate-limiter';
import { sha256Hex } from './sha256-hex';
import { hasStatus } from './table-responses';

interface CounterRow {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly count: number;
  /** When the window ends; the clean-up removes the row after that. */
  readonly expiresAt: Date;
}

/** How often a counter update is retried when another instance changed it first. */
const maxAttempts = 5;

/**
 * `RateLimiter` as fixed-window counters on Table storage, shared by every Functions instance. Keys
 * are hashed, so no address is stored. Counters change on the ETag read, so concurrent takes all count.
 */
export class AzureTablesRateLimiter implements RateLimiter {
  constructor(
    private readonly table: TableClient,
    private readonly rate: RateLimit,
  ) {}

  async take(key: string, now: Date): Promise<boolean> {
    const window = Math.floor(now.getTime() / 1000 / this.rate.windowSeconds);
    const partitionKey = this.partitionKey;
    const rowKey = `${sha256Hex(key)}|${window}`;
    const expiresAt = new Date((window + 1) * this.rate.windowSeconds * 1000);
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      try {
        const row = await this.table.getEntity<CounterRow>(partitionKey, rowKey);
        if (row.count >= this.rate.limit) return false;
        await this.table.updateEntity({ partitionKey, rowKey, count: row.count + 1, expiresAt }, 'Replace', {
          etag: row.etag,
        });
        return true;
      } catch (error) {
        if (hasStatus(error, 404)) {
          try {
            await this.table.createEntity<CounterRow>({ partitionKey, rowKey, count: 1, expiresAt });
            return true;
          } catch (createError) {
            if (!hasStatus(createError, 409)) throw createError;
          }
        } else if (!hasStatus(error, 412)) {
          throw error;
        }
      }
    }
    // Under such contention the key is clearly busy; refusing is the safe answer.
    return false;
  }

  async removeExpired(now: Date): Promise<number> {
    const filter = odata`PartitionKey eq ${this.partitionKey} and expiresAt le ${now}`;
    let removed = 0;
    for await (const page of this.table
      .listEntities({ queryOptions: { filter, select: ['RowKey'] } })
      .byPage({ maxPageSize: 100 })) {
      const rowKeys = page.map((row) => row.rowKey).filter((rowKey): rowKey is string => rowKey !== undefined);
      if (rowKeys.length === 0) continue;
      await this.table.submitTransaction(
        rowKeys.map((rowKey) => ['delete', { partitionKey: this.partitionKey, rowKey }]),
      );
      removed += rowKeys.length;
    }
    return removed;
  }

  private get partitionKey(): string {
    return `rate|${this.rate.scope}`;
  }
}
