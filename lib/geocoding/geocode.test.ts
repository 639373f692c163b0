import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/prisma';

// A small Nominatim-compatible geocoder on 127.0.0.1. The street decides how it answers:
// "Unbekannt…" finds nothing, "Kaputt…" fails with 500, "Langsam…" answers too late.
type SeenRequest = { street: string | null; userAgent: string | undefined; url: URL };
const seen: SeenRequest[] = [];
const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const street = url.searchParams.get('street');
  seen.push({ street, userAgent: request.headers['user-agent'], url });
  const json = (status: number, body: unknown) =>
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (url.pathname !== '/search') return json(404, { error: 'no such endpoint' });
  if (street?.startsWith('Unbekannt')) return json(200, []);
  if (street?.startsWith('Kaputt')) return json(500, { error: 'internal' });
  if (street?.startsWith('Langsam')) return void setTimeout(() => json(200, []), 1_000);
  json(200, [
    { place_id: 1, lat: '53.5446', lon: '8.5781', display_name: `${street}, Bremerhaven, Deutschland` },
  ]);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const geocoderHost = `127.0.0.1:${(server.address() as AddressInfo).port}`;
const geocoderUrl = `http://${geocoderHost}/`;

// lib/env.ts reads GEOCODER_URL once per module instance: set before the first import that reads it.
// The geocoder is on loopback, which outbound requests reach only through the allow-list.
process.env.GEOCODER_URL = geocoderUrl;
process.env.OUTBOUND_ALLOW = geocoderHost;
const { geocodeAddress, missRetryAfterMs, normaliseGeocodeQuery } = await import('./geocode');

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let run = '';
beforeAll(() => {
  // Unique addresses per run: the cache table outlives a single test.
  run = crypto.randomUUID().slice(0, 8);
});

const address = (street: string) => ({
  street: `${street} ${run}`,
  postalCode: '27568',
  city: 'Bremerhaven',
  countryCode: 'DE',
});
const requestsFor = (street: string) => seen.filter((request) => request.street === `${street} ${run}`);

describe('geocodeAddress', () => {
  it('asks the geocoder once, then answers from the cache', async () => {
    const first = await geocodeAddress(address('Bürgermeister-Smidt-Straße 112'));
    expect(first).toEqual({
      status: 'found',
      latitude: 53.5446,
      longitude: 8.5781,
      displayName: `Bürgermeister-Smidt-Straße 112 ${run}, Bremerhaven, Deutschland`,
      cached: false,
    });
    // Typed differently, normalised the same: still one request.
    const again = await geocodeAddress({
      street: `  BÜRGERMEISTER-SMIDT-STRASSE   112 ${run}`.replace('STRASSE', 'STRAßE'),
      postalCode: '27568 ',
      city: 'bremerhaven',
      countryCode: 'DE',
    });
    expect(again).toMatchObject({ status: 'found', latitude: 53.5446, longitude: 8.5781, cached: true });
    const requests = requestsFor('Bürgermeister-Smidt-Straße 112');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.userAgent).toMatch(/^Ortsbild\/\d+\.\d+\.\d+ \(\+http:\/\/localhost:3000\)$/);
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({
      format: 'jsonv2',
      limit: '1',
      street: `Bürgermeister-Smidt-Straße 112 ${run}`,
      postalcode: '27568',
      city: 'Bremerhaven',
      countrycodes: 'de',
    });
  });

  it('caches a miss for a week', async () => {
    const unknown = address('Unbekannter Weg 1');
    expect(await geocodeAddress(unknown)).toEqual({ status: 'not_found', cached: false });
    expect(await geocodeAddress(unknown)).toEqual({ status: 'not_found', cached: true });
    expect(requestsFor('Unbekannter Weg 1')).toHaveLength(1);
    const stored = await db.geocodeResult.findUnique({ where: { query: normaliseGeocodeQuery(unknown) } });
    expect(stored).toMatchObject({ latitude: null, longitude: null });

    // After a week the geocoder is asked again (it may know the address by then).
    const later = new Date(Date.now() + missRetryAfterMs + 60_000);
    expect(await geocodeAddress(unknown, { now: later })).toEqual({ status: 'not_found', cached: false });
    expect(requestsFor('Unbekannter Weg 1')).toHaveLength(2);
  });

  it('reports a failing geocoder and caches nothing', async () => {
    const broken = address('Kaputte Straße 5');
    const outcome = await geocodeAddress(broken);
    expect(outcome).toEqual({ status: 'unavailable', reason: 'geocoder answered 500' });
    expect(await db.geocodeResult.count({ where: { query: normaliseGeocodeQuery(broken) } })).toBe(0);
    await geocodeAddress(broken);
    expect(requestsFor('Kaputte Straße 5')).toHaveLength(2);
  });

  it('gives up after the timeout and caches nothing', async () => {
    const slow = address('Langsamer Damm 7');
    const started = performance.now();
    const outcome = await geocodeAddress(slow, { timeoutMs: 200 });
    expect(performance.now() - started).toBeLessThan(900);
    expect(outcome).toEqual({ status: 'unavailable', reason: 'geocoder did not answer within 200 ms' });
    expect(await db.geocodeResult.count({ where: { query: normaliseGeocodeQuery(slow) } })).toBe(0);
  });

  it('reports an unreachable geocoder', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    process.env.GEOCODER_URL = `http://127.0.0.1:${port}`;
    process.env.OUTBOUND_ALLOW = `127.0.0.1:${port}`;
    vi.resetModules();
    const fresh = await import('./geocode');
    const outcome = await fresh.geocodeAddress(address('Nirgendwo 1'));
    expect(outcome).toEqual({ status: 'unavailable', reason: 'geocoder unreachable: ECONNREFUSED' });
    process.env.GEOCODER_URL = geocoderUrl;
    process.env.OUTBOUND_ALLOW = geocoderHost;
  });

  it('asks through the outbound rules: a geocoder on loopback needs the allow-list', async () => {
    delete process.env.OUTBOUND_ALLOW;
    vi.resetModules();
    const fresh = await import('./geocode');
    const outcome = await fresh.geocodeAddress(address('Ohne Freigabe 3'));
    expect(outcome).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(/^geocoder not asked: port \d+ is not 80 or 443$/),
    });
    expect(requestsFor('Ohne Freigabe 3')).toHaveLength(0);
    process.env.OUTBOUND_ALLOW = geocoderHost;
  });

  it('answers "not configured" without GEOCODER_URL', async () => {
    delete process.env.GEOCODER_URL;
    vi.resetModules();
    const fresh = await import('./geocode');
    expect(await fresh.geocodeAddress(address('Hafenstraße 145'))).toEqual({ status: 'not_configured' });
    process.env.GEOCODER_URL = geocoderUrl;
  });
});
