module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'ui',
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
};
