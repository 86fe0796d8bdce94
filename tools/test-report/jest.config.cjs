module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'test-report',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
};
