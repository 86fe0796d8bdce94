import { startAzurite, type AzuriteInstance } from './azurite';

declare global {
  var __portico_azurite__: AzuriteInstance | undefined;
}

/**
 * Jest global setup for `*.int.test.ts`: one in-memory Azurite for the run. Test workers start
 * after this and inherit the connection string through the environment.
 */
export default async function setup(): Promise<void> {
  const azurite = await startAzurite();
  globalThis.__portico_azurite__ = azurite;
  process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] = azurite.connectionString;
}
