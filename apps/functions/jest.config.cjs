module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'functions',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
};
