module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'ui',
  // next-intl ships ESM only; its client provider renders in the component tests.
  transformIgnorePatterns: ['/node_modules/(?!(jose|next-intl|use-intl|icu-minify|@formatjs|intl-messageformat)/)'],
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
};
