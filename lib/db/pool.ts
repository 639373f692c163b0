import 'server-only';
import pg from 'pg';
import { env } from '@/lib/env';

// The one connection pool of this process, shared by Prisma and the few raw-SQL users
// (the sign-in rate limiter). Sized explicitly: several app instances share one server.
const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function pool(): pg.Pool {
  globalForPool.pgPool ??= createPool();
  return globalForPool.pgPool;
}

function createPool() {
  const created = new pg.Pool({
    connectionString: env().DATABASE_URL,
    max: env().DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // A runaway query must not hold a connection (and a request) forever.
    statement_timeout: 15_000,
    application_name: 'ortsbild',
  });
  // An idle client losing its server (a restart) must not crash the process.
  created.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  return created;
}
