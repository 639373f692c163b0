import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam } from '@/tests/support/factories';

// A Nominatim-compatible geocoder on 127.0.0.1 that finds every street at one spot in Lehe,
// except streets starting with "Unbekannt".
const geocoderSpot = { latitude: 53.5621, longitude: 8.5932 };
const server = http.createServer((request, response) => {
  const street = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('street') ?? '';
  const found = street.startsWith('Unbekannt')
    ? []
    : [{ lat: String(geocoderSpot.latitude), lon: String(geocoderSpot.longitude), display_name: street }];
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(found));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const { updateLocation, getLocation } = await import('../locations');
const { locationInputSchema } = await import('../schemas');
const { mergeLocationPatch } = await import('@/lib/api/locations/patch');
const { locationToFormValues } = await import('../form-values');

const positionOf = (id: string) =>
  db.location.findUniqueOrThrow({
    where: { id },
    select: {
      latitude: true,
      longitude: true,
      positionSource: true,
      positionPrecision: true,
      positionPrecisionM: true,
    },
  });
const bremerhaven = { latitude: 53.55357, longitude: 8.57553 };
const run = () => crypto.randomUUID().slice(0, 8);

describe('placing locations without GEOCODER_URL', () => {
  it('places a location typed with an address only in its municipality, marked approximate', async () => {
    const { manager } = await createTeam();
    const id = await addTestLocation(manager, { postalCode: '27568', city: 'Bremerhaven' });
    expect(await positionOf(id)).toEqual({
      ...bremerhaven,
      positionSource: 'GAZETTEER',
      positionPrecision: 'MUNICIPALITY',
      positionPrecisionM: 5000,
    });
  });

  it('leaves a location it cannot place without a position', async () => {
    const { manager } = await createTeam();
    const id = await addTestLocation(manager, { postalCode: '75001', city: 'Paris', countryCode: 'FR' });
    expect(await positionOf(id)).toMatchObject({ latitude: null, positionSource: null });
  });

  it('keeps a hand-set pin: the form shows it, an address change leaves it, clearing it places the address', async () => {
    const { manager } = await createTeam();
    const pin = { latitude: 53.5399, longitude: 8.5811 };
    const id = await addTestLocation(manager, pin);
    expect(await positionOf(id)).toMatchObject({ ...pin, positionSource: 'MANUAL', positionPrecision: null });

    // The form sends back the pin it shows, with a new address.
    const values = locationToFormValues(await getLocation(manager, id));
    expect(values).toMatchObject({ latitude: '53.5399', longitude: '8.5811' });
    const moved = locationInputSchema.parse({ ...values, postalCode: '01067', city: 'Dresden' });
    await updateLocation(manager, id, moved);
    expect(await positionOf(id)).toMatchObject({ ...pin, positionSource: 'MANUAL' });

    await updateLocation(manager, id, { ...moved, latitude: undefined, longitude: undefined });
    expect(await positionOf(id)).toMatchObject({
      positionSource: 'GAZETTEER',
      positionPrecision: 'MUNICIPALITY',
    });
  });

  it('never shows an approximate position as the form pin, and moves it with the address', async () => {
    const { manager } = await createTeam();
    const id = await addTestLocation(manager, { postalCode: '27568', city: 'Bremerhaven' });
    const values = locationToFormValues(await getLocation(manager, id));
    expect(values).toMatchObject({ latitude: '', longitude: '' });
    await updateLocation(
      manager,
      id,
      locationInputSchema.parse({ ...values, postalCode: '01067', city: 'Dresden' }),
    );
    const dresden = await positionOf(id);
    expect(dresden.positionSource).toBe('GAZETTEER');
    expect(dresden.latitude).toBeCloseTo(51.05, 1);
  });

  it('API PATCH: an approximate position follows the address, a manual one stays', async () => {
    const { manager } = await createTeam();
    const approximate = await addTestLocation(manager, { postalCode: '27568', city: 'Bremerhaven' });
    const patched = await mergeLocationPatch(await getLocation(manager, approximate), {
      city: 'Dresden',
      postalCode: '01067',
    });
    expect(patched.input.latitude).toBeUndefined();

    const manual = await addTestLocation(manager, { latitude: 53.5399, longitude: 8.5811 });
    const kept = await mergeLocationPatch(await getLocation(manager, manual), {
      city: 'Dresden',
      postalCode: '01067',
    });
    expect(kept.input).toMatchObject({ latitude: 53.5399, longitude: 8.5811 });
  });
});

describe('placing locations with GEOCODER_URL', () => {
  it('refines the position with the geocoder, falls back to the gazetteer, and never replaces a hand-set pin', async () => {
    const { vi } = await import('vitest');
    const geocoderHost = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.GEOCODER_URL = `http://${geocoderHost}`;
    // Loopback is reachable for outbound requests only through the allow-list.
    process.env.OUTBOUND_ALLOW = geocoderHost;
    vi.resetModules();
    try {
      const fresh = await import('../locations');
      const { manager } = await createTeam();
      const input = (fields: Record<string, unknown>) =>
        locationInputSchema.parse({
          storeCode: `G-${run()}`,
          name: 'Filiale',
          street: `Hafenstraße ${run()}`,
          postalCode: '27576',
          city: 'Bremerhaven',
          ...fields,
        });
      const geocoded = await fresh.createLocation(manager, input({}));
      expect(await positionOf(geocoded.id)).toEqual({
        ...geocoderSpot,
        positionSource: 'GEOCODER',
        positionPrecision: 'ADDRESS',
        positionPrecisionM: null,
      });
      const unknown = await fresh.createLocation(manager, input({ street: `Unbekannt ${run()}` }));
      expect(await positionOf(unknown.id)).toMatchObject({ ...bremerhaven, positionSource: 'GAZETTEER' });
      const pinned = await fresh.createLocation(manager, input({ latitude: 53.5, longitude: 8.6 }));
      expect(await positionOf(pinned.id)).toMatchObject({
        latitude: 53.5,
        longitude: 8.6,
        positionSource: 'MANUAL',
      });
    } finally {
      delete process.env.GEOCODER_URL;
      delete process.env.OUTBOUND_ALLOW;
      vi.resetModules();
    }
  });
});
