import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { AzureTablesRateLimiter } from './azure-tables-rate-limiter';
import { AzureTablesSentEmailLog } from './azure-tables-sent-email-log';
import { AzureTablesSignInLinks } from './azure-tables-sign-in-links';

const now = new Date('2026-11-24T08:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('guest access on Azure Tables (Azurite)', () => {
  const table = TableClient.fromConnectionString(
    process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] ?? '',
    `guestaccess${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    { allowInsecureConnection: true },
  );
  beforeAll(() => table.createTable());
  afterAll(() => table.deleteTable());

  describe('sign-in links', () => {
    const links = new AzureTablesSignInLinks(table);

    it('redeem once for the address they were issued for, then never again', async () => {
      const token = await links.issue('jane@example.com', later(15));
      await expect(links.redeem(token, later(1))).resolves.toBe('jane@example.com');
      await expect(links.redeem(token, later(2))).resolves.toBeUndefined();
    });

    it('are refused once expired', async () => {
      const token = await links.issue('jane@example.com', later(15));
      await expect(links.redeem(token, later(16))).resolves.toBeUndefined();
    });

    it('let exactly one of two racing redeems win', async () => {
      const token = await links.issue('jane@example.com', later(15));
      const results = await Promise.all([links.redeem(token, later(1)), links.redeem(token, later(1))]);
      expect(results.filter((email) => email === 'jane@example.com')).toHaveLength(1);
    });

    it('refuse unknown and malformed tokens', async () => {
      await expect(links.redeem('A'.repeat(43), now)).resolves.toBeUndefined();
      await expect(links.redeem("'; drop table", now)).resolves.toBeUndefined();
    });

    it('keep only a hash of the token', async () => {
      const token = await links.issue('hash@example.com', later(15));
      const rows = [];
      for await (const row of table.listEntities()) rows.push(JSON.stringify(row));
      expect(rows.some((row) => row.includes(token))).toBe(false);
    });
  });

  describe('rate limiter', () => {
    it('allows the limit per window per key, then refuses until the next window', async () => {
      const limiter = new AzureTablesRateLimiter(table, {
        scope: `test-${randomUUID()}`,
        limit: 3,
        windowSeconds: 900,
      });
      const takes = [];
      for (let i = 0; i < 4; i++) takes.push(await limiter.take('jane@example.com', now));
      expect(takes).toEqual([true, true, true, false]);
      await expect(limiter.take('other@example.com', now)).resolves.toBe(true);
      await expect(limiter.take('jane@example.com', later(15))).resolves.toBe(true);
    });

    it('counts concurrent takes without losing any', async () => {
      const limiter = new AzureTablesRateLimiter(table, {
        scope: `test-${randomUUID()}`,
        limit: 3,
        windowSeconds: 900,
      });
      const takes = await Promise.all(Array.from({ length: 6 }, () => limiter.take('busy', now)));
      expect(takes.filter(Boolean).length).toBeLessThanOrEqual(3);
    });

    it('removes counters once their window has ended, and only those', async () => {
      const scope = `test-${randomUUID()}`;
      const limiter = new AzureTablesRateLimiter(table, { scope, limit: 3, windowSeconds: 900 });
      await limiter.take('old@example.com', now);
      await limiter.take('new@example.com', later(15));
      const rows = async () => {
        const found = [];
        for await (const row of table.listEntities({ queryOptions: { filter: `PartitionKey eq 'rate|${scope}'` } }))
          found.push(row);
        return found;
      };
      expect(await rows()).toHaveLength(2);
      await expect(limiter.removeExpired(later(15))).resolves.toBe(1);
      expect(await rows()).toHaveLength(1);
      await expect(limiter.take('new@example.com', later(15))).resolves.toBe(true);
      await expect(limiter.removeExpired(later(45))).resolves.toBe(1);
      expect(await rows()).toHaveLength(0);
    });
  });

  describe('sent e-mail log', () => {
    it('remembers what was sent', async () => {
      const log = new AzureTablesSentEmailLog(table);
      const key = `appointment|${randomUUID()}|invitation|v1|jane@example.com`;
      await expect(log.wasSent(key)).resolves.toBe(false);
      await log.markSent(key, now);
      await expect(log.wasSent(key)).resolves.toBe(true);
    });
  });
});
