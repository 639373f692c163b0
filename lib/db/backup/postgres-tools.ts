// Finds PostgreSQL's client tools (pg_dump, pg_restore, psql): in PG_BIN_DIR when it is set,
// else on PATH, and reads their major version, which decides what they can dump and read.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { BackupError } from './backup-error';

export type PostgresToolName = 'pg_dump' | 'pg_restore' | 'psql';
export type PostgresTool = { name: PostgresToolName; path: string; major: number; version: string };

const run = promisify(execFile);

/** How to get the client tools of PostgreSQL `major` (any recent version when omitted). */
export function installAdvice(major?: number) {
  if (major === undefined)
    return [
      '  Debian/Ubuntu: apt-get install postgresql-client',
      '  other systems: https://www.postgresql.org/download/',
      '  or set PG_BIN_DIR to the directory that holds them.',
    ];
  return [
    `  Debian/Ubuntu: apt-get install postgresql-client-${major} from the PostgreSQL apt repository`,
    '                 (https://www.postgresql.org/download/linux/debian/, …/ubuntu/)',
    `  other systems: the client tools of PostgreSQL ${major} from https://www.postgresql.org/download/`,
    `  or set PG_BIN_DIR to a directory that holds them (e.g. /usr/lib/postgresql/${major}/bin).`,
  ];
}

async function isExecutable(file: string) {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

async function locate(name: PostgresToolName, environment: NodeJS.ProcessEnv) {
  const binDirectory = environment.PG_BIN_DIR?.trim();
  if (binDirectory) {
    const candidate = path.resolve(binDirectory, name);
    if (await isExecutable(candidate)) return candidate;
    throw new BackupError(`PG_BIN_DIR is set to ${binDirectory}, which has no ${name}.`);
  }
  for (const directory of (environment.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(directory, name);
    if (await isExecutable(candidate)) return candidate;
  }
  throw new BackupError(
    [`${name} was not found on PATH. Install PostgreSQL's client tools:`, ...installAdvice()].join('\n'),
  );
}

/** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → { major: 15, version: "15.18" }. */
export function parseToolVersion(output: string) {
  const match = /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(output);
  if (!match) return null;
  return { major: Number(match[1]), version: `${match[1]}${match[2] ?? ''}` };
}

export async function findPostgresTool(
  name: PostgresToolName,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<PostgresTool> {
  const file = await locate(name, environment);
  const { stdout } = await run(file, ['--version']).catch((error: Error) => {
    throw new BackupError(`${file} --version failed: ${error.message}`);
  });
  const parsed = parseToolVersion(stdout);
  if (!parsed) throw new BackupError(`${file} --version printed no PostgreSQL version: ${stdout.trim()}`);
  return { name, path: file, ...parsed };
}
