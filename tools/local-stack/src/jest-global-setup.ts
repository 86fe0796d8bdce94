import { join } from 'node:path';
import { startIntegrationServices, type IntegrationServices } from './integration-services';

declare global {
  var __portico_integration_services__: IntegrationServices | undefined;
}

/**
 * Jest global setup for `*.int.test.ts`: Azurite and the emulators, once for the run. Test workers
 * start after this and find them through the environment.
 */
export default async function setup(): Promise<void> {
  const services = await startIntegrationServices(join(__dirname, '../../..'));
  globalThis.__portico_integration_services__ = services;
  process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] = services.storageConnectionString;
  process.env['PORTICO_TEST_EMULATORS_URL'] = services.emulatorsUrl;
  process.env['PORTICO_TEST_ACS_ACCESS_KEY'] = services.acsAccessKey;
}
