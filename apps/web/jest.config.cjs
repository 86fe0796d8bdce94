module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web',
  // next-intl ships ESM only; its client provider renders in the error-page tests.
  transformIgnorePatterns: ['/node_modules/(?!(jose|next-intl|use-intl|icu-minify|@formatjs|intl-messageformat)/)'],
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  moduleNameMapper: {
    ...require('../../jest.preset.cjs').moduleNameMapper,
    '^server-only$': '<rootDir>/src/testing/server-only-stub.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
};
