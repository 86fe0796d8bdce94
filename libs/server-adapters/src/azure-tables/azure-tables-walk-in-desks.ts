import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { walkInDeskStatuses, type WalkInDesk } from '@portico/domain';
import type { StoredWalkInDesk, WalkInDesks } from '../walk-in/walk-in-desks';
import { isSafeKeyPart } from './appointment-keys';
import { dialInSchema, teamsMeetingSchema } from './appointment-record';
import { sha256Hex } from './sha256-hex';
import { hasStatus, requireEtag } from './table-responses';

/** The walk-in desks table; infrastructure creates it in Azure. */
export const walkInDesksTableName = 'walkindesks';

const deskPartition = 'desk';
const organiserPartition = 'organiser';
const memberPartition = (email: string) => `member|${sha256Hex(email.trim().toLowerCase())}`;

interface DeskRow {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly data: string;
  // Copied out of `data` so the daily renewal can ask for open desks only.
  readonly status: string;
}

// Stored data is a boundary too: a row written by another version, or by hand, is checked.
const deskRecord = z.object({
  id: z.string(),
  name: z.string(),
  organiser: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  members: z.array(z.string()).default([]),
  timeZone: z.string(),
  status: z.enum(walkInDeskStatuses),
  meeting: z
    .object({
      day: z.string(),
      calendarEventId: z.string(),
      meeting: teamsMeetingSchema,
      dialIn: dialInSchema.optional(),
    })
    .optional(),
  updatedAt: z.iso.datetime(),
}) satisfies z.ZodType<WalkInDesk>;

/**
 * `WalkInDesks` on Table storage: the desk under its public id, a lookup from its organiser (written
 * first, so a desk is never unreachable from its organiser) and one from each member's address hash. Changes are conditional on the
 * ETag read, so two staff tabs cannot overwrite each other's change unseen.
 */
export class AzureTablesWalkInDesks implements WalkInDesks {
  constructor(private readonly table: TableClient) {}

  async get(id: string): Promise<StoredWalkInDesk | undefined> {
    if (!isSafeKeyPart(id)) return undefined;
    try {
      const row = await this.table.getEntity<DeskRow>(deskPartition, id);
      return { desk: deskRecord.parse(JSON.parse(row.data)), etag: requireEtag(row.etag) };
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async ofOrganiser(organiserId: string): Promise<StoredWalkInDesk | undefined> {
    if (!isSafeKeyPart(organiserId)) return undefined;
    try {
      const lookup = await this.table.getEntity<{ deskId: string }>(organiserPartition, organiserId);
      const stored = await this.get(lookup.deskId);
      return stored?.desk.organiser.id === organiserId ? stored : undefined;
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async save(desk: WalkInDesk, etag: string | undefined): Promise<boolean> {
    if (!isSafeKeyPart(desk.id) || !isSafeKeyPart(desk.organiser.id)) return false;
    const row: DeskRow = {
      partitionKey: deskPartition,
      rowKey: desk.id,
      data: JSON.stringify(desk),
      status: desk.status,
    };
    try {
      if (etag === undefined) {
        if (!(await this.claimOrganiser(desk))) return false;
        await this.table.createEntity(row);
      } else {
        await this.table.updateEntity(row, 'Replace', { etag });
      }
      // Lookups of a colleague taken off stay behind; `ofMember` re-reads the desk and drops them.
      await Promise.all(
        desk.members.map((member) =>
          this.table.upsertEntity({ partitionKey: memberPartition(member), rowKey: desk.id }, 'Replace'),
        ),
      );
      return true;
    } catch (error) {
      if (hasStatus(error, 409) || hasStatus(error, 412) || hasStatus(error, 404)) return false;
      throw error;
    }
  }

  /**
   * Points the organiser's lookup at this new desk. Created, not replaced: of two first opens at
   * once, one desk wins and the other is refused. A lookup left by an open that stopped before its
   * desk was written is taken over.
   */
  private async claimOrganiser(desk: WalkInDesk): Promise<boolean> {
    const lookup = { partitionKey: organiserPartition, rowKey: desk.organiser.id, deskId: desk.id };
    try {
      await this.table.createEntity(lookup);
      return true;
    } catch (error) {
      if (!hasStatus(error, 409)) throw error;
    }
    const existing = await this.table.getEntity<{ deskId: string }>(organiserPartition, desk.organiser.id);
    if (existing.deskId === desk.id) return true;
    if (await this.get(existing.deskId)) return false;
    await this.table.updateEntity(lookup, 'Replace', { etag: requireEtag(existing.etag) });
    return true;
  }

  async ofMember(email: string): Promise<readonly StoredWalkInDesk[]> {
    const address = email.trim().toLowerCase();
    const rows = this.table.listEntities({
      queryOptions: { filter: odata`PartitionKey eq ${memberPartition(address)}`, select: ['rowKey'] },
    });
    const desks: StoredWalkInDesk[] = [];
    for await (const { rowKey } of rows) {
      const stored = rowKey === undefined ? undefined : await this.get(rowKey);
      if (stored?.desk.members.includes(address)) desks.push(stored);
    }
    return desks;
  }

  async listOpen(): Promise<readonly StoredWalkInDesk[]> {
    const rows = this.table.listEntities<DeskRow>({
      queryOptions: { filter: odata`PartitionKey eq ${deskPartition} and status eq 'open'` },
    });
    const open: StoredWalkInDesk[] = [];
    for await (const row of rows)
      open.push({ desk: deskRecord.parse(JSON.parse(row.data)), etag: requireEtag(row.etag) });
    return open;
  }
}
