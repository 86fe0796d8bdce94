// The fault suite starts, pauses, restarts and stops its own Azurite, emulators and Functions host,
// so it has no shared global setup: no other test may lean on services it breaks on purpose.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'local-stack:int',
  testMatch: ['<rootDir>/src/**/*.int.test.ts'],
  testTimeout: 120_000,
};
