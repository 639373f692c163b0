import 'server-only';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { pool } from '@/lib/db/pool';

// Requests per source counted in PostgreSQL, so a limit holds across every app instance working
// verification jobs. A worker waits for its turn instead of failing: the queue's group concurrency
// already keeps few of them waiting at once.

export type RateLimit = { requests: number; perSeconds: number };

/** The defaults: the public Overpass instance asks for few requests with pauses between them. */
export const defaultRateLimits = {
  overpass: { requests: 1, perSeconds: 3 },
  /** Per website host. */
  website: { requests: 1, perSeconds: 2 },
  google: { requests: 10, perSeconds: 1 },
} as const satisfies Record<string, RateLimit>;

export type SourceRateLimits = { [K in keyof typeof defaultRateLimits]: RateLimit | null };

const limiters = new Map<string, RateLimiterPostgres>();

function limiterFor(name: string, limit: RateLimit) {
  const id = `${name}:${limit.requests}/${limit.perSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: 'pool',
      tableName: 'outbound_rate_limits',
      tableCreated: true,
      keyPrefix: `verify-${name}`,
      points: limit.requests,
      duration: limit.perSeconds,
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

/** Resolves when `key` of `name` may send a request; at once when the limit is off (null). */
export async function waitForTurn(name: keyof SourceRateLimits, key: string, limit: RateLimit | null) {
  if (!limit) return;
  const limiter = limiterFor(name, limit);
  for (;;) {
    try {
      await limiter.consume(key);
      return;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.max(50, error.msBeforeNext)));
    }
  }
}
