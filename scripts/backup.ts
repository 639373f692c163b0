// npm run backup [-- <file>]: a pg_dump archive of the app's database (DATABASE_URL, or the
// embedded one, running or not) in backups/ortsbild-<UTC time>.dump or <file>. Safe while the app
// runs: pg_dump reads one consistent snapshot. Exit status 1 (and no file) when it fails.
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../lib/db/backup/app-database';
import { BackupError } from '../lib/db/backup/backup-error';
import { defaultBackupPath, writeBackup } from '../lib/db/backup/write-backup';

const usage = `Usage: npm run backup [-- <file>]

Writes a backup of the app's database (DATABASE_URL, or the embedded PostgreSQL of npm start)
to <file>, by default backups/ortsbild-<UTC time>.dump: pg_dump's custom format, every table
with its data. The app may keep running. Needs pg_dump of the server's major version or newer
(found in PG_BIN_DIR, else on PATH). Restore with: npm run restore -- <file>`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.info(usage);
    return 0;
  }
  if (positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const aborted = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => aborted.abort());

  const database = await openAppDatabase('backup');
  try {
    const backup = await writeBackup({
      databaseUrl: database.databaseUrl,
      file: positionals[0] ?? defaultBackupPath(),
      signal: aborted.signal,
    });
    const size = `${(backup.bytes / 1024 / 1024).toFixed(2)} MB`;
    const seconds = `${(backup.milliseconds / 1000).toFixed(1)} s`;
    console.info(`Backup of ${database.source} (PostgreSQL ${backup.server.version}) written:`);
    console.info(`  ${backup.file}  ${size}, ${seconds}, pg_dump ${backup.pgDump.version}`);
    return 0;
  } catch (error) {
    // Problems the user can solve are told plainly; anything else with its stack.
    console.error(error instanceof BackupError ? error.message : error);
    return 1;
  } finally {
    await database.stop();
  }
}

// The embedded server's exit hooks would otherwise decide the exit status.
process.exit(await main());
