module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'local-stack',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
};
