import type { TableClient } from '@azure/data-tables';

/** A table transaction takes at most this many operations, all in one partition. */
const transactionLimit = 100;

/**
 * Deletes every row an OData filter matches, across partitions, in transactions of up to 100 rows of
 * one partition each; answers how many went. For the retention timers, which remove old rows only.
 */
export async function deleteMatchingRows(table: TableClient, filter: string): Promise<number> {
  const byPartition = new Map<string, string[]>();
  const rows = table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } });
  for await (const { partitionKey, rowKey } of rows) {
    if (partitionKey === undefined || rowKey === undefined) continue;
    byPartition.set(partitionKey, [...(byPartition.get(partitionKey) ?? []), rowKey]);
  }
  let removed = 0;
  for (const [partitionKey, rowKeys] of byPartition) {
    for (let start = 0; start < rowKeys.length; start += transactionLimit) {
      const batch = rowKeys.slice(start, start + transactionLimit);
      await table.submitTransaction(batch.map((rowKey) => ['delete', { partitionKey, rowKey }]));
      removed += batch.length;
    }
  }
  return removed;
}
