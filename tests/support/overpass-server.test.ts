import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxAround } from '@/lib/verification/osm/bounding-box';
import { clusterLocations } from '@/lib/verification/osm/clusters';
import { fixtureLocations } from '@/lib/verification/osm/fixtures';
import { buildOverpassQuery } from '@/lib/verification/osm/overpass-query';
import { parseOverpassAnswer } from '@/lib/verification/osm/parse-overpass';
import { startOverpassServer, type OverpassTestServer } from './overpass-server';

// The local Overpass-compatible server, asked over real HTTP as the app will ask the real one.

let server: OverpassTestServer;
beforeAll(async () => {
  server = await startOverpassServer();
});
afterAll(() => server.close());

const hannoverQuery = buildOverpassQuery(
  boxAround([fixtureLocations.speiche, fixtureLocations.schnittpunkt], 200),
);

function post(query: string) {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Ortsbild-Test/1.0' },
    body: new URLSearchParams({ data: query }),
  });
}

describe('the local Overpass server', () => {
  it('answers a POSTed area query with the fixture elements inside its box, in Overpass JSON', async () => {
    const response = await post(hannoverQuery);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const json = await response.json();
    expect(json).toMatchObject({ version: 0.6, osm3s: { timestamp_osm_base: expect.any(String) } });
    const answer = parseOverpassAnswer(json);
    expect(answer.candidates.map(({ type, id }) => `${type}/${id}`)).toEqual([
      'way/604412207',
      'node/8801224401',
    ]);
    expect(server.requests.at(-1)).toEqual({
      method: 'POST',
      query: hannoverQuery,
      userAgent: 'Ortsbild-Test/1.0',
    });
  });

  it('answers GET ?data= the same way, and each cluster of the fixture towns with its own elements', async () => {
    const { clusters } = clusterLocations(Object.values(fixtureLocations));
    const counts: Record<string, number> = {};
    for (const cluster of clusters) {
      const url = `${server.url}?data=${encodeURIComponent(buildOverpassQuery(cluster.box))}`;
      const answer = parseOverpassAnswer(await (await fetch(url)).json());
      counts[cluster.locations.map((location) => location.id).join('+')] = answer.candidates.length;
    }
    // Cuxhaven's box (200 m margin) holds the rental next door, not the café 300 m away.
    expect(counts).toEqual({
      'fixture-meyer': 3,
      'fixture-backstube': 3,
      'fixture-wattwurm': 1,
      'fixture-kruse': 2,
      'fixture-speiche+fixture-schnittpunkt': 2,
    });
  });

  it('answers an empty list for a box without data', async () => {
    const query = buildOverpassQuery({ south: 48.13, west: 11.57, north: 48.14, east: 11.58 });
    expect(parseOverpassAnswer(await (await post(query)).json()).candidates).toEqual([]);
  });

  it('refuses a query without a box as Overpass refuses bad syntax, and other paths', async () => {
    const response = await post('[out:json];nwr["shop"];out;');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Error/);
    expect((await fetch(server.url.replace('/api/interpreter', '/api/status'))).status).toBe(404);
  });

  it('fails the next queries with the status a test asks for', async () => {
    server.failNext(429, 2);
    expect((await post(hannoverQuery)).status).toBe(429);
    expect((await post(hannoverQuery)).status).toBe(429);
    expect((await post(hannoverQuery)).status).toBe(200);
  });

  it('sends the headers a test asks for with a failure, such as Retry-After', async () => {
    server.failNext(429, 1, { 'retry-after': '30' });
    const response = await post(hannoverQuery);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect((await post(hannoverQuery)).headers.get('retry-after')).toBeNull();
  });

  it('adds the remark a test gives to every answer, as Overpass notes a runtime error', async () => {
    const remark = 'runtime error: Query timed out in "query" at line 3 after 26 seconds.';
    const cut = await startOverpassServer({ remark });
    try {
      const response = await fetch(cut.url, {
        method: 'POST',
        body: new URLSearchParams({ data: hannoverQuery }),
      });
      expect(parseOverpassAnswer(await response.json())).toMatchObject({ remark, incomplete: true });
    } finally {
      await cut.close();
    }
  });
});
