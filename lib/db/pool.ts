import 'server-only';
import pg from 'pg';
import { env } from '@/lib/env';
import { reportDatabaseError, reportDatabaseReachable } from './availability';

// The one connection pool of this process, shared by Prisma and the few raw-SQL users
// (the sign-in rate limiter). Sized explicitly: several app instances share one server.
// It survives PostgreSQL restarts: lost connections are reported (lib/db/availability.ts) and
// dropped, and the next query opens a new one once the server is back.
const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function pool(): pg.Pool {
  globalForPool.pgPool ??= createPool();
  return globalForPool.pgPool;
}

type ConnectCallback = Parameters<pg.Client['connect']>[0] & {};

/** A client that reports a failed connection attempt (server down, starting up, full) as an outage. */
class OutageReportingClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.Client> | void {
    if (!callback) {
      return super.connect().catch((error: unknown) => {
        reportDatabaseError(error);
        throw error;
      });
    }
    super.connect((error: Error | null) => {
      if (error) reportDatabaseError(error);
      (callback as (error: Error | null) => void)(error);
    });
  }
}

function createPool() {
  const created = new pg.Pool({
    Client: OutageReportingClient,
    connectionString: env().DATABASE_URL,
    max: env().DATABASE_POOL_SIZE,
    // A server that does not answer fails the request after 5 s instead of holding it forever.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // A runaway query must not hold a connection (and a request) forever.
    statement_timeout: 15_000,
    application_name: 'ortsbild',
  });
  // An idle client losing its server (a restart) must not crash the process: without a listener,
  // the pool's 'error' event would be thrown.
  created.on('error', (error) => {
    if (!reportDatabaseError(error)) console.error('PostgreSQL pool error:', error.message);
  });
  // A query that fails releases its client with the error: a shutdown (57P01) ending a running
  // query is noticed at once, not only at the next connection attempt.
  created.on('release', (error: Error | undefined) => {
    if (error) reportDatabaseError(error);
  });
  created.on('connect', () => reportDatabaseReachable());
  return created;
}
