// What pg_dump and pg_restore need, and what to install when they are too old. pg_dump refuses
// a server of a newer major version; pg_restore refuses an archive written by a newer pg_dump.
import pg from 'pg';
import { BackupError } from './backup-error';
import { installAdvice, type PostgresTool } from './postgres-tools';

export type ServerVersion = { major: number; version: string };

export async function readServerVersion(databaseUrl: string): Promise<ServerVersion> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-backup' });
  await client.connect();
  try {
    const { rows } = await client.query<{ number: string; version: string }>(
      `SELECT current_setting('server_version_num') AS number, current_setting('server_version') AS version`,
    );
    return { major: Math.floor(Number(rows[0]!.number) / 10_000), version: rows[0]!.version.split(' ')[0]! };
  } finally {
    await client.end();
  }
}

/** The same backup made inside the Docker Compose database container, whose pg_dump matches its server. */
export const dockerComposeBackupCommand =
  'docker compose exec -T db pg_dump --format=custom -U ortsbild ortsbild > backups/ortsbild-$(date -u +%Y%m%dT%H%M%SZ).dump';

export function assertPgDumpCanDump(pgDump: PostgresTool, server: ServerVersion) {
  if (pgDump.major >= server.major) return;
  throw new BackupError(
    [
      `pg_dump ${pgDump.version} (${pgDump.path}) cannot back up this database: it runs PostgreSQL ${server.version},`,
      `and pg_dump refuses servers newer than itself. pg_dump ${server.major} or newer is needed:`,
      ...installAdvice(server.major),
      'With Docker Compose, the database container has a matching pg_dump:',
      `  ${dockerComposeBackupCommand}`,
    ].join('\n'),
  );
}

/** pg_restore reads archives of its own and older pg_dump versions only. */
export function assertPgRestoreCanRead(pgRestore: PostgresTool, dumpedBy: ServerVersion | null) {
  if (!dumpedBy || pgRestore.major >= dumpedBy.major) return;
  throw new BackupError(
    [
      `pg_restore ${pgRestore.version} (${pgRestore.path}) cannot read this backup: it was written by pg_dump ${dumpedBy.version}.`,
      `pg_restore ${dumpedBy.major} or newer is needed:`,
      ...installAdvice(dumpedBy.major),
    ].join('\n'),
  );
}
