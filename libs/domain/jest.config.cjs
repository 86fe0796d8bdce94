module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'domain',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
};
