// Restores a backup made by writeBackup into a database, all or nothing: pg_restore turns the
// archive into SQL and psql runs it as ONE transaction that stops at the first error, so a failed
// restore leaves the database as it was. With `replace`, the transaction first drops the app's
// schemas (public, pgboss), so objects the backup lacks do not survive either.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { BackupError } from './backup-error';
import { describeDatabase, libpqEnvironment } from './connection-environment';
import { findPostgresTool, installAdvice, type PostgresTool } from './postgres-tools';
import { startTool, type ToolRun } from './run-tool';
import { readServerVersion, type ServerVersion } from './version-requirements';

const run = promisify(execFile);

const replaceSchemasSql =
  'DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;';

export type BackupHeader = { dumpedFrom: string | null; dumpedBy: string | null };

/** The archive's header, as `pg_restore --list` prints it; fails for files that are no archive. */
export async function readBackupHeader(pgRestore: PostgresTool, file: string): Promise<BackupHeader> {
  const listing = await run(pgRestore.path, ['--list', file], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stderr?: string; message: string }) => {
      const reason = (error.stderr || error.message).trim();
      const advice = /unsupported version/.test(reason)
        ? [
            `The backup was written by a newer pg_dump than pg_restore ${pgRestore.version} (${pgRestore.path}).`,
            'Install the client tools of the PostgreSQL version it came from:',
            ...installAdvice(),
          ]
        : [];
      throw new BackupError([`${file} cannot be read as a backup: ${reason}`, ...advice].join('\n'));
    },
  );
  const field = (label: string) => new RegExp(`;\\s*${label}:\\s*(\\S+)`).exec(listing.stdout)?.[1] ?? null;
  return { dumpedFrom: field('Dumped from database version'), dumpedBy: field('Dumped by pg_dump version') };
}

type TargetState = { server: ServerVersion; objects: number; otherSessions: string[] };

/** Version, number of objects outside the system schemas, and who else is connected. */
async function inspectTarget(databaseUrl: string): Promise<TargetState> {
  const server = await readServerVersion(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-restore' });
  await client.connect();
  try {
    const userSchema = `NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;
    const { rows } = await client.query<{ objects: number }>(
      `SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname ${userSchema})
            + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname ${userSchema})
            + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname ${userSchema} AND t.typtype IN ('e', 'd', 'r'))
            + (SELECT count(*) FROM pg_namespace n WHERE n.nspname ${userSchema} AND n.nspname <> 'public')
            + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql') AS objects`,
    );
    const sessions = await client.query<{ application: string }>(
      `SELECT coalesce(nullif(application_name, ''), 'unnamed') AS application FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    return {
      server,
      objects: Number(rows[0]!.objects),
      otherSessions: sessions.rows.map((row) => row.application),
    };
  } finally {
    await client.end();
  }
}

export type RestoredBackup = {
  header: BackupHeader;
  server: ServerVersion;
  replaced: boolean;
  milliseconds: number;
};

export async function restoreBackup(options: {
  databaseUrl: string;
  file: string;
  replace: boolean;
  signal?: AbortSignal;
}): Promise<RestoredBackup> {
  const [pgRestore, psql] = [await findPostgresTool('pg_restore'), await findPostgresTool('psql')];
  const header = await readBackupHeader(pgRestore, options.file);
  const target = await inspectTarget(options.databaseUrl);
  const database = describeDatabase(options.databaseUrl);
  if (target.otherSessions.length)
    throw new BackupError(
      `${target.otherSessions.length} other connection(s) to ${database} (${[...new Set(target.otherSessions)].join(', ')}).\n` +
        'Stop the app (and anything else using the database) before restoring.',
    );
  const replaced = target.objects > 0;
  if (replaced && !options.replace)
    throw new BackupError(
      `${database} is not empty (${target.objects} tables, functions and other objects). Nothing was changed.\n` +
        'To replace its contents with the backup, run the restore again with --replace.',
    );
  const dumpedFromMajor = Number(header.dumpedFrom?.split('.')[0]);
  if (dumpedFromMajor > target.server.major)
    console.warn(
      `The backup comes from PostgreSQL ${header.dumpedFrom}; the target runs ${target.server.version}. ` +
        'Restoring into an older version may fail (the database then stays as it was).',
    );

  const started = performance.now();
  const environment = libpqEnvironment(options.databaseUrl);
  const toSql = startTool(pgRestore, ['--no-owner', '--no-privileges', '--file=-', options.file], {
    environment,
    signal: options.signal,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const apply = startTool(
    psql,
    [
      '--no-psqlrc',
      '--quiet',
      '--no-password',
      '--set=ON_ERROR_STOP=1',
      '--single-transaction',
      ...(options.replace ? [`--command=${replaceSchemasSql}`] : []),
      '--file=-',
    ],
    { environment, signal: options.signal, stdio: ['pipe', 'ignore', 'pipe'] },
  );
  // The first failure is the one to report; the other tool is then stopped. psql's input is ended
  // only after pg_restore succeeded: at the end of a truncated script psql would commit it.
  let firstFailure: unknown;
  const failed = (other: ToolRun) => (error: unknown) => {
    firstFailure ??= error;
    other.child.kill();
  };
  apply.child.stdin!.on('error', () => {}); // psql stopped at an error and closed its input
  toSql.child.stdout!.pipe(apply.child.stdin!, { end: false });
  await Promise.all([
    toSql.finished.then(() => apply.child.stdin!.end(), failed(apply)),
    apply.finished.catch(failed(toSql)),
  ]);
  if (firstFailure) throw firstFailure;
  return { header, server: target.server, replaced, milliseconds: performance.now() - started };
}
