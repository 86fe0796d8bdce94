// Shared settings for `*.int.test.ts`: the unit preset plus Azurite (in memory) and the emulators for the whole run,
// started by the global setup; workers find it through the environment.
const path = require('node:path');

module.exports = {
  ...require('./jest.preset.cjs'),
  testMatch: ['<rootDir>/src/**/*.int.test.ts'],
  globalSetup: path.join(__dirname, 'tools/local-stack/src/jest-global-setup.ts'),
  globalTeardown: path.join(__dirname, 'tools/local-stack/src/jest-global-teardown.ts'),
  testTimeout: 30_000,
};
