import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const projectRoot = fileURLToPath(new URL('./', import.meta.url));

const eventLoopTests = [
  'tests/reliability/import-event-loop.test.ts',
  'tests/security/hostile-input-time.test.ts',
  'lib/verification/website/hostile-pages-time.test.ts',
];

// Unit and integration tests of the data layer, against a real PostgreSQL database that
// `npm run test:unit` (scripts/test.ts) provides. Files seed their own uniquely named data,
// so they do not depend on each other or on the order they run in.
export default defineConfig({
  resolve: {
    alias: [
      // `server-only` throws outside a React Server Components build; the data layer is tested in Node.
      { find: /^server-only$/, replacement: `${projectRoot}tests/support/empty-module.ts` },
      { find: /^@\//, replacement: projectRoot },
    ],
  },
  test: {
    environment: 'node',
    globalSetup: ['tests/support/vitest-global-setup.ts'],
    setupFiles: ['tests/support/vitest-setup.ts'],
    // Password hashing (argon2id) and real SQL are slower than pure functions.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: eventLoopTests,
          sequence: { groupOrder: 1 },
        },
      },
      // The tests that hold work to a time budget on the event loop run after the rest, one file
      // at a time, so that another test file's load on the two cores is not counted against them.
      {
        extends: true,
        test: {
          name: 'event-loop',
          include: eventLoopTests,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
