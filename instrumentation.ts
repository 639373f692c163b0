// Runs once when a Next.js server starts: starts the background job queue (lib/jobs) in the
// Node.js runtime. Imported dynamically so neither the edge nor the client bundles see pg-boss;
// skipped while `next build` collects pages. JOBS=off turns it off (lib/jobs/server-start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startJobsInServer } = await import('./lib/jobs/server-start');
  await startJobsInServer();
}
