import { parseEmulatorSettings } from './settings';

const acsAccessKey = Buffer.alloc(32, 7).toString('base64');

describe('parseEmulatorSettings', () => {
  it('runs locally, on the default port unless told otherwise, with the ACS access key it is given', () => {
    const local = { PORTICO_ENVIRONMENT: 'local', PORTICO_EMULATORS_ACS_ACCESS_KEY: acsAccessKey };
    expect(parseEmulatorSettings(local)).toEqual({ port: 7180, acsAccessKey });
    expect(parseEmulatorSettings({ ...local, PORTICO_EMULATORS_PORT: '9000' })).toEqual({ port: 9000, acsAccessKey });
  });

  it.each([{ PORTICO_ENVIRONMENT: 'production', PORTICO_EMULATORS_ACS_ACCESS_KEY: acsAccessKey }, {}])(
    'refuses to start outside a local environment: %p',
    (env) => {
      expect(() => parseEmulatorSettings(env)).toThrow(/never run in production/);
    },
  );

  it.each(['not base64!', Buffer.alloc(16).toString('base64')])('refuses an access key that is not one: %p', (key) => {
    expect(() =>
      parseEmulatorSettings({ PORTICO_ENVIRONMENT: 'local', PORTICO_EMULATORS_ACS_ACCESS_KEY: key }),
    ).toThrow(/PORTICO_EMULATORS_ACS_ACCESS_KEY/);
  });
});
