import net from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';

type PoolGlobals = { pgPool?: { end(): Promise<void> }; prisma?: unknown };
const globals = globalThis as PoolGlobals;
const testDatabaseUrl = process.env.DATABASE_URL;

/** A port nothing listens on: bound, then closed again. */
function closedPort() {
  return new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// lib/env.ts and lib/db/pool.ts read DATABASE_URL once: a fresh module instance and pool per case.
async function healthRouteFor(databaseUrl: string | undefined) {
  await globals.pgPool?.end();
  globals.pgPool = undefined;
  globals.prisma = undefined;
  process.env.DATABASE_URL = databaseUrl;
  vi.resetModules();
  return import('@/app/api/health/route');
}

afterAll(() => healthRouteFor(testDatabaseUrl));

describe('GET /api/health', () => {
  it('answers 200 when the database answers', async () => {
    const { GET } = await healthRouteFor(testDatabaseUrl);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    const { GET } = await healthRouteFor(`postgresql://nobody:secret@127.0.0.1:${await closedPort()}/none`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await GET();
    logged.mockRestore();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable' });
  });
});
