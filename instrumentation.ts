// Runs once when a Next.js server starts: starts the background job queue (lib/jobs) in the
// Node.js runtime. Imported dynamically so neither the edge nor the client bundles see pg-boss;
// skipped while `next build` collects pages and when JOBS=off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { env } = await import('./lib/env');
  if (env().JOBS === 'off') return;
  const { startJobQueue, stopJobQueue } = await import('./lib/jobs/queue');
  await startJobQueue();
  console.info('Job queue started (reminders every 5 minutes).');
  // Stop fetching jobs when the server is asked to stop; a job cut off by the exit runs again later.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopJobQueue());
}
