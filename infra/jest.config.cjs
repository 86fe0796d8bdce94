module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'infra',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testTimeout: 120_000,
};
