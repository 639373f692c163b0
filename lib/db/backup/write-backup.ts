// Writes a backup: a pg_dump archive in custom format (compressed; pg_restore reads it) of the
// whole database, every schema with its data. Atomic: pg_dump writes <file>.partial, which is
// renamed to <file> only when pg_dump succeeded and removed when it did not.
import { existsSync } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BackupError } from './backup-error';
import { libpqEnvironment } from './connection-environment';
import { findPostgresTool, type PostgresTool } from './postgres-tools';
import { runTool } from './run-tool';
import { assertPgDumpCanDump, readServerVersion, type ServerVersion } from './version-requirements';

/** backups/ortsbild-20261126T225208Z.dump, in the current directory. */
export function defaultBackupPath(now = new Date()) {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return path.resolve('backups', `ortsbild-${stamp}.dump`);
}

export type WrittenBackup = {
  file: string;
  bytes: number;
  milliseconds: number;
  server: ServerVersion;
  pgDump: PostgresTool;
};

export async function writeBackup(options: {
  databaseUrl: string;
  file: string;
  signal?: AbortSignal;
}): Promise<WrittenBackup> {
  const file = path.resolve(options.file);
  const pgDump = await findPostgresTool('pg_dump');
  const server = await readServerVersion(options.databaseUrl);
  assertPgDumpCanDump(pgDump, server);
  if (existsSync(file)) throw new BackupError(`${file} exists already: choose another file name.`);

  // A backup holds password hashes and session ids: only its owner may read it.
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;
  await (await open(partial, 'w', 0o600)).close();
  await chmod(partial, 0o600);
  const started = performance.now();
  try {
    await runTool(
      pgDump,
      // A migration holding a table lock makes the backup fail after 30 s instead of waiting.
      ['--format=custom', '--no-password', '--lock-wait-timeout=30000', `--file=${partial}`],
      { environment: libpqEnvironment(options.databaseUrl), signal: options.signal },
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const milliseconds = performance.now() - started;
  return { file, bytes: (await stat(file)).size, milliseconds, server, pgDump };
}
