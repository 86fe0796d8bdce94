// Integration tests talk to real storage: Azurite, started once for the run by the global setup.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'meeting-core:int',
  testMatch: ['<rootDir>/src/**/*.int.test.ts'],
  globalSetup: '<rootDir>/../../tools/azurite/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/../../tools/azurite/src/jest-global-teardown.ts',
  testTimeout: 30_000,
};
