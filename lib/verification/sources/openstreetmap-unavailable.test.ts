import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllowList } from '@/lib/outbound/allow-list';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { allowOnly, startLocalServer } from '@/lib/outbound/test-support';
import { startOverpassServer, type OverpassTestServer } from '@/tests/support/overpass-server';
import { verifyOverpassCluster } from './openstreetmap-source';
import { at, now, observation } from './openstreetmap-test-support';
import type { VerifiableLocation } from './source-result';

// What every location of a cluster is told when Overpass cannot be asked or its answer cannot be
// read, against real local servers: the Overpass-compatible one failing as a test asks, and one
// answering HTML or nothing.

let server: OverpassTestServer;
let client: ReturnType<typeof createOutboundClient>;
beforeAll(async () => {
  server = await startOverpassServer();
  client = createOutboundClient({ allow: parseAllowList(server.host) });
});
afterAll(() => server.close());

async function verifyOne(location: VerifiableLocation) {
  const results = await verifyOverpassCluster([location], client, { overpassUrl: server.url, now });
  return results.get(location.id)!;
}

// An HTML page at /html (as a proxy in front of Overpass might answer), no answer at /slow.
const odd = await startLocalServer((request, response) => {
  if (request.path === '/slow') return;
  response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Wartung</p>');
});
const oddClient = createOutboundClient({
  allow: allowOnly(odd),
  totalTimeoutMs: 500,
  purposeTimeoutMs: { overpass: 500 },
});

describe('verifyOverpassCluster when Overpass cannot be asked', () => {
  it('tells every location of the cluster to retry after what a 429 says', async () => {
    server.failNext(429, 1, { 'retry-after': '30' });
    const hannover = [at.speiche, at.schnittpunkt];
    const results = await verifyOverpassCluster(hannover, client, { overpassUrl: server.url, now });
    for (const location of hannover) {
      expect(results.get(location.id)).toEqual({
        outcome: 'unavailable',
        retryable: true,
        reason: 'status-429',
        retryAfterSeconds: 30,
      });
    }
  });

  it('reads Retry-After as an HTTP date too, counted from now', async () => {
    server.failNext(503, 1, { 'retry-after': new Date(now.getTime() + 120_000).toUTCString() });
    expect(await verifyOne(at.meyer)).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'status-503',
      retryAfterSeconds: 120,
    });
  });

  it('retries after a 504, and not after a 400 (the query itself is refused)', async () => {
    server.failNext(504);
    expect(await verifyOne(at.meyer)).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'status-504',
    });
    server.failNext(400);
    expect(await verifyOne(at.meyer)).toEqual({
      outcome: 'unavailable',
      retryable: false,
      reason: 'status-400',
    });
  });

  it('is refused without the allow-list: the loopback server is never asked', async () => {
    const before = server.requests.length;
    const results = await verifyOverpassCluster([at.meyer], createOutboundClient(), {
      overpassUrl: server.url,
      now,
    });
    expect(results.get(at.meyer.id)).toEqual({
      outcome: 'unavailable',
      retryable: false,
      reason: expect.stringMatching(/^refused-(port|address)_not_allowed$/),
    });
    expect(server.requests.length).toBe(before);
  });

  it('retries an answer that is not Overpass JSON, and a timeout', async () => {
    const html = await verifyOverpassCluster([at.meyer], oddClient, { overpassUrl: odd.url('/html'), now });
    expect(html.get(at.meyer.id)).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'invalid-answer',
    });
    const slow = await verifyOverpassCluster([at.meyer], oddClient, { overpassUrl: odd.url('/slow'), now });
    expect(slow.get(at.meyer.id)).toEqual({ outcome: 'unavailable', retryable: true, reason: 'timeout' });
  });
});

describe('verifyOverpassCluster with an answer Overpass cut short', () => {
  it('marks what it found as incomplete and asks again for what it did not find', async () => {
    const cut = await startOverpassServer({
      remark: 'runtime error: Query timed out in "query" at line 3 after 26 seconds.',
    });
    try {
      const cutClient = createOutboundClient({ allow: parseAllowList(cut.host) });
      const options = { overpassUrl: cut.url, now };
      const found = await verifyOverpassCluster([at.meyer], cutClient, options);
      expect(observation(found.get(at.meyer.id)).details.incomplete).toBe(true);
      const missing = await verifyOverpassCluster([at.wattwurm], cutClient, options);
      expect(missing.get(at.wattwurm.id)).toEqual({
        outcome: 'unavailable',
        retryable: true,
        reason: 'incomplete-answer',
      });
    } finally {
      await cut.close();
    }
  });
});
