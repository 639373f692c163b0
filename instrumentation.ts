// Runs once when a Next.js server starts: settles next-auth's address (below) and starts the
// background job queue (lib/jobs) in the Node.js runtime. Imported dynamically so neither the
// edge nor the client bundles see pg-boss; skipped while `next build` collects pages. JOBS=off
// turns it off (lib/jobs/server-start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Without NEXTAUTH_URL the app answers at whatever address reaches it (lib/security/app-address.ts);
  // next-auth then takes its own address from the request too, instead of assuming localhost:3000.
  // An empty value (docker compose's `${NEXTAUTH_URL:-}`) counts as unset: next-auth would fail on it.
  if (!process.env.NEXTAUTH_URL?.trim()) {
    delete process.env.NEXTAUTH_URL;
    process.env.AUTH_TRUST_HOST ??= 'true';
  }
  const { startJobsInServer } = await import('./lib/jobs/server-start');
  await startJobsInServer();
}
