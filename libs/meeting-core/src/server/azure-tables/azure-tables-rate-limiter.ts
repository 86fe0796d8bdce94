import type { TableClient } from '@azure/data-tables';
import type { RateLimit, RateLimiter } from '../guest-access/rate-limiter';
import { sha256Hex } from './sha256-hex';
import { hasStatus } from './table-responses';

interface CounterRow {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly count: number;
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
    const partitionKey = `rate|${this.rate.scope}`;
    const rowKey = `${sha256Hex(key)}|${window}`;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      try {
        const row = await this.table.getEntity<CounterRow>(partitionKey, rowKey);
        if (row.count >= this.rate.limit) return false;
        await this.table.updateEntity({ partitionKey, rowKey, count: row.count + 1 }, 'Replace', { etag: row.etag });
        return true;
      } catch (error) {
        if (hasStatus(error, 404)) {
          try {
            await this.table.createEntity<CounterRow>({ partitionKey, rowKey, count: 1 });
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
}
