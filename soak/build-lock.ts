// The lock every helper takes around a production build (`flock /tmp/ortsbild-e2e.lock`): the
// soak holds it for its whole run, since its servers serve from .next, which another build would
// replace under them. A `flock` child holds the lock until its stdin closes, which also happens
// when the soak dies, so the lock is never left behind.
import { spawn } from 'node:child_process';

export const buildLockPath = '/tmp/ortsbild-e2e.lock';

/** Waits for the lock; resolves with the function that releases it. */
export async function holdBuildLock(log: (message: string) => void): Promise<() => void> {
  const holder = spawn('flock', [buildLockPath, 'sh', '-c', 'echo locked; read _'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const waiting = setTimeout(
    () => log(`Waiting for ${buildLockPath} (another build or browser test)…`),
    1_000,
  );
  try {
    await new Promise<void>((resolve, reject) => {
      holder.stdout.once('data', () => resolve());
      holder.once('exit', (code) => reject(new Error(`flock ${buildLockPath} exited (${code}).`)));
      holder.once('error', reject);
    });
  } finally {
    clearTimeout(waiting);
  }
  return () => holder.stdin.end();
}
