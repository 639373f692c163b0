import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PgBoss } from 'pg-boss';
import { until } from '@/tests/support/until';
import { startRestartablePostgres } from './restartable-postgres';

// PostgreSQL really stops and starts again under a running app (pool, Prisma, job queue): the
// errors are recognised, the proxy's answer turns into a 503 and back, and nothing crashes.
// The server is this file's own; DATABASE_URL is set before anything reads it.
const server = await startRestartablePostgres();
process.env.DATABASE_URL = server.databaseUrl;

const { pool } = await import('@/lib/db/pool');
const { db } = await import('@/lib/db/prisma');
const { createJobQueue } = await import('@/lib/jobs/queue');
const { GET: health } = await import('@/app/api/health/route');
const { apiRoute } = await import('@/lib/api/api-route');
const { generateApiTokenSecret } = await import('@/lib/api-tokens/token-secret');
const { databaseUnavailableResponse } = await import('@/lib/api/database-unavailable');
const { databaseDownSince, isDatabaseOutage, isDatabaseUnavailableError, reportDatabaseReachable } =
  await import('@/lib/db/availability');

let boss: PgBoss | undefined;
afterAll(async () => {
  await boss?.stop({ graceful: false });
  await pool().end();
  await server.dispose();
});

const page = () => new Request('http://127.0.0.1/o/some-organisation/locations');

/** Whether a query of this text (other than the asking one) is running on the server. */
async function isRunning(text: string) {
  const { rows } = await pool().query<{ running: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                    WHERE state = 'active' AND query = $1 AND pid <> pg_backend_pid()) AS running`,
    [text],
  );
  return rows[0]!.running;
}

/** The error a call fails with, and how long it took to fail. */
async function failure(call: () => Promise<unknown>) {
  const started = Date.now();
  const error = await call().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return { error, ms: Date.now() - started };
}

describe('a PostgreSQL outage', () => {
  it(
    'is recognised, answered with 503 while it lasts and ended by the probe once the server is back',
    { timeout: 60_000 },
    async () => {
      const consoleError = vi.spyOn(console, 'error');
      boss = await createJobQueue({ connectionString: server.databaseUrl });
      await boss.createQueue('outage-check');
      const worked: string[] = [];
      await boss.work<{ id: string }>('outage-check', { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        worked.push(job!.data.id);
      });
      // pg-boss reports each failed poll of a worker as an 'error' event naming the worker's queue.
      let failedPolls = 0;
      boss.on('error', (error: Error & { queue?: string }) => {
        if (error.queue === 'outage-check') failedPolls += 1;
      });

      // Idle connections in the pool, and a query still running when the server stops.
      await Promise.all([1, 2, 3].map(() => db.$queryRaw`SELECT 1`));
      expect(pool().idleCount).toBeGreaterThan(0);
      expect(await databaseUnavailableResponse(page())).toBeNull();
      expect(databaseDownSince()).toBeNull();
      const running = failure(() => db.$queryRaw`SELECT pg_sleep(5)::text`);
      await until(() => isRunning('SELECT pg_sleep(5)::text'));

      await server.stop();

      // Terminated by the shutdown (57P01 admin_shutdown), through Prisma's wrapping.
      expect(isDatabaseUnavailableError((await running).error)).toBe(true);
      // The idle connections' 'error' events were caught, dropped and reported: no crash.
      await until(() => databaseDownSince() !== null && pool().totalCount === 0);

      for (const call of [
        () => db.user.count(),
        () => db.$queryRaw`SELECT 1`,
        () => db.$transaction((tx) => tx.user.count()),
        () => pool().query('SELECT 1'),
      ]) {
        const { error, ms } = await failure(call);
        expect(isDatabaseUnavailableError(error)).toBe(true);
        expect(ms).toBeLessThan(1_000);
      }

      const html = (await databaseUnavailableResponse(page()))!;
      expect(html.status).toBe(503);
      expect(html.headers.get('retry-after')).toBe('5');
      expect(html.headers.get('cache-control')).toBe('no-store');
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const body = await html.text();
      expect(body).toContain('Ortsbild ist gerade nicht erreichbar');
      expect(body).toContain('Bitte versuchen Sie es in ein paar Sekunden erneut.');
      expect(body).toContain('Ortsbild is temporarily unavailable');
      expect(body).not.toMatch(/<script|<link|src=|https?:/i);

      const api = (await databaseUnavailableResponse(
        new Request('http://127.0.0.1/api/v1/locations', { headers: { 'accept-language': 'de-DE' } }),
      ))!;
      expect(api.status).toBe(503);
      expect(api.headers.get('retry-after')).toBe('5');
      expect(await api.json()).toEqual({
        error: {
          code: 'SERVICE_UNAVAILABLE',
          message:
            'Die Datenbank antwortet im Moment nicht. Bitte versuchen Sie es in ein paar Sekunden erneut.',
        },
      });

      const action = (await databaseUnavailableResponse(
        new Request(page(), { method: 'POST', headers: { 'next-action': 'abc123' } }),
      ))!;
      expect(action.status).toBe(503);
      expect(action.headers.get('content-type')).toBe('text/plain; charset=utf-8');

      // A route of /api/v1 that fails on the database (here already at the token check).
      const route = apiRoute(async () => Response.json(await db.user.count()));
      const routeResponse = await route(
        new Request('http://127.0.0.1/api/v1/locations', {
          headers: { authorization: `Bearer ${generateApiTokenSecret().token}` },
        }),
      );
      expect(routeResponse.status).toBe(503);
      expect(routeResponse.headers.get('retry-after')).toBe('5');
      expect(((await routeResponse.json()) as { error: { code: string } }).error.code).toBe(
        'SERVICE_UNAVAILABLE',
      );

      const healthWhileDown = await health();
      expect(healthWhileDown.status).toBe(503);
      expect(healthWhileDown.headers.get('retry-after')).toBe('5');

      // Many requests at once share one probe and all get the 503.
      const burst = await Promise.all(Array.from({ length: 20 }, () => databaseUnavailableResponse(page())));
      expect(burst.map((response) => response?.status)).toEqual(Array(20).fill(503));

      // The job queue fails a few polls (and must neither crash nor log each one).
      await until(() => failedPolls >= 3);

      await server.start();
      const recoveryMs = await until(async () => (await databaseUnavailableResponse(page())) === null);
      expect(recoveryMs).toBeLessThan(3_000);
      expect(databaseDownSince()).toBeNull();
      expect(await db.user.count()).toBe(0);
      expect((await health()).status).toBe(200);

      // The job queue resumed by itself.
      await boss.send('outage-check', { id: 'after-restart' });
      await until(() => worked.includes('after-restart'));

      // Logged once for the whole outage, not once per lost connection or failed poll.
      const logged = consoleError.mock.calls.map((call) => String(call[0]));
      expect(logged.filter((line) => line.startsWith('PostgreSQL unavailable'))).toHaveLength(1);
      expect(
        logged.filter((line) => line.startsWith('Job queue') || line.startsWith('PostgreSQL pool')),
      ).toEqual([]);
      consoleError.mockRestore();
    },
  );

  it(
    'is noticed from a failed connection attempt alone, with no idle connection to lose',
    { timeout: 30_000 },
    async () => {
      await boss?.stop({ graceful: false });
      boss = undefined;
      await server.stop();
      // Forget what the lost idle connections reported: only the next query's connection attempt is left.
      reportDatabaseReachable();
      expect(databaseDownSince()).toBeNull();

      const { error } = await failure(() => db.user.count());
      expect(isDatabaseUnavailableError(error)).toBe(true);
      expect(databaseDownSince()).not.toBeNull();
      expect((await databaseUnavailableResponse(page()))?.status).toBe(503);

      await server.start();
      await until(async () => (await databaseUnavailableResponse(page())) === null);
      expect(await db.user.count()).toBe(0);
    },
  );

  it('costs no database access while no outage is recorded', async () => {
    const connect = vi.spyOn(pool(), 'connect');
    expect(databaseDownSince()).toBeNull();
    for (let index = 0; index < 100; index += 1) expect(await databaseUnavailableResponse(page())).toBeNull();
    expect(connect).not.toHaveBeenCalled();
    connect.mockRestore();
  });
});

describe('an error handler', () => {
  it('does not call a refused connection to another service a database outage', async () => {
    // With no outage recorded, the probe that tells the two apart runs at once (only the proxy's
    // re-check during an outage waits a second between probes).
    expect(databaseDownSince()).toBeNull();
    const geocoderDown = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    expect(isDatabaseUnavailableError(geocoderDown)).toBe(true);
    expect(await isDatabaseOutage(geocoderDown)).toBe(false);
    expect(databaseDownSince()).toBeNull();
  });
});
