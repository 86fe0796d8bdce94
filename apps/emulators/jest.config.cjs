module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'emulators',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
};
