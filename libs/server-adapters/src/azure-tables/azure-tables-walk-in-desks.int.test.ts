import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { openWalkInDesk, type WalkInDesk } from '@portico/domain';
import { AzureTablesWalkInDesks } from './azure-tables-walk-in-desks';

const now = new Date('2026-12-01T09:00:00.000Z');
const organiser = () => ({ id: randomUUID(), name: 'Dr. Ada Visser', email: 'ada@contoso.example' });

function desk(id: string, owner: WalkInDesk['organiser'], members: string[] = []): WalkInDesk {
  const opened = openWalkInDesk(
    { id, organiser: owner, timeZone: 'Europe/Amsterdam' },
    { name: 'Walk-ins', members },
    now,
  );
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

describe('walk-in desks on Azure Tables (Azurite)', () => {
  const table = TableClient.fromConnectionString(
    process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] ?? '',
    `walkindesks${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    { allowInsecureConnection: true },
  );
  const desks = new AzureTablesWalkInDesks(table);
  beforeAll(() => table.createTable());
  afterAll(() => table.deleteTable());

  it('keeps one desk per organiser: of two first opens at once, one wins', async () => {
    const owner = organiser();
    const results = await Promise.all([
      desks.save(desk('desk-a', owner), undefined),
      desks.save(desk('desk-b', owner), undefined),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const kept = await desks.ofOrganiser(owner.id);
    expect(['desk-a', 'desk-b']).toContain(kept?.desk.id);
  });

  it('takes over a lookup left by an open that stopped before its desk was written', async () => {
    const owner = organiser();
    await table.createEntity({ partitionKey: 'organiser', rowKey: owner.id, deskId: 'never-written' });
    expect(await desks.save(desk(`desk-${randomUUID()}`, owner), undefined)).toBe(true);
    expect((await desks.ofOrganiser(owner.id))?.desk.organiser.id).toBe(owner.id);
  });

  it('finds a team desk by a member’s address, in any case, until they are taken off', async () => {
    const owner = organiser();
    const id = `desk-${randomUUID()}`;
    expect(await desks.save(desk(id, owner, ['sam@contoso.example']), undefined)).toBe(true);
    expect((await desks.ofMember('Sam@Contoso.example')).map((d) => d.desk.id)).toEqual([id]);
    const stored = await desks.get(id);
    if (!stored) throw new Error('not stored');
    expect(await desks.save(desk(id, owner, []), stored.etag)).toBe(true);
    expect(await desks.ofMember('sam@contoso.example')).toEqual([]);
    // A change made from a stale version is refused.
    expect(await desks.save(desk(id, owner, []), stored.etag)).toBe(false);
  });
});
