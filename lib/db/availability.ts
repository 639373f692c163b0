import 'server-only';
import pg from 'pg';
import { env } from '@/lib/env';
import { isDatabaseUnavailableError } from './database-errors';

// Whether PostgreSQL is down, as far as this process knows. The pool, the job queue and the API's
// error handler report outages; from then on the proxy answers "temporarily unavailable" (503,
// lib/api/database-unavailable.ts) instead of running pages into errors, and re-checks with a
// cheap probe at most once a second until the database answers again. While the database is up,
// none of this touches it.

export { isDatabaseUnavailableError };

/** How long clients should wait before retrying (the Retry-After header, in seconds). */
export const retryAfterSeconds = 5;
const probeIntervalMs = 1_000;
const probeTimeoutMs = 1_000;

type AvailabilityState = {
  /** When the outage was first noticed (ms since the epoch); null while the database is up. */
  downSince: number | null;
  lastProbeAt: number;
  probe: Promise<boolean> | null;
};

// On globalThis: the proxy and the app are bundled separately but run in one process.
const stateKey = Symbol.for('ortsbild.databaseAvailability');
function state(): AvailabilityState {
  const holder = globalThis as { [stateKey]?: AvailabilityState };
  holder[stateKey] ??= { downSince: null, lastProbeAt: 0, probe: null };
  return holder[stateKey];
}

/** Records an outage when `error` is one; returns whether it was. Logs once per outage. */
export function reportDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailableError(error)) return false;
  const current = state();
  if (current.downSince === null) {
    current.downSince = Date.now();
    console.error(`PostgreSQL unavailable (${describe(error)}); answering 503 until it is reachable again.`);
  }
  return true;
}

/** Ends a recorded outage, e.g. when the pool opened a new connection. */
export function reportDatabaseReachable() {
  const current = state();
  if (current.downSince === null) return;
  console.info(`PostgreSQL reachable again after ${((Date.now() - current.downSince) / 1000).toFixed(1)} s.`);
  current.downSince = null;
}

export function databaseDownSince(): Date | null {
  const { downSince } = state();
  return downSince === null ? null : new Date(downSince);
}

/**
 * Whether the database answers. True at once while no outage is recorded; during one, a single
 * `SELECT 1` on a fresh connection (at most once per second, shared by concurrent callers) decides,
 * and its success ends the outage.
 */
export async function isDatabaseAvailable(): Promise<boolean> {
  const current = state();
  if (current.downSince === null) return true;
  if (current.probe) return current.probe;
  if (Date.now() - current.lastProbeAt < probeIntervalMs) return false;
  current.lastProbeAt = Date.now();
  current.probe = probeDatabase()
    .then((reachable) => {
      if (reachable) reportDatabaseReachable();
      return reachable;
    })
    .finally(() => {
      current.probe = null;
    });
  return current.probe;
}

async function probeDatabase() {
  const client = new pg.Client({
    connectionString: env().DATABASE_URL,
    connectionTimeoutMillis: probeTimeoutMs,
    query_timeout: probeTimeoutMs,
    application_name: 'ortsbild-probe',
  });
  // A connection lost after the check must not become an unhandled 'error' event.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * For error handlers: whether `error` comes from a database outage that is still going on. The
 * probe confirms it, so that e.g. a refused connection to another service is not called one.
 */
export async function isDatabaseOutage(error: unknown): Promise<boolean> {
  if (!isDatabaseUnavailableError(error)) return false;
  const current = state();
  if (current.downSince !== null) return !(await isDatabaseAvailable());
  if (await probeDatabase()) return false;
  current.lastProbeAt = Date.now();
  return reportDatabaseError(error);
}

function describe(error: unknown) {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message.trim().split('\n').at(-1) : String(error);
  return typeof code === 'string' ? `${code}: ${text}` : String(text);
}
