module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'server-adapters',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
};
