import { describe, expect, it } from 'vitest';
import { openingHoursSchema } from '@/lib/locations/schemas';
import type { PublicLocation } from './locator-snapshot';
import { searchLocations } from './search-locations';

// The locator's search over the snapshot: postcode prefixes, the nearest locations to a postcode
// region or a place the embedded gazetteer knows, else text in name, street, city or store code.

function location(
  storeCode: string,
  name: string,
  postalCode: string,
  city: string,
  position: [number, number] | null,
): PublicLocation {
  return {
    storeCode,
    name,
    street: 'Hauptstraße 1',
    addressExtra: null,
    postalCode,
    city,
    region: null,
    countryCode: 'DE',
    phone: null,
    website: null,
    email: null,
    primaryCategory: null,
    description: null,
    latitude: position?.[0] ?? null,
    longitude: position?.[1] ?? null,
    openingHours: openingHoursSchema.parse({}),
    specialHours: [],
    temporarilyClosed: false,
  };
}

const bremen = location('HB-1', 'Backstube Am Markt', '28195', 'Bremen', [53.0758, 8.8072]);
const hamburg = location('HH-1', 'Backstube Jungfernstieg', '20354', 'Hamburg', [53.5533, 9.9925]);
const hamburgNorth = location('HH-2', 'Kornblume Eppendorf', '20249', 'Hamburg', [53.5899, 9.9845]);
const munich = location('M-1', 'Backstube Marienplatz', '80331', 'München', [48.1374, 11.5755]);
const unlocated = location('X-1', 'Kornblume Ohne Pin', '28203', 'Bremen', null);
const all = [bremen, hamburg, hamburgNorth, munich, unlocated];

const storeCodes = (result: Awaited<ReturnType<typeof searchLocations>>) =>
  result.hits.map((hit) => hit.location.storeCode);

describe('searchLocations', () => {
  it('lists every location for an empty query', async () => {
    const result = await searchLocations(all, '   ');
    expect(result.kind).toBe('all');
    expect(storeCodes(result)).toEqual(['HB-1', 'HH-1', 'HH-2', 'M-1', 'X-1']);
  });

  it('finds locations whose postcode starts with the digits, ordered by postcode', async () => {
    const two = await searchLocations(all, '2');
    expect(two.kind).toBe('postcode');
    expect(storeCodes(two)).toEqual(['HH-2', 'HH-1', 'HB-1', 'X-1']);

    const bremenArea = await searchLocations(all, ' 282 ');
    expect(bremenArea.kind).toBe('postcode');
    expect(storeCodes(bremenArea)).toEqual(['X-1']);

    const exact = await searchLocations(all, '80331');
    expect(storeCodes(exact)).toEqual(['M-1']);
    expect(exact.hits[0]!.distanceKm).toBeNull();
  });

  it('orders the located locations by distance from a postcode without a match', async () => {
    // 28777 is Bremen-Blumenthal: no location has it, the region 28 lies around Bremen.
    const result = await searchLocations(all, '28777');
    expect(result.kind).toBe('near');
    expect(storeCodes(result)).toEqual(['HB-1', 'HH-1', 'HH-2', 'M-1']);
    const distances = result.hits.map((hit) => hit.distanceKm!);
    expect(distances[0]).toBeLessThan(20);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.at(-1)).toBeGreaterThan(500);
  });

  it('finds nothing for a single digit without a match or a postcode of no region', async () => {
    expect((await searchLocations(all, '5')).hits).toEqual([]);
    expect(await searchLocations(all, '00000')).toEqual({ kind: 'postcode', hits: [] });
  });

  it('orders by distance from a place the gazetteer knows', async () => {
    const result = await searchLocations(all, 'bremen');
    expect(result.kind).toBe('near');
    expect(result.kind === 'near' && result.place).toBe('Bremen');
    // The unlocated location in Bremen cannot be placed and is left out.
    expect(storeCodes(result)).toEqual(['HB-1', 'HH-1', 'HH-2', 'M-1']);

    const south = await searchLocations(all, 'Augsburg');
    expect(south.kind).toBe('near');
    expect(storeCodes(south)[0]).toBe('M-1');
    expect(south.hits[0]!.distanceKm).toBeGreaterThan(40);
    expect(south.hits[0]!.distanceKm).toBeLessThan(80);
  });

  it('finds text in the name, street, city or store code, case and accents folded', async () => {
    const byName = await searchLocations(all, 'kornblume');
    expect(byName.kind).toBe('text');
    expect(storeCodes(byName)).toEqual(['HH-2', 'X-1']);

    expect(storeCodes(await searchLocations(all, 'MARIENPLATZ'))).toEqual(['M-1']);
    expect(storeCodes(await searchLocations(all, 'hh-1'))).toEqual(['HH-1']);
    expect(storeCodes(await searchLocations(all, 'Bäckerei Nirgendwo'))).toEqual([]);
  });

  it("prefers the business's own names to a town of the same name elsewhere", async () => {
    const langen = location('LGN-1', 'Backstube Langen', '27607', 'Geestland', [53.6018, 8.6011]);
    // Langen is also a town in Hesse, 400 km away: the branch of that name is what is meant.
    const result = await searchLocations([...all, langen], 'Langen');
    expect(result.kind).toBe('text');
    expect(storeCodes(result)).toEqual(['LGN-1']);
  });

  it('cuts a very long query instead of failing', async () => {
    const result = await searchLocations(all, `Backstube${' x'.repeat(500)}`);
    expect(result.hits).toEqual([]);
  });
});
