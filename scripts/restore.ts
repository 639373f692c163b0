// npm run restore -- <file> [--replace]: loads a backup of `npm run backup` into the app's
// database (DATABASE_URL, or the embedded one) in one transaction, then applies the migrations
// the backup predates. Refuses a database that is not empty unless --replace is given.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../lib/db/backup/app-database';
import { BackupError } from '../lib/db/backup/backup-error';
import { describeDatabase } from '../lib/db/backup/connection-environment';
import { restoreBackup } from '../lib/db/backup/restore-backup';
import { applyMigrations } from '../lib/db/schema-engine';

const usage = `Usage: npm run restore -- <file> [--replace]

Restores a backup made by npm run backup into the app's database (DATABASE_URL, or the
embedded PostgreSQL of npm start). Stop the app first: it must not run during a restore.

The restore is one transaction: if anything fails, the database stays as it was. A database
that is not empty is refused unless --replace is given, which drops its schemas (public and
pgboss) within that transaction and restores the backup in their place. Afterwards the
migrations the backup predates are applied, as npm start would.
Needs pg_restore and psql (found in PG_BIN_DIR, else on PATH), at least as new as the pg_dump
that wrote the backup.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.info(usage);
    return 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`${file} does not exist.`);
    return 1;
  }
  const aborted = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => aborted.abort());

  let database;
  try {
    database = await openAppDatabase('restore');
    const restored = await restoreBackup({
      databaseUrl: database.databaseUrl,
      file,
      replace: values.replace ?? false,
      signal: aborted.signal,
    });
    const seconds = `${(restored.milliseconds / 1000).toFixed(1)} s`;
    console.info(
      `Restored ${file} (PostgreSQL ${restored.header.dumpedFrom ?? '?'}) into ` +
        `${describeDatabase(database.databaseUrl)}${restored.replaced ? ', replacing its contents' : ''}, in ${seconds}.`,
    );
    const applied = await applyMigrations(database.databaseUrl);
    console.info(
      applied.length
        ? `Migrated forward: ${applied.join(', ')}.`
        : 'The database schema is up to date (no migrations to apply).',
    );
    return 0;
  } catch (error) {
    // Problems the user can solve are told plainly; anything else with its stack.
    console.error(error instanceof BackupError ? error.message : error);
    return 1;
  } finally {
    await database?.stop();
  }
}

// The schema engine leaves a timer and the embedded server exit hooks; end explicitly.
process.exit(await main());
