import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import regexp from 'eslint-plugin-regexp';

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
