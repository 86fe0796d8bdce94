import { parseWebSettings } from './settings';

const local = {
  PORTICO_ENVIRONMENT: 'local',
  PORTICO_FUNCTIONS_URL: 'http://127.0.0.1:7071/',
  PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
  PORTICO_SESSION_SECRET: 's'.repeat(32),
};

describe('parseWebSettings', () => {
  it('reads local settings, with the local guest sign-in on', () => {
    expect(parseWebSettings(local)).toEqual({
      environment: 'local',
      functionsUrl: 'http://127.0.0.1:7071',
      functionsKey: 'k'.repeat(32),
      sessionSecret: 's'.repeat(32),
      brandName: 'Portico',
      localSignIn: true,
    });
  });

  it('turns the local guest sign-in off in production', () => {
    expect(
      parseWebSettings({ ...local, PORTICO_ENVIRONMENT: 'production', PORTICO_FUNCTIONS_URL: 'https://fn.example' })
        .localSignIn,
    ).toBe(false);
  });

  it('lists every missing or invalid setting at once', () => {
    expect(() => parseWebSettings({ PORTICO_ENVIRONMENT: 'local', PORTICO_SESSION_SECRET: 'short' })).toThrow(
      /PORTICO_FUNCTIONS_URL[\s\S]*PORTICO_FUNCTIONS_KEY[\s\S]*PORTICO_SESSION_SECRET: must be at least 32 characters/,
    );
  });

  it('refuses a plain-HTTP API in production', () => {
    expect(() => parseWebSettings({ ...local, PORTICO_ENVIRONMENT: 'production' })).toThrow(
      /PORTICO_FUNCTIONS_URL: must be https in production/,
    );
  });
});
