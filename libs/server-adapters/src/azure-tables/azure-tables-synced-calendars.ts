import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { errorCodes, type AppointmentOrganiser, type ErrorCode } from '@portico/domain';
import type {
  DeltaCursor,
  StoredSubscription,
  SyncedCalendar,
  SyncedCalendars,
} from '../calendar-sync/synced-calendars';
import { isSafeKeyPart } from './appointment-keys';
import { hasStatus } from './table-responses';

/** The table of staff calendars' sync state; infrastructure creates it in Azure. */
export const syncedCalendarsTableName = 'calendarsync';

const calendarPartition = 'calendar';
const subscriptionPartition = 'subscription';

// Each part is its own JSON column, merged on its own, so the opt-in, the subscription timer and the
// backstop never overwrite each other's writes.
interface CalendarRow {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly organiser?: string;
  readonly enabled?: boolean;
  readonly subscription?: string;
  readonly cursor?: string;
  readonly problem?: string;
}

const organiserSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
const subscriptionSchema = z.object({ id: z.string(), expiresAt: z.string(), clientStateNonce: z.string() });
const cursorSchema = z.object({ deltaLink: z.string(), windowEndsAt: z.string(), syncedAt: z.string() });
// A code a later version no longer has reads as an unexpected problem rather than failing the row.
const problemSchema = z.object({ code: z.enum(errorCodes).catch('internal.unexpected'), at: z.string() });

/** `SyncedCalendars` on Table storage: a row per calendar and a lookup row per subscription. */
export class AzureTablesSyncedCalendars implements SyncedCalendars {
  constructor(private readonly table: TableClient) {}

  async get(userId: string): Promise<SyncedCalendar | undefined> {
    if (!isSafeKeyPart(userId)) return undefined;
    try {
      return fromRow(await this.table.getEntity<CalendarRow>(calendarPartition, userId));
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async listEnabled(): Promise<readonly SyncedCalendar[]> {
    const filter = odata`PartitionKey eq ${calendarPartition} and enabled eq true`;
    const calendars: SyncedCalendar[] = [];
    for await (const row of this.table.listEntities<CalendarRow>({ queryOptions: { filter } })) {
      const calendar = fromRow(row);
      if (calendar) calendars.push(calendar);
    }
    return calendars;
  }

  async setEnabled(organiser: AppointmentOrganiser, enabled: boolean): Promise<void> {
    await this.merge(organiser.id, { organiser: JSON.stringify(organiser), enabled });
  }

  async saveSubscription(userId: string, subscription: StoredSubscription | undefined): Promise<void> {
    if (subscription) {
      await this.table.upsertEntity(
        {
          partitionKey: subscriptionPartition,
          rowKey: subscription.id,
          userId,
          clientStateNonce: subscription.clientStateNonce,
        },
        'Replace',
      );
    }
    const previous = (await this.get(userId))?.subscription;
    await this.merge(userId, { subscription: subscription ? JSON.stringify(subscription) : '' });
    if (previous && previous.id !== subscription?.id) {
      await this.table.deleteEntity(subscriptionPartition, previous.id).catch((error: unknown) => {
        if (!hasStatus(error, 404)) throw error;
      });
    }
  }

  async findSubscription(
    subscriptionId: string,
  ): Promise<{ readonly userId: string; readonly clientStateNonce: string } | undefined> {
    if (!isSafeKeyPart(subscriptionId)) return undefined;
    try {
      const row = await this.table.getEntity<{ userId: string; clientStateNonce: string }>(
        subscriptionPartition,
        subscriptionId,
      );
      return { userId: row.userId, clientStateNonce: row.clientStateNonce };
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async saveCursor(userId: string, cursor: DeltaCursor | undefined): Promise<void> {
    await this.merge(userId, { cursor: cursor ? JSON.stringify(cursor) : '' });
  }

  async recordProblem(
    userId: string,
    problem: { readonly code: ErrorCode; readonly at: string } | undefined,
  ): Promise<void> {
    await this.merge(userId, { problem: problem ? JSON.stringify(problem) : '' });
  }

  private async merge(userId: string, columns: Omit<CalendarRow, 'partitionKey' | 'rowKey'>): Promise<void> {
    if (!isSafeKeyPart(userId)) throw new Error('A calendar is named by an Entra object id');
    await this.table.upsertEntity({ partitionKey: calendarPartition, rowKey: userId, ...columns }, 'Merge');
  }
}

function fromRow(row: CalendarRow): SyncedCalendar | undefined {
  // A row merged by the timer before anyone opted in has no organiser; it is not a synced calendar yet.
  if (!row.organiser) return undefined;
  const part = <T>(schema: z.ZodType<T>, text: string | undefined): T | undefined =>
    text ? schema.parse(JSON.parse(text)) : undefined;
  const subscription = part(subscriptionSchema, row.subscription);
  const cursor = part(cursorSchema, row.cursor);
  const problem = part(problemSchema, row.problem);
  return {
    organiser: organiserSchema.parse(JSON.parse(row.organiser)),
    enabled: row.enabled === true,
    ...(subscription ? { subscription } : {}),
    ...(cursor ? { cursor } : {}),
    ...(problem ? { problem } : {}),
  };
}
