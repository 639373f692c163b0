import 'server-only';
import pg from 'pg';
import { errorResponse } from '@/lib/api/api-problem';
import { localeOfRequest } from '@/lib/api/request-locale';
import type { AppLocale } from '@/lib/i18n/locales';
import deCore from '@/messages/de/core.json';
import enCore from '@/messages/en/core.json';
import { env } from '@/lib/env';
import { isDatabaseUnavailableError } from './database-errors';

// Whether PostgreSQL is down, as far as this process knows. The pool, the job queue and the API's
// error handler report outages; from then on the proxy answers "temporarily unavailable" (503)
// instead of running pages into errors, and re-checks with a cheap probe at most once a second
// until the database answers again. While the database is up, none of this touches it.

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

/**
 * For the proxy: null while the database is available (without touching it unless an outage is
 * recorded), else the 503 answer: an HTML page, or the API's JSON error under /api/.
 */
export async function databaseUnavailableResponse(request: Request): Promise<Response | null> {
  if (await isDatabaseAvailable()) return null;
  const { pathname } = new URL(request.url);
  if (pathname.startsWith('/api/')) return databaseUnavailableApiResponse(localeOfRequest(request));
  // A server action's fetch shows a plain-text error body as the error's message.
  const headers = { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' };
  if (request.headers.has('next-action')) {
    return new Response(`${deCore.errors.unavailableTitle} · ${enCore.errors.unavailableTitle}`, {
      status: 503,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(unavailablePage, {
    status: 503,
    headers: {
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}

/** The API's error format with status 503 and a Retry-After header. */
export function databaseUnavailableApiResponse(locale: AppLocale): Response {
  const messages = locale === 'de' ? deCore : enCore;
  return errorResponse(
    503,
    { code: 'SERVICE_UNAVAILABLE', message: messages.errors.unavailableText },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/** German first, then English; no scripts and nothing loaded from elsewhere. It reloads itself. */
const unavailablePage = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${retryAfterSeconds}">
<title>${deCore.errors.unavailableTitle}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:0 auto;padding:3rem 1rem;color:#0f172a;line-height:1.5}p{color:#475569}hr{border:0;border-top:1px solid #e2e8f0;margin:2rem 0}</style>
</head>
<body>
<main>
<h1>${deCore.errors.unavailableTitle}</h1>
<p>${deCore.errors.unavailableText}</p>
<hr>
<div lang="en">
<h2>${enCore.errors.unavailableTitle}</h2>
<p>${enCore.errors.unavailableText}</p>
</div>
</main>
</body>
</html>
`;

function describe(error: unknown) {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message.trim().split('\n').at(-1) : String(error);
  return typeof code === 'string' ? `${code}: ${text}` : String(text);
}
