import { parseEmulatorSettings } from './settings';

describe('parseEmulatorSettings', () => {
  it('runs locally, on the default port unless told otherwise', () => {
    expect(parseEmulatorSettings({ PORTICO_ENVIRONMENT: 'local' })).toEqual({ port: 7180 });
    expect(parseEmulatorSettings({ PORTICO_ENVIRONMENT: 'local', PORTICO_EMULATORS_PORT: '9000' })).toEqual({
      port: 9000,
    });
  });

  it.each([{ PORTICO_ENVIRONMENT: 'production' }, {}])('refuses to start outside a local environment: %p', (env) => {
    expect(() => parseEmulatorSettings(env)).toThrow(/never run in production/);
  });
});
