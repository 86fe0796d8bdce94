import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { AzureTablesReminderLedger, AzureTablesReminderPreferences } from './azure-tables-reminders';
import { AzureTablesShortLinks } from './azure-tables-short-links';

const tableNamed = (prefix: string) =>
  TableClient.fromConnectionString(
    process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] ?? '',
    `${prefix}${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    { allowInsecureConnection: true },
  );
const day = (n: number) => new Date(Date.UTC(2026, 11, n, 9));

describe('reminders and short links on Azure Tables (Azurite)', () => {
  const reminders = tableNamed('reminders');
  const links = tableNamed('shortlinks');
  beforeAll(() => Promise.all([reminders.createTable(), links.createTable()]));
  afterAll(() => Promise.all([reminders.deleteTable(), links.deleteTable()]));

  it('lets one caller claim a reminder, gives it back, and forgets old claims only', async () => {
    const ledger = new AzureTablesReminderLedger(reminders);
    const [first, second] = await Promise.all([ledger.claim('a|60|x', day(1)), ledger.claim('a|60|x', day(1))]);
    expect([first, second].sort()).toEqual([false, true]);
    await ledger.release('a|60|x');
    await ledger.release('never-claimed');
    expect(await ledger.claim('a|60|x', day(1))).toBe(true);
    expect(await ledger.claim('b|60|y', day(10))).toBe(true);
    expect(await ledger.removeBefore(day(5))).toBe(1);
    expect(await ledger.claim('a|60|x', day(11))).toBe(true);
    expect(await ledger.claim('b|60|y', day(11))).toBe(false);
  });

  it('remembers who stopped reminders by the address, however it is written, until they restart', async () => {
    const preferences = new AzureTablesReminderPreferences(reminders);
    expect(await preferences.hasStopped('jane@example.com')).toBe(false);
    await preferences.setStopped(' Jane@Example.com ', true, day(1));
    expect(await preferences.hasStopped('jane@example.com')).toBe(true);
    await preferences.setStopped('jane@example.com', false, day(2));
    await preferences.setStopped('jane@example.com', false, day(2));
    expect(await preferences.hasStopped('jane@example.com')).toBe(false);
    const rows = [];
    for await (const row of reminders.listEntities()) rows.push(`${row.partitionKey}/${row.rowKey}`);
    expect(rows.join(' ')).not.toContain('jane');
  });

  it('shortens to the same code for the same name, resolves until expiry, and forgets expired links', async () => {
    const shortLinks = new AzureTablesShortLinks(links, 's'.repeat(32));
    const code = await shortLinks.shorten('/a/token-1', 'reminder-1|open', day(10));
    expect(code).toMatch(/^[\w-]{12}$/);
    expect(await shortLinks.shorten('/a/token-1', 'reminder-1|open', day(10))).toBe(code);
    expect(await shortLinks.resolve(code, day(9))).toBe('/a/token-1');
    expect(await shortLinks.resolve(code, day(10))).toBeUndefined();
    expect(await shortLinks.resolve('AAAAAAAAAAAA', day(1))).toBeUndefined();
    expect(await shortLinks.resolve("x' or ''='", day(1))).toBeUndefined();
    const kept = await shortLinks.shorten('/reminders/stop/token-2', 'reminder-1|stop', day(20));
    expect(await shortLinks.removeExpired(day(15))).toBe(1);
    expect(await shortLinks.resolve(kept, day(15))).toBe('/reminders/stop/token-2');
  });

  it('refuses to shorten anything but a personal or stop link, so no code can lead off the portal', async () => {
    const shortLinks = new AzureTablesShortLinks(links, 's'.repeat(32));
    for (const path of ['//evil.example', '/\\evil.example', 'https://evil.example', '/staff', '/a/x?y=1'])
      await expect(shortLinks.shorten(path, `bad|${path}`, day(10))).rejects.toThrow();
  });
});
