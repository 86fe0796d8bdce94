import { TableClient } from '@azure/data-tables';
import { startAzurite } from './azurite';

describe('startAzurite', () => {
  it('starts a real Storage API on free loopback ports and stops it again', async () => {
    const azurite = await startAzurite();
    try {
      expect(azurite.connectionString).toContain(
        `TableEndpoint=http://127.0.0.1:${azurite.ports.table}/devstoreaccount1`,
      );
      const table = TableClient.fromConnectionString(azurite.connectionString, 'probe', {
        allowInsecureConnection: true,
      });
      await table.createTable();
      await table.createEntity({ partitionKey: 'p', rowKey: 'r', value: 42 });
      expect((await table.getEntity<{ value: number }>('p', 'r')).value).toBe(42);
    } finally {
      await azurite.stop();
    }
    const stopped = TableClient.fromConnectionString(azurite.connectionString, 'probe', {
      allowInsecureConnection: true,
      retryOptions: { maxRetries: 0 },
    });
    await expect(stopped.getEntity('p', 'r')).rejects.toThrow();
  });
});
