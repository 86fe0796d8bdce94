import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import { auditActors, auditEventKinds, type AuditEvent } from '@portico/domain';
import { z } from 'zod';
import type { AuditTrail } from '../audit/audit-trail';
import { deleteMatchingRows } from './delete-matching-rows';
import { sha256Hex } from './sha256-hex';

/** The audit trail's table; infrastructure creates it in Azure. */
export const auditTrailTableName = 'audittrail';

const eventRow = z.object({
  appointmentId: z.string(),
  kind: z.enum(auditEventKinds),
  at: z.string(),
  actor: z.enum(auditActors),
  name: z.string().optional(),
  detail: z.string().optional(),
});

/**
 * `AuditTrail` on Table storage: a partition per appointment (its id hashed, as keys allow no '/'
 * or '#'), a row per event whose key starts with its instant, so a partition reads in order. Rows
 * are only ever inserted, never updated; the retention timer deletes whole old rows.
 */
export class AzureTablesAuditTrail implements AuditTrail {
  constructor(private readonly table: TableClient) {}

  async record(event: AuditEvent): Promise<void> {
    await this.table.createEntity({
      partitionKey: partitionOf(event.appointmentId),
      rowKey: `${event.at}-${randomUUID()}`,
      ...event,
    });
  }

  async eventsOf(appointmentId: string): Promise<readonly AuditEvent[]> {
    const events: AuditEvent[] = [];
    const rows = this.table.listEntities({
      queryOptions: { filter: odata`PartitionKey eq ${partitionOf(appointmentId)}` },
    });
    for await (const entity of rows) {
      const row = eventRow.safeParse(entity);
      if (row.success) events.push(withoutUndefined(row.data));
    }
    return events;
  }

  removeBefore(cutoff: Date): Promise<number> {
    return deleteMatchingRows(this.table, odata`at lt ${cutoff.toISOString()}`);
  }
}

const partitionOf = (appointmentId: string) => sha256Hex(appointmentId).slice(0, 32);

function withoutUndefined(row: z.infer<typeof eventRow>): AuditEvent {
  return {
    appointmentId: row.appointmentId,
    kind: row.kind,
    at: row.at,
    actor: row.actor,
    ...(row.name === undefined ? {} : { name: row.name }),
    ...(row.detail === undefined ? {} : { detail: row.detail }),
  };
}
