import 'server-only';
import { isDatabaseUnavailableError } from '@/lib/db/availability';
import { env } from '@/lib/env';
import { startJobQueue, stopJobQueue } from './queue';

const retryDelayMs = 10_000;

/**
 * Starts the job queue inside a Next.js server (called from instrumentation.ts) unless JOBS=off.
 * A database that cannot be reached is not fatal: the pages answer "temporarily unavailable"
 * meanwhile, and the queue starts as soon as the database is back (tried every 10 s).
 */
export async function startJobsInServer() {
  if (env().JOBS === 'off') {
    console.info('Job queue not started (JOBS=off).');
    return;
  }
  // Stop fetching jobs when the server is asked to stop; a job cut off by the exit runs again later.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopJobQueue());
  await startWithRetries(true);
}

async function startWithRetries(firstAttempt: boolean) {
  try {
    await startJobQueue();
    console.info('Job queue started (check-in reminders every 5 minutes).');
  } catch (error) {
    const retrying = isDatabaseUnavailableError(error);
    if (firstAttempt || !retrying) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(
        `Job queue could not start: ${reason}${retrying ? ` (retrying every ${retryDelayMs / 1000} s)` : ''}`,
      );
    }
    if (retrying) setTimeout(() => void startWithRetries(false), retryDelayMs).unref();
  }
}
