// One flat config for the workspace. Besides the usual TypeScript rules it encodes the architecture
// as Nx module boundaries between projects, by their tags alone: `type:*` says which layer a project
// is and so what it may use; `scope:*` says where it runs, so browser projects never reach a server
// adapter or a server SDK, and the domain reaches nothing but itself.
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

/** Builders and helpers for tests, benchmarks and tools; code that ships never imports them. */
const testingEntries = {
  paths: [
    {
      name: '@portico/domain/testing',
      message: 'Test builders are for tests, benchmarks and tools, never for code that ships.',
    },
  ],
  patterns: [
    {
      group: ['**/testing/*', '!**/testing/*.test'],
      message: 'Test helpers are for tests, never for code that ships.',
    },
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
          // The call drivers are separate entry points of @portico/call-client, loaded with import()
          // on the join page only, while its main entry point is imported statically: both intended.
          checkDynamicDependenciesExceptions: ['@portico/call-client'],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:contract',
                'type:protocol',
                'type:adapter',
                'type:client',
                'type:ui',
                'type:runtime',
                'type:stand-in',
              ],
            },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:domain', 'type:contract'] },
            { sourceTag: 'type:client', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:protocol'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain', 'type:client', 'type:ui'] },
            // A stand-in plays an outside service in local mode: the ACS SDKs' emulation implements the
            // surface the client library declares, and speaks the relay's protocol.
            {
              sourceTag: 'type:stand-in',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:protocol', 'type:client'],
            },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:protocol', onlyDependOnLibsWithTags: ['type:domain', 'type:contract'] },
            // The domain is pure: no I/O, no SDK, no package at all, so it runs anywhere. Its property
            // tests generate inputs with fast-check, a dev dependency that no build would carry.
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              allowedExternalImports: ['fast-check'],
            },
            { sourceTag: 'type:runtime', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:tooling',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:contract',
                'type:adapter',
                'type:runtime',
                'type:tooling',
              ],
            },
            {
              sourceTag: 'scope:client',
              onlyDependOnLibsWithTags: ['scope:client', 'scope:shared'],
              bannedExternalImports: serverOnlyPackages,
            },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
              bannedExternalImports: ['react', 'react-dom', 'next', '@fluentui/*', '@azure/communication-calling'],
            },
          ],
        },
      ],
    },
  },
  {
    // Code that ships never imports test builders or test helpers; tests, tools and benches may.
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/testing.ts'],
    rules: { 'no-restricted-imports': ['error', testingEntries] },
  },
  {
    // Specs take `test` from the suite's own module, which closes the browser contexts each test opens.
    files: ['e2e/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Import test from './test', which closes the contexts a test opens.",
            },
          ],
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
