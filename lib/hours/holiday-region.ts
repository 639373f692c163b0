import type { nominatim_object as NominatimObject } from 'opening_hours';
import { foldText } from '@/lib/nap/fold';

// Which public holidays a location keeps: the country's, and for Germany those of its Bundesland.
// The location's region is free text (typed, imported from Google's "Administrative area"), so
// the German name, the English one and the ISO 3166-2 code all name a state: "Bayern",
// "Bavaria", "BY", "DE-BY". The opening_hours package knows each state's holidays and takes the
// place as Nominatim describes it; it reads the ISO code first.

export type HolidayRegion = {
  countryCode: string;
  /** The Bundesland as opening_hours names it ("Baden-Württemberg"); null when not recognised. */
  state: string | null;
  /** ISO 3166-2, e.g. "DE-BW"; null when not recognised. */
  stateCode: string | null;
};

const germanStates: [code: string, name: string, ...aliases: string[]][] = [
  ['BW', 'Baden-Württemberg'],
  ['BY', 'Bayern', 'Bavaria', 'Freistaat Bayern'],
  ['BE', 'Berlin'],
  ['BB', 'Brandenburg'],
  ['HB', 'Bremen', 'Freie Hansestadt Bremen'],
  ['HH', 'Hamburg', 'Freie und Hansestadt Hamburg'],
  ['HE', 'Hessen', 'Hesse'],
  ['MV', 'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania', 'Mecklenburg-West Pomerania'],
  ['NI', 'Niedersachsen', 'Lower Saxony'],
  ['NW', 'Nordrhein-Westfalen', 'North Rhine-Westphalia', 'NRW'],
  ['RP', 'Rheinland-Pfalz', 'Rhineland-Palatinate'],
  ['SL', 'Saarland'],
  ['SN', 'Sachsen', 'Saxony', 'Freistaat Sachsen'],
  ['ST', 'Sachsen-Anhalt', 'Saxony-Anhalt'],
  ['SH', 'Schleswig-Holstein'],
  ['TH', 'Thüringen', 'Thuringia', 'Freistaat Thüringen'],
];

/** "Baden-Württemberg", "baden wuerttemberg" and "BADEN-WÜRTTEMBERG" have one key. */
const keyOf = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, '');

const germanStateByKey = new Map<string, { code: string; name: string }>();
for (const [code, name, ...aliases] of germanStates) {
  for (const spelling of [code, `DE-${code}`, name, ...aliases]) {
    germanStateByKey.set(keyOf(spelling), { code, name });
  }
}

/** The holidays' region of a location in `countryCode` whose region field says `region`. */
export function holidayRegionOf(countryCode: string, region: string | null | undefined): HolidayRegion {
  const country = countryCode.trim().toUpperCase();
  const state = country === 'DE' && region ? germanStateByKey.get(keyOf(region)) : undefined;
  return {
    countryCode: country,
    state: state?.name ?? null,
    stateCode: state ? `DE-${state.code}` : null,
  };
}

/**
 * The place as opening_hours reads it (Nominatim's shape). Coordinates are strings there, as in
 * Nominatim's JSON, whatever the package's types say: numbers are ignored and sunrise falls back
 * to 06:00. Never null: opening_hours then takes a place in Baden-Württemberg and its holidays.
 */
export function nominatimPlaceOf(
  region: HolidayRegion,
  position: { latitude: number; longitude: number },
): NominatimObject {
  const place = {
    lat: String(position.latitude),
    lon: String(position.longitude),
    address: {
      country_code: region.countryCode.toLowerCase(),
      state: region.state ?? '',
      ...(region.stateCode ? { 'ISO3166-2-lvl4': region.stateCode } : {}),
    },
  };
  return place as unknown as NominatimObject;
}
