module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'architecture',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testTimeout: 60_000,
};
