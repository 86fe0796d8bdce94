module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-contract',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
};
