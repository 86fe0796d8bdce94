import { InvalidSettingsError } from '@portico/app-runtime';
import { parseFunctionsSettings } from './settings';
import { localFunctionsEnv as local } from './testing/local-functions-env';

/** What production needs besides storage: ACS, the portal's address and the link secret. */
const production = {
  PORTICO_ENVIRONMENT: 'production',
  PORTICO_ACS_ENDPOINT: 'https://portico.communication.azure.com',
  PORTICO_EMAIL_SENDER: 'donotreply@mail.contoso.com',
  PORTICO_PORTAL_URL: 'https://portal.contoso.com',
  PORTICO_LINK_SIGNING_SECRET: 's'.repeat(32),
  PORTICO_FUNCTIONS_PUBLIC_URL: 'https://portico-func.azurewebsites.net',
  PORTICO_GRAPH_CLIENT_STATE_KEY: 'g'.repeat(32),
  APPLICATIONINSIGHTS_CONNECTION_STRING:
    'InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
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
      localTriggers: 'all',
      organisationDomains: ['contoso.com'],
      brand: { name: 'Portico', colour: '#007A8A' },
      joinWindow: {
        opensMinutesBefore: 15,
        closesMinutesAfter: 30,
        renewsInCallMinutesAfter: 240,
        rejoinGraceMinutesAfter: 120,
      },
    });
    expect([...settings.governmentTenantIds]).toEqual(['a-1', 'b-2']);
  });

  it('refuses a brand colour white text cannot be read on, which the e-mails put their buttons in', () => {
    expect(() => parseFunctionsSettings({ ...local, PORTICO_BRAND_COLOUR: '#f0f0f0' })).toThrow(
      /PORTICO_BRAND_COLOUR: white text on it has a contrast/,
    );
    expect(parseFunctionsSettings({ ...local, PORTICO_BRAND_COLOUR: '#5B2C83' }).brand.colour).toBe('#5B2C83');
    expect(
      parseFunctionsSettings({ ...local, PORTICO_BRAND_LOGO_URL: 'https://cdn.example.org/logo.png' }).brand.logoUrl,
    ).toBe('https://cdn.example.org/logo.png');
  });

  it('lists every missing or invalid setting at once', () => {
    expect(problemsOf({ PORTICO_JOIN_OPENS_MINUTES_BEFORE: 'soon' })).toEqual([
      expect.stringMatching(/^PORTICO_ENVIRONMENT: /),
      expect.stringMatching(/^PORTICO_EMAIL_SENDER: /),
      expect.stringMatching(/^PORTICO_PORTAL_URL: /),
      expect.stringMatching(/^PORTICO_LINK_SIGNING_SECRET: /),
      expect.stringMatching(/^PORTICO_JOIN_OPENS_MINUTES_BEFORE: /),
      expect.stringMatching(/^PORTICO_FUNCTIONS_PUBLIC_URL: /),
      expect.stringMatching(/^PORTICO_GRAPH_CLIENT_STATE_KEY: /),
    ]);
    expect(problemsOf({ ...production, PORTICO_ENVIRONMENT: 'local' })).toEqual([
      'PORTICO_STORAGE_CONNECTION_STRING: set exactly one of this or PORTICO_STORAGE_ACCOUNT_NAME',
      'PORTICO_FUNCTIONS_KEY: is required locally, where the local host checks it',
    ]);
  });

  it('derives Graph’s notification addresses and the sync rules, with their defaults', () => {
    expect(
      parseFunctionsSettings({ ...local, PORTICO_FUNCTIONS_PUBLIC_URL: 'http://127.0.0.1:7071/' }).calendarSync,
    ).toEqual({
      notificationUrl: 'http://127.0.0.1:7071/api/graph/notifications',
      lifecycleNotificationUrl: 'http://127.0.0.1:7071/api/graph/lifecycle',
      clientStateKey: 'c'.repeat(32),
      category: undefined,
      guestLocale: 'en',
      guestTimeZone: 'Europe/Amsterdam',
      windowDays: 180,
    });
    expect(
      parseFunctionsSettings({
        ...local,
        PORTICO_SYNC_CATEGORY: ' Portico ',
        PORTICO_SYNC_GUEST_LOCALE: 'nl',
        PORTICO_SYNC_GUEST_TIME_ZONE: 'Europe/Brussels',
      }).calendarSync,
    ).toMatchObject({ category: 'Portico', guestLocale: 'nl', guestTimeZone: 'Europe/Brussels' });
    expect(
      problemsOf({ ...local, PORTICO_SYNC_GUEST_TIME_ZONE: 'Mars/Olympus', PORTICO_SYNC_GUEST_LOCALE: 'fr' }),
    ).toEqual([
      expect.stringMatching(/^PORTICO_SYNC_GUEST_LOCALE: /),
      'PORTICO_SYNC_GUEST_TIME_ZONE: must be an IANA time zone',
    ]);
  });

  it("takes the staff time zone used where a mailbox names none, as the web app's setting of the same name", () => {
    expect(parseFunctionsSettings(local).defaultStaffTimeZone).toBe('Europe/Amsterdam');
    expect(parseFunctionsSettings({ ...local, PORTICO_DEFAULT_TIME_ZONE: 'Europe/London' }).defaultStaffTimeZone).toBe(
      'Europe/London',
    );
    expect(problemsOf({ ...local, PORTICO_DEFAULT_TIME_ZONE: 'W. Europe Standard Time' })).toEqual([
      'PORTICO_DEFAULT_TIME_ZONE: must be an IANA time zone',
    ]);
  });

  it('bounds each dependency call and each request, with defaults, and refuses nonsense bounds', () => {
    expect(parseFunctionsSettings(local).timeouts).toEqual({ dependencyMs: 4000, requestDeadlineMs: 10_000 });
    expect(
      parseFunctionsSettings({ ...local, PORTICO_DEPENDENCY_TIMEOUT_MS: '500', PORTICO_REQUEST_DEADLINE_MS: '1500' })
        .timeouts,
    ).toEqual({ dependencyMs: 500, requestDeadlineMs: 1500 });
    expect(problemsOf({ ...local, PORTICO_DEPENDENCY_TIMEOUT_MS: '0', PORTICO_REQUEST_DEADLINE_MS: 'soon' })).toEqual([
      expect.stringMatching(/^PORTICO_DEPENDENCY_TIMEOUT_MS: /),
      expect.stringMatching(/^PORTICO_REQUEST_DEADLINE_MS: /),
    ]);
  });

  it('keeps audit events for a year unless told otherwise, between 30 days and ten years', () => {
    expect(parseFunctionsSettings(local).auditRetentionDays).toBe(365);
    expect(parseFunctionsSettings({ ...local, PORTICO_AUDIT_RETENTION_DAYS: '90' }).auditRetentionDays).toBe(90);
    for (const days of ['29', '3651', 'forever']) {
      expect(problemsOf({ ...local, PORTICO_AUDIT_RETENTION_DAYS: days })).toEqual([
        expect.stringMatching(/^PORTICO_AUDIT_RETENTION_DAYS: /),
      ]);
    }
  });

  it('reminds 24 hours and 1 hour before unless told otherwise, by e-mail only without an SMS sender', () => {
    expect(parseFunctionsSettings(local).reminders).toEqual({ minutesBefore: [1440, 60], smsSender: undefined });
    expect(
      parseFunctionsSettings({
        ...local,
        PORTICO_REMINDER_MINUTES_BEFORE: '120, 15',
        PORTICO_SMS_SENDER: '+3197010000001',
      }).reminders,
    ).toEqual({ minutesBefore: [120, 15], smsSender: '+3197010000001' });
    expect(parseFunctionsSettings({ ...local, PORTICO_REMINDER_MINUTES_BEFORE: '' }).reminders.minutesBefore).toEqual(
      [],
    );
    expect(parseFunctionsSettings({ ...local, PORTICO_SMS_SENDER: 'Contoso' }).reminders.smsSender).toBe('Contoso');
    expect(parseFunctionsSettings({ ...local, PORTICO_SMS_SENDER: '' }).reminders.smsSender).toBeUndefined();
    for (const [name, value] of [
      ['PORTICO_REMINDER_MINUTES_BEFORE', '1'],
      ['PORTICO_REMINDER_MINUTES_BEFORE', 'soon'],
      ['PORTICO_REMINDER_MINUTES_BEFORE', '10,20,30,40,50'],
      ['PORTICO_SMS_SENDER', '0612345678'],
      ['PORTICO_SMS_SENDER', 'A very long sender'],
    ] as const) {
      expect(problemsOf({ ...local, [name]: value })).toEqual([
        expect.stringMatching(new RegExp(`^${name}(\\.\\d+)?: `)),
      ]);
    }
  });

  it('refuses a plain-HTTP notification address and a short clientState key in production', () => {
    expect(
      problemsOf({
        ...production,
        PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore',
        PORTICO_FUNCTIONS_PUBLIC_URL: 'http://portico-func.example',
        PORTICO_GRAPH_CLIENT_STATE_KEY: 'short',
      }),
    ).toEqual([
      'PORTICO_GRAPH_CLIENT_STATE_KEY: must be at least 32 characters',
      'PORTICO_FUNCTIONS_PUBLIC_URL: must be https in production: Graph posts notifications only to https',
    ]);
  });

  it('sends telemetry to Application Insights in production (required there), and to the console or nowhere locally', () => {
    expect(parseFunctionsSettings(local).telemetry).toEqual({ kind: 'off' });
    expect(parseFunctionsSettings({ ...local, PORTICO_TELEMETRY: 'console' }).telemetry).toEqual({ kind: 'console' });
    expect(parseFunctionsSettings({ ...production, PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore' }).telemetry).toEqual({
      kind: 'azure-monitor',
      connectionString: production.APPLICATIONINSIGHTS_CONNECTION_STRING,
    });
    expect(
      problemsOf({
        ...production,
        PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore',
        APPLICATIONINSIGHTS_CONNECTION_STRING: undefined,
      }),
    ).toEqual([
      'APPLICATIONINSIGHTS_CONNECTION_STRING: is required in production, where telemetry goes to Application Insights',
    ]);
    expect(problemsOf({ ...local, APPLICATIONINSIGHTS_CONNECTION_STRING: 'not one' })).toEqual([
      'APPLICATIONINSIGHTS_CONNECTION_STRING: must be an Application Insights connection string',
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
    expect(problemsOf({ ...production, PORTICO_STORAGE_CONNECTION_STRING: connectionString })).toEqual([
      'PORTICO_STORAGE_CONNECTION_STRING: points at a local stand-in (Azurite), which production refuses',
    ]);
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
        ...production,
        PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore',
        PORTICO_GRAPH_EMULATOR_URL: 'http://127.0.0.1:7180/graph/',
      }),
    ).toEqual([
      'PORTICO_GRAPH_EMULATOR_URL: is a local stand-in, which production refuses; Graph is reached with the managed identity',
    ]);
  });

  it('accepts production with a managed-identity storage account and no local key', () => {
    expect(parseFunctionsSettings({ ...production, PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore' }).storage).toEqual({
      accountName: 'porticostore',
    });
  });

  it('sends e-mail through the emulator only locally, and through ACS otherwise', () => {
    expect(parseFunctionsSettings(local).email).toEqual({
      kind: 'emulator',
      baseUrl: 'http://127.0.0.1:7180/',
      sender: 'donotreply@portico.localhost',
      accessKey: /accesskey=([^;]+)/.exec(local.PORTICO_ACS_CONNECTION_STRING ?? '')?.[1],
    });
    expect(parseFunctionsSettings({ ...production, PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore' }).email).toEqual({
      kind: 'acs',
      endpoint: 'https://portico.communication.azure.com',
      sender: 'donotreply@mail.contoso.com',
    });
    expect(
      problemsOf({
        ...production,
        PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore',
        PORTICO_EMAIL_EMULATOR_URL: 'http://127.0.0.1:7180/',
      }),
    ).toEqual([
      'PORTICO_EMAIL_EMULATOR_URL: is a local stand-in, which production refuses; set PORTICO_ACS_ENDPOINT',
      'PORTICO_ACS_ENDPOINT: set exactly one of this or PORTICO_EMAIL_EMULATOR_URL',
    ]);
  });

  it('refuses a plain-HTTP portal address or a short link secret in production', () => {
    expect(
      problemsOf({
        ...production,
        PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore',
        PORTICO_PORTAL_URL: 'http://portal.contoso.com',
        PORTICO_LINK_SIGNING_SECRET: 'short',
      }),
    ).toEqual([
      'PORTICO_LINK_SIGNING_SECRET: must be at least 32 characters',
      'PORTICO_PORTAL_URL: must be https in production: it goes into every e-mail',
    ]);
  });

  it('reaches ACS identity through Entra ID in production and through the emulator locally, never both ways wrong', () => {
    expect(parseFunctionsSettings({ ...production, PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore' }).identity).toEqual({
      kind: 'acs',
      endpoint: 'https://portico.communication.azure.com',
    });
    expect(parseFunctionsSettings(local).identity).toEqual({
      kind: 'connection-string',
      connectionString: local.PORTICO_ACS_CONNECTION_STRING,
    });
    expect(problemsOf({ ...local, PORTICO_ACS_CONNECTION_STRING: undefined })).toEqual([
      'PORTICO_ACS_CONNECTION_STRING: set this (the identity emulator locally) or PORTICO_ACS_ENDPOINT',
    ]);
    expect(
      problemsOf({
        ...production,
        PORTICO_STORAGE_ACCOUNT_NAME: 'porticostore',
        PORTICO_ACS_CONNECTION_STRING: local.PORTICO_ACS_CONNECTION_STRING,
      }),
    ).toEqual([
      'PORTICO_ACS_CONNECTION_STRING: points at a local stand-in (the identity emulator), which production refuses',
    ]);
    expect(problemsOf({ ...local, PORTICO_ACS_CONNECTION_STRING: 'accesskey=abc' })).toEqual([
      'PORTICO_ACS_CONNECTION_STRING: must be endpoint=…;accesskey=…',
    ]);
  });
});
