import { localFunctionsEnv } from './local-functions-env';

/**
 * Local settings that point at the Azurite and emulators the integration tests' global setup
 * started (it passes their addresses in the environment).
 */
export function integrationFunctionsEnv(functionKey: string): Record<string, string> {
  const emulators = process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';
  return {
    ...localFunctionsEnv,
    PORTICO_STORAGE_CONNECTION_STRING: process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] ?? '',
    PORTICO_FUNCTIONS_KEY: functionKey,
    PORTICO_GRAPH_EMULATOR_URL: `${emulators}/graph/`,
    PORTICO_EMAIL_EMULATOR_URL: `${emulators}/`,
    PORTICO_ACS_CONNECTION_STRING: `endpoint=${emulators}/;accesskey=${process.env['PORTICO_TEST_ACS_ACCESS_KEY'] ?? ''}`,
  };
}
