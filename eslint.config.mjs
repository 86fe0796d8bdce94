// One flat config for the workspace. Besides the usual TypeScript rules it encodes the architecture:
// Nx module boundaries between projects (by tag), and per-file bans that keep every server SDK and
// the server entry point of @portico/meeting-core out of anything that can reach a browser bundle.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import nextPlugin from '@next/eslint-plugin-next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages that only work (or only belong) on a server. */
export const serverOnlyPackages = [
  '@azure/data-tables',
  '@azure/storage-queue',
  '@azure/functions',
  '@azure/identity',
  '@azure/communication-identity',
  '@azure/communication-email',
  '@microsoft/microsoft-graph-client',
  'azurite',
];

const serverEntryMessage =
  'Browser code must not import server code: @portico/meeting-core/server and server SDKs stay out of client bundles.';

const testingEntry = {
  name: '@portico/meeting-core/testing',
  message: 'Test builders are for tests, benchmarks and tools, never for code that ships.',
};

const browserRestrictions = {
  paths: [
    testingEntry,
    { name: '@portico/meeting-core/server', message: serverEntryMessage },
    ...serverOnlyPackages.map((name) => ({ name, message: serverEntryMessage })),
  ],
  patterns: [
    { group: ['@azure/data-tables/*', '@azure/storage-queue/*', '@azure/functions/*'], message: serverEntryMessage },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/next-env.d.ts',
      '**/.nx/**',
      'bench/results/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'tools/bicep/obj/**',
      'tools/bicep/bin/**',
      '.tools/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // meeting-core's call drivers are separate entry points loaded with import() on the join
          // page only, while its other entry points are imported statically: both are intended.
          checkDynamicDependenciesExceptions: ['@portico/meeting-core'],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:ui', 'type:runtime'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain', 'type:ui'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:domain', 'type:runtime', 'type:tooling'] },
            { sourceTag: 'type:runtime', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:client', bannedExternalImports: serverOnlyPackages },
            {
              sourceTag: 'scope:server',
              bannedExternalImports: ['react', 'react-dom', 'next', '@fluentui/*', '@azure/communication-calling'],
            },
          ],
        },
      ],
    },
  },
  {
    // Server code that ships may use the server entry point, never the test builders.
    files: [
      'apps/functions/**/*.ts',
      'apps/emulators/**/*.ts',
      'libs/meeting-core/src/server.ts',
      'libs/meeting-core/src/server/**/*.ts',
      'libs/api-contract/**/*.ts',
      'libs/app-runtime/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [testingEntry] }] },
  },
  {
    files: [
      'libs/ui/**/*.{ts,tsx}',
      'apps/web/**/*.{ts,tsx}',
      'libs/meeting-core/src/client.ts',
      'libs/meeting-core/src/acs-driver.ts',
      'libs/meeting-core/src/local-driver.ts',
      'libs/meeting-core/src/relay-protocol.ts',
      'libs/meeting-core/src/client/**/*.ts',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', browserRestrictions] },
  },
  {
    // The domain is pure: no I/O, no SDK, no Node built-in, so it runs anywhere.
    files: ['libs/meeting-core/src/index.ts', 'libs/meeting-core/src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...browserRestrictions,
          patterns: [{ regex: '^(?!\\.)', message: 'The domain is pure: it imports only its own modules.' }],
        },
      ],
    },
  },
  {
    files: ['libs/ui/**/*.tsx', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { '@next/next': nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
