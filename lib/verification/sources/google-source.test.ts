import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAllowList } from '@/lib/outbound/allow-list';
import { createOutboundClient, type OutboundClient } from '@/lib/outbound/outbound-fetch';
import { startLocalServer } from '@/lib/outbound/test-support';
import { fixtureLocations } from '@/lib/verification/osm/fixtures';
import type { MatchableLocation } from '@/lib/verification/osm/osm-match-types';
import { placeFixtures } from '@/tests/support/places-fixtures';
import { startPlacesServer, type PlacesTestServer } from '@/tests/support/places-server';
import { verifyGoogle } from './google-source';
import type { SourceObservation, SourceResult, VerifiableLocation } from './source-result';

// The Google source against a local Places API (New) server over real HTTP, through the outbound
// client as the jobs will call it (the server allowed explicitly, as OUTBOUND_ALLOW would).

const searchMask = 'places.id,places.displayName,places.formattedAddress,places.location';
const detailsMask =
  'id,displayName,formattedAddress,addressComponents,nationalPhoneNumber,websiteUri,regularOpeningHours,' +
  'rating,userRatingCount,businessStatus,googleMapsUri,location';
// A Monday; the four weeks to 29 March hold no public holiday in Bremen or Lower Saxony.
const now = new Date('2026-03-02T08:00:00Z');

let server: PlacesTestServer;
let client: OutboundClient;
beforeAll(async () => {
  server = await startPlacesServer();
  client = createOutboundClient({ allow: parseAllowList(server.host) });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const verifiable = (location: MatchableLocation, changes: Partial<VerifiableLocation> = {}) => ({
  ...location,
  primaryCategory: null,
  timeZone: 'Europe/Berlin',
  ...changes,
});

const verify = (location: VerifiableLocation, options: { knownPlaceId?: string; apiKey?: string } = {}) =>
  verifyGoogle(location, client, { apiKey: server.apiKey, baseUrl: server.url, now, ...options });

function observation(result: SourceResult): SourceObservation {
  if (result.outcome === 'unavailable') throw new Error(`unavailable: ${result.reason}`);
  return result;
}

const requestLines = () => server.requests.map((request) => `${request.method} ${request.path}`);

describe('verifyGoogle', () => {
  it('finds the place by a text search, reads its details and finds them consistent', async () => {
    const result = observation(await verify(verifiable(fixtureLocations.meyer)));
    const meyer = placeFixtures.meyer;
    expect(result).toMatchObject({
      outcome: 'consistent',
      differingFields: [],
      externalId: meyer.id,
      externalVersion: null,
      sourceUrl: meyer.googleMapsUri,
      observed: {
        name: 'Bäckerei Meyer',
        street: 'Hafenstraße 145',
        postalCode: '27576',
        city: 'Bremerhaven',
        phone: '0471 4829310',
        website: 'https://www.baeckerei-meyer.example/lehe',
        openingHours: fixtureLocations.meyer.openingHours,
        latitude: 53.5610412,
        longitude: 8.5870533,
        rating: 4.6,
        reviewCount: 212,
        businessStatus: 'OPERATIONAL',
      },
    });
    expect(result.details).toEqual({
      businessStatus: 'OPERATIONAL',
      hours: { result: 'equal', from: '2026-03-02', to: '2026-03-29', days: [] },
    });
    expect(requestLines()).toEqual(['POST /v1/places:searchText', `GET /v1/places/${meyer.id}`]);
  });

  it('names the differing phone and hours, with both values and the differing weekdays', async () => {
    const result = observation(await verify(verifiable(fixtureLocations.backstube)));
    expect(result.outcome).toBe('different');
    expect(result.differingFields).toEqual(['phone', 'openingHours']);
    expect(result.details.differences).toEqual([
      { field: 'phone', master: '+494213398810', google: '0421 3398899' },
    ]);
    const hours = result.details.hours as { result: string; days: Record<string, unknown>[] };
    expect(hours.result).toBe('different');
    expect(hours.days.map((day) => day.weekday)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(hours.days[0]).toEqual({
      weekday: 'mon',
      holiday: null,
      dates: ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'],
      master: [{ opens: '07:00', closes: '19:00' }],
      observed: [{ opens: '07:00', closes: '18:30' }],
    });
  });

  it('reads hours past midnight by meaning; a field Google does not state is missing, not different', async () => {
    const pub = verifiable(fixtureLocations.meyer, {
      id: 'fixture-schleuse',
      name: 'Zur Schleuse',
      street: 'Am Neuen Hafen 7',
      postalCode: '27568',
      phone: '+49471412233',
      website: 'https://zur-schleuse.example',
      openingHours: {
        mon: [{ opens: '00:00', closes: '01:00' }],
        tue: [],
        wed: [{ opens: '18:00', closes: '24:00' }],
        thu: [
          { opens: '00:00', closes: '01:00' },
          { opens: '18:00', closes: '24:00' },
        ],
        fri: [
          { opens: '00:00', closes: '01:00' },
          { opens: '18:00', closes: '24:00' },
        ],
        sat: [
          { opens: '00:00', closes: '02:00' },
          { opens: '18:00', closes: '24:00' },
        ],
        sun: [
          { opens: '00:00', closes: '02:00' },
          { opens: '15:00', closes: '24:00' },
        ],
      },
    });
    const result = observation(await verify(pub));
    expect(result).toMatchObject({ outcome: 'consistent', externalId: placeFixtures.schleuse.id });
    expect(result.observed?.website).toBeNull();
    expect(result.details).toMatchObject({ missing: ['website'], hours: { result: 'equal' } });
  });

  it('answers not-found when no result has the name at the postcode, after the search alone', async () => {
    const result = observation(await verify(verifiable(fixtureLocations.schnittpunkt)));
    expect(result).toMatchObject({ outcome: 'not-found', observed: null, externalId: null, sourceUrl: null });
    expect(result.details).toEqual({
      searchedFor: 'Friseur Schnittpunkt, Limmerstraße 52, 30451 Hannover',
      resultCount: 1,
    });
    expect(requestLines()).toEqual(['POST /v1/places:searchText']);
  });

  it('lists the candidates when several places fit and none is at the street', async () => {
    const result = observation(await verify(verifiable(fixtureLocations.kruse)));
    expect(result.outcome).toBe('ambiguous');
    expect(result.details.candidates).toEqual([
      {
        externalId: placeFixtures.kruseBahnhof.id,
        name: 'Bäckerei Kruse',
        address: 'Bahnhofsplatz 1, 26122 Oldenburg, Deutschland',
      },
      {
        externalId: placeFixtures.kruseMosle.id,
        name: 'Bäckerei Kruse',
        address: 'Moslestraße 6, 26122 Oldenburg, Deutschland',
      },
    ]);
    expect(result.details.candidateCount).toBe(2);
    expect(requestLines()).toEqual(['POST /v1/places:searchText']);
  });

  it('takes the one at the location street when several fit', async () => {
    const result = observation(await verify(verifiable(fixtureLocations.kruse, { street: 'Moslestr. 6' })));
    expect(result).toMatchObject({ outcome: 'consistent', externalId: placeFixtures.kruseMosle.id });
  });

  it('asks Place Details directly for a known place id, without a search', async () => {
    const speiche = placeFixtures.speiche;
    const result = observation(
      await verify(verifiable(fixtureLocations.speiche), { knownPlaceId: speiche.id }),
    );
    expect(result).toMatchObject({ outcome: 'consistent', externalId: speiche.id });
    expect(requestLines()).toEqual([`GET /v1/places/${speiche.id}`]);
  });

  it('searches again when Google no longer knows the known place id', async () => {
    const result = observation(
      await verify(verifiable(fixtureLocations.meyer), { knownPlaceId: 'ChIJexpiredPlaceId00' }),
    );
    expect(result).toMatchObject({ outcome: 'consistent', externalId: placeFixtures.meyer.id });
    expect(result.details.expiredPlaceId).toBe('ChIJexpiredPlaceId00');
    expect(requestLines()).toEqual([
      'GET /v1/places/ChIJexpiredPlaceId00',
      'POST /v1/places:searchText',
      `GET /v1/places/${placeFixtures.meyer.id}`,
    ]);
  });

  it('answers a permanently closed place as not-found, with the place and the flag', async () => {
    const result = observation(await verify(verifiable(fixtureLocations.wattwurm)));
    expect(result).toMatchObject({
      outcome: 'not-found',
      externalId: placeFixtures.wattwurm.id,
      sourceUrl: placeFixtures.wattwurm.googleMapsUri,
      observed: { name: 'Café Wattwurm', businessStatus: 'CLOSED_PERMANENTLY' },
      details: { businessStatus: 'CLOSED_PERMANENTLY', closedPermanently: true },
    });
  });
});

describe('the requests verifyGoogle sends', () => {
  it('sends exactly the documented field masks, the key in a header, the query and the bias', async () => {
    await verify(verifiable(fixtureLocations.meyer));
    const [search, details] = server.requests;
    expect(server.requests.map((request) => request.fieldMask)).toEqual([searchMask, detailsMask]);
    expect(search!.body).toEqual({
      textQuery: 'Bäckerei Meyer, Hafenstraße 145, 27576 Bremerhaven',
      languageCode: 'de',
      regionCode: 'DE',
      locationBias: { circle: { center: { latitude: 53.561, longitude: 8.587 }, radius: 500 } },
    });
    expect(details!.path).toBe(`/v1/places/${placeFixtures.meyer.id}`);
    expect(server.requests.every((request) => !request.path.includes(server.apiKey))).toBe(true);
  });

  it('sends no location bias for a location without a position', async () => {
    await verify(verifiable(fixtureLocations.meyer, { latitude: null, longitude: null }));
    expect(server.requests[0]!.body).not.toHaveProperty('locationBias');
  });
});

describe('when Google cannot be asked', () => {
  it('answers 429 as retryable, with the wait Google asks for', async () => {
    server.failNext(429, 1, 30);
    const result = await verify(verifiable(fixtureLocations.meyer));
    expect(result).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'status-429',
      retryAfterSeconds: 30,
    });
  });

  it('answers 503 as retryable', async () => {
    server.failNext(503);
    const result = await verify(verifiable(fixtureLocations.speiche), {
      knownPlaceId: placeFixtures.speiche.id,
    });
    expect(result).toEqual({ outcome: 'unavailable', retryable: true, reason: 'status-503' });
  });

  it('answers a refused key as not retryable, with Google status word and never the key', async () => {
    const apiKey = 'AIzaWrongKeyThatMustNotLeak123';
    const result = await verify(verifiable(fixtureLocations.meyer), { apiKey });
    expect(result).toEqual({
      outcome: 'unavailable',
      retryable: false,
      reason: 'status-403-PERMISSION_DENIED',
    });
    expect(JSON.stringify(result)).not.toContain(apiKey);
    expect(requestLines()).toEqual(['POST /v1/places:searchText']);
  });

  it('reads Google error words: INVALID_ARGUMENT is final, RESOURCE_EXHAUSTED is not, nor is a 200 without JSON', async () => {
    const answers = [
      {
        status: 400,
        body: { error: { code: 400, message: 'API key not valid.', status: 'INVALID_ARGUMENT' } },
      },
      {
        status: 403,
        body: { error: { code: 403, message: 'Quota exceeded.', status: 'RESOURCE_EXHAUSTED' } },
      },
      { status: 200, body: '<html><body>Proxy login</body></html>' },
    ];
    const scripted = await startLocalServer((_, response) => {
      const { status, body } = answers.shift()!;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    });
    const scriptedClient = createOutboundClient({ allow: parseAllowList(scripted.host) });
    const ask = () =>
      verifyGoogle(verifiable(fixtureLocations.meyer), scriptedClient, {
        apiKey: 'k',
        baseUrl: scripted.url('/'),
        now,
      });
    expect(await ask()).toEqual({
      outcome: 'unavailable',
      retryable: false,
      reason: 'status-400-INVALID_ARGUMENT',
    });
    expect(await ask()).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'status-403-RESOURCE_EXHAUSTED',
    });
    expect(await ask()).toEqual({ outcome: 'unavailable', retryable: true, reason: 'invalid-answer' });
    expect(scripted.seen.map((request) => request.path)).toEqual(Array(3).fill('/v1/places:searchText'));
  });

  it('answers a timeout as retryable', async () => {
    const silent = await startLocalServer(() => {});
    const impatient = createOutboundClient({ allow: parseAllowList(silent.host), totalTimeoutMs: 300 });
    const result = await verifyGoogle(verifiable(fixtureLocations.meyer), impatient, {
      apiKey: server.apiKey,
      baseUrl: silent.url(''),
      now,
    });
    expect(result).toEqual({ outcome: 'unavailable', retryable: true, reason: 'timeout' });
  });

  it('is refused without the allow-list, before anything is sent', async () => {
    const strict = createOutboundClient({ allow: parseAllowList('') });
    const result = await verifyGoogle(verifiable(fixtureLocations.meyer), strict, {
      apiKey: server.apiKey,
      baseUrl: server.url,
      now,
    });
    expect(result).toEqual({
      outcome: 'unavailable',
      retryable: false,
      reason: 'refused-port_not_allowed',
    });
    expect(server.requests).toEqual([]);
  });
});
