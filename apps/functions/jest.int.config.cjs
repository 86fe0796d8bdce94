// Integration tests run the real handlers against Azurite, started once by the global setup.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'functions:int',
  testMatch: ['<rootDir>/src/**/*.int.test.ts'],
  globalSetup: '<rootDir>/../../tools/azurite/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/../../tools/azurite/src/jest-global-teardown.ts',
  testTimeout: 30_000,
};
