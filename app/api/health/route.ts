import { db } from '@/lib/db/prisma';

// For load balancers, container health checks and the browser tests' start-up wait: the app
// answers and reaches its database. Never cached, never prerendered at build time.
export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'no-store' };

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok' }, { headers: noStore });
  } catch (error) {
    console.error('Health check: database unavailable:', error instanceof Error ? error.message : error);
    return Response.json({ status: 'unavailable' }, { status: 503, headers: noStore });
  }
}
