/** A complete, valid set of local settings for tests that compose the app without real services. */
export const localFunctionsEnv = {
  PORTICO_ENVIRONMENT: 'local',
  PORTICO_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
  PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
  PORTICO_EMAIL_EMULATOR_URL: 'http://127.0.0.1:7180/',
  PORTICO_ACS_CONNECTION_STRING: `endpoint=http://127.0.0.1:7180/;accesskey=${Buffer.alloc(32, 1).toString('base64')}`,
  PORTICO_EMAIL_SENDER: 'donotreply@portico.localhost',
  PORTICO_PORTAL_URL: 'http://127.0.0.1:3000',
  PORTICO_LINK_SIGNING_SECRET: 's'.repeat(32),
  PORTICO_FUNCTIONS_PUBLIC_URL: 'http://127.0.0.1:7071',
  PORTICO_GRAPH_CLIENT_STATE_KEY: 'c'.repeat(32),
} as const;
