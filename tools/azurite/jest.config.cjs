module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'azurite-launcher',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testTimeout: 30_000,
};
