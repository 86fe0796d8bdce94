module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'acs-sdk-emulation',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
};
