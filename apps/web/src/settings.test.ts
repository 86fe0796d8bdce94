import { parseWebSettings } from './settings';

const local = {
  PORTICO_ENVIRONMENT: 'local',
  PORTICO_FUNCTIONS_URL: 'http://127.0.0.1:7071/',
  PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
  PORTICO_SESSION_SECRET: 's'.repeat(32),
  PORTICO_GRAPH_EMULATOR_URL: 'http://127.0.0.1:7180/graph/',
  PORTICO_EMAIL_EMULATOR_URL: 'http://127.0.0.1:7180/',
};
const entra = {
  PORTICO_ENTRA_TENANT_ID: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  PORTICO_ENTRA_CLIENT_ID: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  PORTICO_ENTRA_CLIENT_SECRET: 'secret',
};
const production = {
  PORTICO_ENVIRONMENT: 'production',
  PORTICO_FUNCTIONS_URL: 'https://fn.example',
  PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
  PORTICO_SESSION_SECRET: 's'.repeat(32),
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-4000-8000-000000000000',
  ...entra,
};

describe('parseWebSettings', () => {
  it('reads local settings, with the local guest and staff sign-ins and the outbox on', () => {
    expect(parseWebSettings(local)).toEqual({
      environment: 'local',
      nextDevelopmentServer: false,
      functionsUrl: 'http://127.0.0.1:7071',
      functionsKey: 'k'.repeat(32),
      sessionSecret: 's'.repeat(32),
      brand: { name: 'Portico', colour: '#007A8A' },
      localSignIn: true,
      defaultTimeZone: 'Europe/Amsterdam',
      longWaitMinutes: 5,
      textReminders: false,
      privacyNotice: {},
      staffSignIn: { kind: 'local', graphEmulatorUrl: 'http://127.0.0.1:7180/graph' },
      emailEmulatorUrl: 'http://127.0.0.1:7180',
      calls: { kind: 'acs' },
      telemetry: { kind: 'off' },
      trustedProxyHops: 1,
    });
  });

  it('keeps the local stand-ins in a local production build, and knows when Next compiles on demand', () => {
    expect(parseWebSettings({ ...local, NODE_ENV: 'production' }).localSignIn).toBe(true);
    expect(parseWebSettings({ ...local, NODE_ENV: 'development' }).nextDevelopmentServer).toBe(true);
    expect(parseWebSettings({ ...production, NODE_ENV: 'production' }).nextDevelopmentServer).toBe(false);
  });

  it('asks staff for a mobile number only where Functions texts reminders', () => {
    expect(parseWebSettings({ ...local, PORTICO_TEXT_REMINDERS: 'on' }).textReminders).toBe(true);
    expect(() => parseWebSettings({ ...local, PORTICO_TEXT_REMINDERS: 'yes' })).toThrow(/PORTICO_TEXT_REMINDERS/);
  });

  it('takes how long a lobby wait is too long, from 1 to 120 minutes', () => {
    expect(parseWebSettings({ ...local, PORTICO_LONG_WAIT_MINUTES: '12' }).longWaitMinutes).toBe(12);
    for (const minutes of ['0', '121', '2.5', 'soon']) {
      expect(() => parseWebSettings({ ...local, PORTICO_LONG_WAIT_MINUTES: minutes })).toThrow(
        /PORTICO_LONG_WAIT_MINUTES/,
      );
    }
  });

  it('takes the organisation’s privacy notice per language, and none when unset', () => {
    expect(parseWebSettings(local).privacyNotice).toEqual({});
    const notice = parseWebSettings({
      ...local,
      PORTICO_PRIVACY_NOTICE: 'We keep little.\n\nAsk us.',
      PORTICO_PRIVACY_NOTICE_NL: ' We bewaren weinig. ',
    }).privacyNotice;
    expect(notice).toEqual({ en: 'We keep little.\n\nAsk us.', nl: 'We bewaren weinig.' });
    expect(() => parseWebSettings({ ...local, PORTICO_PRIVACY_NOTICE: 'x'.repeat(20_001) })).toThrow(
      /PORTICO_PRIVACY_NOTICE/,
    );
  });

  it('takes how many proxies append to X-Forwarded-For, and refuses a nonsense count', () => {
    expect(parseWebSettings({ ...local, PORTICO_TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2);
    expect(() => parseWebSettings({ ...local, PORTICO_TRUSTED_PROXY_HOPS: 'many' })).toThrow(
      /PORTICO_TRUSTED_PROXY_HOPS/,
    );
    expect(parseWebSettings({ ...local, PORTICO_TRUSTED_PROXY_HOPS: '0' }).trustedProxyHops).toBe(0);
    expect(() => parseWebSettings({ ...production, PORTICO_TRUSTED_PROXY_HOPS: '0' })).toThrow(
      /PORTICO_TRUSTED_PROXY_HOPS: must be at least 1 in production/,
    );
  });

  it('reads production settings, with Entra ID staff sign-in and no local sign-in', () => {
    const settings = parseWebSettings(production);
    expect(settings.localSignIn).toBe(false);
    expect(settings.staffSignIn).toEqual({
      kind: 'entra',
      tenantId: entra.PORTICO_ENTRA_TENANT_ID,
      clientId: entra.PORTICO_ENTRA_CLIENT_ID,
      clientSecret: 'secret',
    });
    expect(settings.emailEmulatorUrl).toBeUndefined();
  });

  it.each([
    [
      'PORTICO_ENVIRONMENT=production',
      { PORTICO_ENVIRONMENT: 'production', PORTICO_FUNCTIONS_URL: 'https://fn.example' },
    ],
    ['an App Service setting', { WEBSITE_SITE_NAME: 'portico-web' }],
    ['a managed identity setting', { AZURE_CLIENT_ID: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e' }],
  ])('refuses the local staff sign-in with %s', (_name, extra) => {
    expect(() => parseWebSettings({ ...local, ...extra })).toThrow(
      /PORTICO_GRAPH_EMULATOR_URL: is a local stand-in: the local staff sign-in, outbox and meeting relay are refused/,
    );
  });

  it('sends telemetry to Application Insights in production, where it is required, and to the console or nowhere locally', () => {
    expect(parseWebSettings(local).telemetry).toEqual({ kind: 'off' });
    expect(parseWebSettings({ ...local, PORTICO_TELEMETRY: 'console' }).telemetry).toEqual({ kind: 'console' });
    expect(parseWebSettings(production).telemetry).toEqual({
      kind: 'azure-monitor',
      connectionString: production.APPLICATIONINSIGHTS_CONNECTION_STRING,
    });
    expect(() => parseWebSettings({ ...production, APPLICATIONINSIGHTS_CONNECTION_STRING: undefined })).toThrow(
      /APPLICATIONINSIGHTS_CONNECTION_STRING: is required in production/,
    );
  });

  it('refuses the local staff sign-in next to Entra ID settings, and half an Entra ID registration', () => {
    expect(() => parseWebSettings({ ...local, ...entra })).toThrow(/not both/);
    expect(() => parseWebSettings({ ...production, PORTICO_ENTRA_CLIENT_SECRET: undefined })).toThrow(
      /set all of PORTICO_ENTRA_TENANT_ID/,
    );
  });

  it('lists every missing or invalid setting at once', () => {
    expect(() => parseWebSettings({ PORTICO_ENVIRONMENT: 'local', PORTICO_SESSION_SECRET: 'short' })).toThrow(
      /PORTICO_FUNCTIONS_URL[\s\S]*PORTICO_FUNCTIONS_KEY[\s\S]*PORTICO_SESSION_SECRET: must be at least 32 characters/,
    );
  });

  it("takes the brand's name and colour, and refuses a colour white text cannot be read on", () => {
    expect(
      parseWebSettings({ ...local, PORTICO_BRAND_NAME: 'Zorggroep Noord', PORTICO_BRAND_COLOUR: '#5b2c83' }).brand,
    ).toEqual({ name: 'Zorggroep Noord', colour: '#5b2c83' });
    expect(() => parseWebSettings({ ...local, PORTICO_BRAND_COLOUR: '#ffd400' })).toThrow(
      /PORTICO_BRAND_COLOUR: white text on it has a contrast of 1\.\d\d:1; it needs at least 4\.5:1/,
    );
    expect(
      parseWebSettings({ ...local, PORTICO_BRAND_LOGO_URL: 'https://cdn.example.org/logo.svg' }).brand.logoUrl,
    ).toBe('https://cdn.example.org/logo.svg');
    expect(parseWebSettings({ ...local, PORTICO_BRAND_LOGO_URL: '' }).brand).toEqual({
      name: 'Portico',
      colour: '#007A8A',
    });
    expect(() =>
      parseWebSettings({ ...production, PORTICO_BRAND_LOGO_URL: 'http://cdn.example.org/logo.svg' }),
    ).toThrow(/PORTICO_BRAND_LOGO_URL: must be https in production/);
    expect(() => parseWebSettings({ ...local, PORTICO_BRAND_COLOUR: 'purple' })).toThrow(
      /PORTICO_BRAND_COLOUR: must be a colour written #rrggbb/,
    );
  });

  it('refuses a plain-HTTP API in production', () => {
    expect(() => parseWebSettings({ ...production, PORTICO_FUNCTIONS_URL: 'http://fn.example' })).toThrow(
      /PORTICO_FUNCTIONS_URL: must be https in production/,
    );
  });

  it('runs calls through the meeting relay locally when both its settings are given, and through ACS otherwise', () => {
    const key = Buffer.alloc(32, 5).toString('base64');
    const relay = { PORTICO_MEETING_RELAY_URL: 'http://127.0.0.1:7180/', PORTICO_MEETING_RELAY_KEY: key };
    expect(parseWebSettings({ ...local, ...relay }).calls).toEqual({
      kind: 'relay',
      url: 'http://127.0.0.1:7180',
      key,
    });
    expect(parseWebSettings(production).calls).toEqual({ kind: 'acs' });
    expect(() => parseWebSettings({ ...local, PORTICO_MEETING_RELAY_URL: relay.PORTICO_MEETING_RELAY_URL })).toThrow(
      /PORTICO_MEETING_RELAY_KEY: set both/,
    );
    expect(() => parseWebSettings({ ...production, ...relay })).toThrow(
      /PORTICO_MEETING_RELAY_URL: is a local stand-in/,
    );
  });
});
