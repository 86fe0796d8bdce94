module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'meeting-core',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
};
