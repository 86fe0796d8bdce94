module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  moduleNameMapper: {
    ...require('../../jest.preset.cjs').moduleNameMapper,
    '^server-only$': '<rootDir>/src/testing/server-only-stub.ts',
  },
};
