import path from 'node:path';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import regexp from 'eslint-plugin-regexp';

const projectRoot = import.meta.dirname;

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
];

export default config;
