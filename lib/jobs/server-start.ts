import 'server-only';
import { env } from '@/lib/env';
import { startJobQueue, stopJobQueue } from './queue';

/**
 * Starts the job queue inside a Next.js server (called from instrumentation.ts) unless JOBS=off.
 * A database that cannot be reached is logged, not fatal: the pages answer (with their own
 * errors) and the next start tries again.
 */
export async function startJobsInServer() {
  if (env().JOBS === 'off') {
    console.info('Job queue not started (JOBS=off).');
    return;
  }
  try {
    await startJobQueue();
    console.info('Job queue started (check-in reminders every 5 minutes).');
  } catch (error) {
    console.error(`Job queue could not start: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  // Stop fetching jobs when the server is asked to stop; a job cut off by the exit runs again later.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopJobQueue());
}
