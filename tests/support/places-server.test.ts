import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeFixtures } from './places-fixtures';
import { startPlacesServer, type PlacesTestServer } from './places-server';

// The local Places API (New) server, asked over real HTTP as Google is asked: it must hold the
// app to what Google requires (key, field mask) and answer only what the mask names.

let server: PlacesTestServer;
beforeAll(async () => {
  server = await startPlacesServer();
});
afterAll(() => server.close());

function search(textQuery: string, fieldMask: string | null, apiKey = server.apiKey) {
  return fetch(`${server.url}/v1/places:searchText`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-goog-api-key': apiKey,
      ...(fieldMask ? { 'x-goog-fieldmask': fieldMask } : {}),
    },
    body: JSON.stringify({ textQuery, languageCode: 'de' }),
  });
}

function details(placeId: string, fieldMask: string) {
  return fetch(`${server.url}/v1/places/${placeId}`, {
    headers: { 'x-goog-api-key': server.apiKey, 'x-goog-fieldmask': fieldMask },
  });
}

describe('the local Places server', () => {
  it('answers a text search with the fitting places, best first, with only the masked fields', async () => {
    const response = await search(
      'Bäckerei Meyer, Hafenstraße 145, 27576 Bremerhaven',
      'places.id,places.displayName.text',
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      places: [
        { id: placeFixtures.meyer.id, displayName: { text: 'Bäckerei Meyer' } },
        { id: placeFixtures.hafenApotheke.id, displayName: { text: 'Hafen-Apotheke' } },
      ],
    });
  });

  it('answers {} when nothing fits', async () => {
    const response = await search('Eisdiele Polarstern, 80331 München', 'places.id');
    expect(await response.json()).toEqual({});
  });

  it('answers Place Details with the masked fields, lists field by field', async () => {
    const response = await details(placeFixtures.speiche.id, 'id,addressComponents.longText,rating');
    const place = (await response.json()) as { addressComponents: unknown[] };
    expect(Object.keys(place)).toEqual(['id', 'addressComponents', 'rating']);
    expect(place.addressComponents[0]).toEqual({ longText: '40' });
  });

  it('refuses a request without the key, without a field mask or with an unknown field', async () => {
    const noKey = await search('Bäckerei Meyer', 'places.id', 'wrong');
    expect(noKey.status).toBe(403);
    expect(await noKey.json()).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });
    const noMask = await search('Bäckerei Meyer', null);
    expect(noMask.status).toBe(400);
    expect(await noMask.json()).toMatchObject({ error: { status: 'INVALID_ARGUMENT' } });
    expect((await search('Bäckerei Meyer', 'id')).status).toBe(400); // Text Search's start with places.
    expect((await details(placeFixtures.meyer.id, 'places.id')).status).toBe(400);
    expect((await details(placeFixtures.meyer.id, 'id,openingHoursText')).status).toBe(400);
  });

  it('answers NOT_FOUND for a place id it does not know', async () => {
    const response = await details('ChIJunknown', 'id');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
  });

  it('fails the next requests as asked, with Retry-After, and records every request', async () => {
    const before = server.requests.length;
    server.failNext(429, 2, 12);
    for (const _ of [1, 2]) {
      const response = await details(placeFixtures.meyer.id, 'id');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('12');
      expect(await response.json()).toMatchObject({ error: { status: 'RESOURCE_EXHAUSTED' } });
    }
    expect((await details(placeFixtures.meyer.id, 'id')).status).toBe(200);
    expect(server.requests.slice(before).map((request) => request.fieldMask)).toEqual(['id', 'id', 'id']);
  });
});
