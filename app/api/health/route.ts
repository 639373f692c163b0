import { isDatabaseAvailable, reportDatabaseError, retryAfterSeconds } from '@/lib/db/availability';
import { db } from '@/lib/db/prisma';

// For load balancers, container health checks and the browser tests' start-up wait: the app
// answers and reaches its database. Never cached, never prerendered at build time.
export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'no-store' };

export async function GET() {
  try {
    // During a recorded outage the shared probe (at most one per second) answers instead of the pool.
    if (!(await isDatabaseAvailable())) return unavailable();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok' }, { headers: noStore });
  } catch (error) {
    if (!reportDatabaseError(error)) {
      console.error('Health check failed:', error instanceof Error ? error.message : error);
    }
    return unavailable();
  }
}

function unavailable() {
  return Response.json(
    { status: 'unavailable' },
    { status: 503, headers: { ...noStore, 'retry-after': String(retryAfterSeconds) } },
  );
}
