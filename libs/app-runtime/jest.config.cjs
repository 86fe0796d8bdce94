module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'app-runtime',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
};
