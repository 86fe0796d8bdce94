import { InvalidSettingsError } from '@portico/app-runtime';
import { parseFunctionsSettings } from './settings';

const local = {
  PORTICO_ENVIRONMENT: 'local',
  PORTICO_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
  PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
};

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    parseFunctionsSettings(env);
    return [];
  } catch (error) {
    if (error instanceof InvalidSettingsError) return error.problems;
    throw error;
  }
}

describe('parseFunctionsSettings', () => {
  it('reads valid local settings with their defaults', () => {
    const settings = parseFunctionsSettings({
      ...local,
      PORTICO_GOVERNMENT_TENANT_IDS: ' A-1 , b-2,',
      PORTICO_ORGANISATION_DOMAINS: 'Contoso.com',
    });
    expect(settings).toMatchObject({
      environment: 'local',
      storage: { connectionString: 'UseDevelopmentStorage=true' },
      localPort: 7071,
      organisationDomains: ['contoso.com'],
      joinWindow: { opensMinutesBefore: 15, closesMinutesAfter: 30 },
    });
    expect([...settings.governmentTenantIds]).toEqual(['a-1', 'b-2']);
  });

  it('lists every missing or invalid setting at once', () => {
    expect(problemsOf({ PORTICO_JOIN_OPENS_MINUTES_BEFORE: 'soon' })).toEqual([
      expect.stringMatching(/^PORTICO_ENVIRONMENT: /),
      expect.stringMatching(/^PORTICO_JOIN_OPENS_MINUTES_BEFORE: /),
    ]);
    expect(problemsOf({ PORTICO_ENVIRONMENT: 'local' })).toEqual([
      'PORTICO_STORAGE_CONNECTION_STRING: set exactly one of this or PORTICO_STORAGE_ACCOUNT_NAME',
      'PORTICO_FUNCTIONS_KEY: is required locally, where the local host checks it',
    ]);
  });

  it('says which settings are wrong in the error message itself', () => {
    expect(() => parseFunctionsSettings({})).toThrow(/PORTICO_ENVIRONMENT/);
  });

  it('refuses both storage settings at once', () => {
    expect(problemsOf({ ...local, PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore' })).toHaveLength(1);
  });

  it.each([
    'UseDevelopmentStorage=true',
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=x;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1',
  ])('refuses a local stand-in in production: %s', (connectionString) => {
    expect(
      problemsOf({ PORTICO_ENVIRONMENT: 'production', PORTICO_STORAGE_CONNECTION_STRING: connectionString }),
    ).toEqual(['PORTICO_STORAGE_CONNECTION_STRING: points at a local stand-in (Azurite), which production refuses']);
  });

  it('uses the Graph emulator only when told, and never in production', () => {
    expect(parseFunctionsSettings(local).graph).toEqual({ kind: 'entra' });
    expect(
      parseFunctionsSettings({ ...local, PORTICO_GRAPH_EMULATOR_URL: 'http://127.0.0.1:7180/graph/' }).graph,
    ).toEqual({
      kind: 'emulator',
      baseUrl: 'http://127.0.0.1:7180/graph/',
    });
    expect(
      problemsOf({
        PORTICO_ENVIRONMENT: 'production',
        PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore',
        PORTICO_GRAPH_EMULATOR_URL: 'http://127.0.0.1:7180/graph/',
      }),
    ).toEqual([
      'PORTICO_GRAPH_EMULATOR_URL: is a local stand-in, which production refuses; Graph is reached with the managed identity',
    ]);
  });

  it('accepts production with a managed-identity storage account and no local key', () => {
    expect(
      parseFunctionsSettings({ PORTICO_ENVIRONMENT: 'production', PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore' })
        .storage,
    ).toEqual({
      accountName: 'porticostore',
    });
  });
});
