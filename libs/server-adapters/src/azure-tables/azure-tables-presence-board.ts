import { odata, type TableClient } from '@azure/data-tables';
import { guestPhases, type GuestPresence, type LobbyMessage } from '@portico/domain';
import { z } from 'zod';
import type { PresenceBoard } from '../front-desk/presence-board';
import { deleteMatchingRows } from './delete-matching-rows';
import { sha256Hex } from './sha256-hex';
import { hasStatus } from './table-responses';

/** The front desk's table; infrastructure creates it in Azure. */
export const presenceBoardTableName = 'presenceboard';

const presenceRow = z.object({
  kind: z.literal('presence'),
  appointmentId: z.string(),
  subject: z.string(),
  guestName: z.string(),
  phase: z.enum(guestPhases),
  phaseSince: z.string(),
  lastSeenAt: z.string(),
});
const messageRow = z.object({
  kind: z.literal('message'),
  appointmentId: z.string(),
  text: z.string(),
  from: z.string(),
  sentAt: z.string(),
});
const boardRow = z.discriminatedUnion('kind', [presenceRow, messageRow]);

// Row keys hash the appointment id and the guest's address: keys allow no '/', '#' or '?', and an
// address is personal data that belongs in no key. The appointment's hash comes first, so one
// appointment's rows sit together.
const appointmentKey = (appointmentId: string) => sha256Hex(appointmentId).slice(0, 32);
const presenceKey = (appointmentId: string, guestEmail: string) =>
  `${appointmentKey(appointmentId)}-${sha256Hex(guestEmail).slice(0, 32)}`;
const messageKey = (appointmentId: string) => `${appointmentKey(appointmentId)}-message`;

const withoutKind = <T extends { kind: string }>({ kind: _kind, ...rest }: T): Omit<T, 'kind'> => rest;

/**
 * `PresenceBoard` on Table storage: partition per organiser, a row per guest per appointment and
 * one for each appointment's lobby message. Rows the schema does not read are skipped, never thrown.
 */
export class AzureTablesPresenceBoard implements PresenceBoard {
  constructor(private readonly table: TableClient) {}

  async presenceOf(organiserId: string, appointmentId: string, guestEmail: string): Promise<GuestPresence | undefined> {
    try {
      const row = presenceRow.safeParse(
        await this.table.getEntity(organiserId, presenceKey(appointmentId, guestEmail)),
      );
      return row.success ? withoutKind(row.data) : undefined;
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async record(organiserId: string, guestEmail: string, presence: GuestPresence): Promise<void> {
    await this.table.upsertEntity(
      {
        partitionKey: organiserId,
        rowKey: presenceKey(presence.appointmentId, guestEmail),
        kind: 'presence',
        ...presence,
      },
      'Replace',
    );
  }

  async boardOf(organiserId: string, since: Date) {
    const guests: GuestPresence[] = [];
    const messages: LobbyMessage[] = [];
    const rows = this.table.listEntities({
      queryOptions: {
        filter: odata`PartitionKey eq ${organiserId} and (lastSeenAt ge ${since.toISOString()} or sentAt ge ${since.toISOString()})`,
      },
    });
    for await (const entity of rows) {
      const row = boardRow.safeParse(entity);
      if (!row.success) continue;
      if (row.data.kind === 'presence') guests.push(withoutKind(row.data));
      else messages.push(withoutKind(row.data));
    }
    return { guests, messages };
  }

  async postMessage(organiserId: string, message: LobbyMessage): Promise<void> {
    await this.table.upsertEntity(
      { partitionKey: organiserId, rowKey: messageKey(message.appointmentId), kind: 'message', ...message },
      'Replace',
    );
  }

  async messageFor(organiserId: string, appointmentId: string): Promise<LobbyMessage | undefined> {
    try {
      const row = messageRow.safeParse(await this.table.getEntity(organiserId, messageKey(appointmentId)));
      return row.success ? withoutKind(row.data) : undefined;
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  removeBefore(cutoff: Date): Promise<number> {
    const before = cutoff.toISOString();
    return deleteMatchingRows(
      this.table,
      odata`(kind eq 'presence' and lastSeenAt lt ${before}) or (kind eq 'message' and sentAt lt ${before})`,
    );
  }
}
