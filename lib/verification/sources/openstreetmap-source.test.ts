import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllowList } from '@/lib/outbound/allow-list';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { allowOnly, startLocalServer } from '@/lib/outbound/test-support';
import { boxAround } from '@/lib/verification/osm/bounding-box';
import { fixtureLocations } from '@/lib/verification/osm/fixtures';
import { buildOverpassQuery } from '@/lib/verification/osm/overpass-query';
import { germanyWideChain } from '@/lib/verification/osm/test-support';
import { answerQuery, startOverpassServer, type OverpassTestServer } from '@/tests/support/overpass-server';
import { planOverpassClusters, verifyOverpassCluster } from './openstreetmap-source';
import { at, now, nowhere, observation } from './openstreetmap-test-support';
import type { SourceResult, VerifiableLocation } from './source-result';

// The source against the local Overpass-compatible server over real HTTP, through the outbound
// client with exactly that server allowed; its fixtures hold the test locations' surroundings.
// What it answers when Overpass cannot be asked: openstreetmap-unavailable.test.ts.

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

describe('verifyOverpassCluster', () => {
  it('finds the bakery whose tags all match: its values, the element and its links', async () => {
    const result = observation(await verifyOne(at.meyer));
    expect(result).toMatchObject({
      outcome: 'consistent',
      differingFields: [],
      sourceUrl: 'https://www.openstreetmap.org/node/4410762201',
      externalId: 'node/4410762201',
      externalVersion: 7,
      observed: {
        name: 'Bäckerei Meyer',
        street: 'Hafenstraße 145',
        postalCode: '27576',
        city: 'Bremerhaven',
        // As OpenStreetMap writes them; the comparison found them the same in content.
        phone: '+49 471 4829310',
        website: 'https://www.baeckerei-meyer.example/lehe',
        openingHours: null,
        latitude: 53.5610359,
        longitude: 8.5870605,
      },
    });
    expect(result.details).toEqual({
      links: {
        url: 'https://www.openstreetmap.org/node/4410762201',
        editUrl: 'https://www.openstreetmap.org/edit?node=4410762201#map=19/53.561036/8.587060',
      },
      incomplete: false,
      dataTimestamp: '2026-03-02T09:41:17Z',
      distanceMetres: 6,
      missing: [],
      differences: [],
      openingHours: 'Mo-Fr 06:30-18:00; Sa 06:30-13:00',
      hours: { result: 'equal', from: '2026-06-08', to: '2026-07-05', warnings: [] },
    });
    // Stored as JSON: nothing in it that JSON would lose.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('names a different phone number with both values', async () => {
    const result = observation(await verifyOne(at.backstube));
    expect(result).toMatchObject({ outcome: 'different', differingFields: ['phone'] });
    expect(result.observed!.phone).toBe('+49 421 3398811');
    expect(result.details.differences).toEqual([
      { field: 'phone', master: '+494213398810', osm: '+49 421 3398811', reason: 'different' },
    ]);
  });

  it('names opening hours that differ by meaning, with the differing weekday summarised', async () => {
    const saturdayLonger = {
      ...at.meyer,
      openingHours: { ...at.meyer.openingHours, sat: [{ opens: '06:30', closes: '14:00' }] },
    };
    const result = observation(await verifyOne(saturdayLonger));
    expect(result).toMatchObject({ outcome: 'different', differingFields: ['openingHours'] });
    expect(result.observed!.openingHours).toBeNull();
    expect(result.details.differences).toEqual([
      { field: 'openingHours', master: null, osm: 'Mo-Fr 06:30-18:00; Sa 06:30-13:00', reason: 'different' },
    ]);
    expect(result.details.hours).toEqual({
      result: 'different',
      from: '2026-06-08',
      to: '2026-07-05',
      warnings: [],
      days: [
        {
          weekday: 'sat',
          holiday: null,
          dates: ['2026-06-13', '2026-06-20', '2026-06-27', '2026-07-04'],
          master: [{ opens: '06:30', closes: '14:00' }],
          observed: [{ opens: '06:30', closes: '13:00' }],
        },
      ],
    });
  });

  it('reports unreadable opening hours as differing, and the fields OpenStreetMap lacks as missing', async () => {
    const result = observation(await verifyOne(at.schnittpunkt));
    expect(result).toMatchObject({ outcome: 'different', differingFields: ['openingHours'] });
    expect(result.details).toMatchObject({
      missing: ['postcode', 'city'],
      hours: { result: 'unreadable', message: expect.any(String) },
    });
    expect(result.observed).toMatchObject({ postalCode: null, city: null, street: 'Limmerstraße 52' });
  });

  it('links to the map and the editor at the location when nothing there fits', async () => {
    const result = observation(await verifyOne(at.wattwurm));
    expect(result).toEqual({
      outcome: 'not-found',
      observed: null,
      differingFields: [],
      sourceUrl: null,
      externalId: null,
      externalVersion: null,
      details: {
        links: {
          url: 'https://www.openstreetmap.org/#map=19/53.883000/8.660000',
          editUrl: 'https://www.openstreetmap.org/edit#map=19/53.883000/8.660000',
        },
        incomplete: false,
        dataTimestamp: '2026-03-02T09:41:17Z',
        nearby: 1,
      },
    });
  });

  it('lists the candidates when two elements fit about equally well', async () => {
    const result = observation(await verifyOne(at.kruse));
    expect(result).toMatchObject({ outcome: 'ambiguous', observed: null, sourceUrl: null });
    expect(result.details.links.url).toBe('https://www.openstreetmap.org/#map=19/53.143500/8.222000');
    expect(result.details.candidates).toEqual([
      expect.objectContaining({
        externalId: 'node/7340551101',
        name: 'Bäckerei Kruse',
        url: 'https://www.openstreetmap.org/node/7340551101',
        editUrl: expect.stringContaining('/edit?node=7340551101'),
      }),
      expect.objectContaining({ externalId: 'node/7340551102', name: 'Kruse Backshop' }),
    ]);
    const [first, second] = result.details.candidates!;
    expect(first!.distanceMetres).toBeLessThan(second!.distanceMetres);
    // Neither has addr:* tags.
    expect(first!.address).toBeNull();
  });

  it('reads a shop mapped as a building at its centre, with its contact:* tags', async () => {
    const result = observation(await verifyOne(at.speiche));
    expect(result).toMatchObject({
      outcome: 'consistent',
      externalId: 'way/604412207',
      externalVersion: 6,
      sourceUrl: 'https://www.openstreetmap.org/way/604412207',
      observed: {
        phone: '+49 511 445566',
        website: 'https://speiche.example/',
        latitude: 52.3721078,
        longitude: 9.7097793,
      },
    });
  });

  it('asks once per cluster, as Ortsbild, and answers every location; one without position is set aside', async () => {
    const locations = [...Object.values(at), nowhere];
    const { clusters, withoutPosition } = planOverpassClusters(locations);
    expect(withoutPosition).toEqual(['nowhere']);
    expect(clusters).toHaveLength(5);
    const before = server.requests.length;
    const results = new Map<string, SourceResult>();
    for (const cluster of clusters) {
      for (const [id, result] of await verifyOverpassCluster(cluster, client, {
        overpassUrl: server.url,
        now,
      })) {
        results.set(id, result);
      }
    }
    expect(server.requests.length - before).toBe(5);
    for (const request of server.requests.slice(before)) {
      expect(request.method).toBe('POST');
      expect(request.userAgent).toMatch(/^Ortsbild\//);
    }
    expect(Object.fromEntries([...results].map(([id, result]) => [id, result.outcome]))).toEqual({
      'fixture-meyer': 'consistent',
      'fixture-backstube': 'different',
      'fixture-wattwurm': 'not-found',
      'fixture-kruse': 'ambiguous',
      'fixture-speiche': 'consistent',
      'fixture-schnittpunkt': 'different',
    });
  });

  it('answers a location without a position as no-position, without asking Overpass for it alone', async () => {
    const before = server.requests.length;
    const results = await verifyOverpassCluster([nowhere], client, { overpassUrl: server.url, now });
    expect(results.get('nowhere')).toEqual({
      outcome: 'unavailable',
      retryable: false,
      reason: 'no-position',
    });
    expect(server.requests.length).toBe(before);
  });
});

// Overpass' answers from the fixtures, and the request as it arrived.
const recording = await startLocalServer((request, response) => {
  const data = new URLSearchParams(request.body).get('data') ?? '';
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answerQuery(data)));
});
const recordingClient = createOutboundClient({ allow: allowOnly(recording) });

describe('verifyOverpassCluster, the request', () => {
  it('sends the query form-encoded as data=, for the cluster box, accepting JSON', async () => {
    const hannover = [at.speiche, at.schnittpunkt];
    const results = await verifyOverpassCluster(hannover, recordingClient, {
      overpassUrl: recording.url('/api'),
      now,
    });
    expect(results.get(at.speiche.id)?.outcome).toBe('consistent');
    const request = recording.seen.at(-1)!;
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.headers.accept).toBe('application/json');
    expect(request.body.startsWith('data=')).toBe(true);
    expect(new URLSearchParams(request.body).get('data')).toBe(
      buildOverpassQuery(boxAround([fixtureLocations.speiche, fixtureLocations.schnittpunkt], 200)),
    );
  });

  it('widens the box to a radius larger than the margin', async () => {
    const options = { overpassUrl: recording.url('/api'), now, radiusMetres: 350 };
    const results = await verifyOverpassCluster([at.wattwurm], recordingClient, options);
    // The café mapped 300 m away is in the answer and fits within 350 m.
    expect(results.get(at.wattwurm.id)?.outcome).toBe('consistent');
  });
});

describe('planOverpassClusters', () => {
  it('needs at most one cluster per 25 located branches of a chain of 5,000 over Germany', () => {
    const chain = germanyWideChain(5_000, 1_000).map((branch, index): VerifiableLocation => ({
      ...at.meyer,
      ...branch,
      // Every 50th branch has no position (not geocoded yet).
      ...(index % 50 === 0 ? { latitude: null, longitude: null } : {}),
    }));
    const { clusters, withoutPosition } = planOverpassClusters(chain);
    expect(withoutPosition).toHaveLength(100);
    const located = chain.length - withoutPosition.length;
    expect(clusters.flat()).toHaveLength(located);
    expect(located / clusters.length).toBeGreaterThanOrEqual(25);
  });
});
