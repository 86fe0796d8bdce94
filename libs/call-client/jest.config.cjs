module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'call-client',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
};
