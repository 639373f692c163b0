import path from 'node:path';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import regexp from 'eslint-plugin-regexp';

const projectRoot = import.meta.dirname;

const outboundMessage =
  'Requests to servers outside the app go through outboundFetch (lib/outbound/outbound-fetch.ts).';
// The modules that open HTTP connections of their own (node's clients and undici).
const httpClientModules = '/^(node:)?(http|https|http2)$|^undici$/';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      'dist/**',
      '.next/**',
      '.data/**',
      'lib/generated/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Dates, times and numbers go through lib/i18n/formatting.ts, which formats English as Europe
    // writes it; next-intl's own formatter would show English as "Dec 6, 2026, 2:05 PM".
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['lib/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next-intl',
              importNames: ['useFormatter', 'createFormatter'],
              message:
                'Use useAppFormatter (lib/i18n/use-app-formatter.ts): English dates as Europe writes them.',
            },
            {
              name: 'next-intl/server',
              importNames: ['getFormatter'],
              message:
                'Use getAppFormatter (lib/i18n/server-formatter.ts): English dates as Europe writes them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Boundaries: app/ builds on components/ and lib/, components/ on lib/, never the other way
    // round; and no module imports itself through others (an import cycle). Paths are resolved as
    // TypeScript does (the @/ alias of tsconfig.json, relative paths alike). import-x/no-cycle skips
    // type-only imports; tests/architecture/import-graph.test.ts counts them too and also keeps the
    // folders of lib/ free of cycles.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          tsconfig: { configFile: path.join(projectRoot, 'tsconfig.json') },
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: projectRoot,
          zones: [
            {
              target: './lib',
              from: ['./components', './app'],
              message: 'lib/ is below components/ and app/: move what both need into lib/, or pass it in.',
            },
            {
              target: './components',
              from: './app',
              message:
                'components/ is below app/: move what both need into components/ or lib/, or pass it in.',
            },
          ],
        },
      ],
    },
  },
  {
    // Requests to servers outside the app go through lib/outbound (public addresses only, checked
    // after DNS and on every redirect; time, size and redirect limits; robots.txt): no fetch and no
    // HTTP client of their own in the server code of lib/ and app/. The browser's requests to the
    // app itself say so where they are made.
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/outbound/**', '**/*.test.ts', '**/test-support.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: outboundMessage }],
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'fetch', message: outboundMessage },
        { object: 'window', property: 'fetch', message: outboundMessage },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `:matches(ImportDeclaration, ImportExpression, ExportAllDeclaration, ExportNamedDeclaration) > Literal[value=${httpClientModules}]`,
          message: outboundMessage,
        },
      ],
    },
  },
  {
    // The public locator's pages are whole HTML documents rendered with Preact outside Next.js's
    // pages (lib/publishing/locator/pages): their <head> and module script are theirs to write.
    files: ['lib/publishing/locator/pages/**/*.tsx'],
    rules: { '@next/next/no-head-element': 'off', '@next/next/no-sync-scripts': 'off' },
  },
  {
    // Regular-expression denial of service: a pattern whose matching time grows faster than its
    // input (nested or competing quantifiers, or a search that rescans the input from every
    // position) fails the lint. Patterns built from other patterns are checked too.
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': [
        'error',
        { ignoreSticky: false, ignorePartial: false, report: 'potential' },
      ],
    },
  },
  {
    // No function longer than 80 lines (blank lines and comments not counted): a longer component or
    // function is split by responsibility into smaller components, hooks or helpers (#14).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/test-support.ts', 'lib/api/openapi/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
];

export default config;
