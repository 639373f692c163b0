// The bulk upload file of Bing Places for Business (Bing Places → "Add business" / "Import" of a
// chain's locations, up to 10,000 at once per the Bing Places FAQ).
//
// NOT VERIFIED against a published specification: Bing Places documents the bulk upload only
// inside its signed-in dashboard (the template is downloaded there), and no public copy of the
// template's columns could be found (README, "Platform exports"). The columns below are an
// assumption, kept in this one constant so they can be corrected in one place once the template
// is checked.
import { formatPhoneInternational } from '@/lib/locations/format';
import { weekdays, type Weekday } from '@/lib/locations/field-values';
import { csvFile } from '@/lib/locations/csv/csv-file';
import { textCell } from './csv-file';
import { dayText } from './hours-text';
import { positionCells } from './position-cells';
import type { ExportedLocation } from './select-exported-locations';

export const bingPlacesFormat = {
  platform: 'Bing Places for Business',
  file: 'bulk upload (CSV)',
  version: 'assumed layout of 2026-12-06, not verified against the dashboard template',
} as const;

export const bingPlacesColumns = [
  'Store ID',
  'Business Name',
  'Address Line 1',
  'Address Line 2',
  'City',
  'State',
  'Zip Code',
  'Country',
  'Latitude',
  'Longitude',
  'Main Phone',
  'Website',
  'Email',
  'Categories',
  'Description',
  'Hours',
] as const;
export type BingPlacesColumn = (typeof bingPlacesColumns)[number];

const dayNames: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** "Mon 06:30-13:00,14:00-18:00;Tue …;Sun Closed": every day from Monday, 24-hour times. */
export function bingHours(location: ExportedLocation) {
  return weekdays.map((day) => `${dayNames[day]} ${dayText(location, day, 'Closed')}`).join(';');
}

export function bingPlacesRow(location: ExportedLocation): Record<BingPlacesColumn, string> {
  const position = positionCells(location);
  return {
    'Store ID': textCell(location.storeCode),
    'Business Name': textCell(location.name),
    'Address Line 1': textCell(location.street),
    'Address Line 2': textCell(location.addressExtra),
    City: textCell(location.city),
    State: textCell(location.region),
    'Zip Code': textCell(location.postalCode),
    // ISO 3166-1 alpha-2, as stored.
    Country: location.countryCode,
    Latitude: position.latitude,
    Longitude: position.longitude,
    'Main Phone': location.phone ? formatPhoneInternational(location.phone) : '',
    Website: textCell(location.website),
    Email: textCell(location.email),
    Categories: textCell(location.primaryCategory),
    Description: textCell(location.description),
    Hours: bingHours(location),
  };
}

export function bingPlacesCsv(locations: readonly ExportedLocation[]) {
  return csvFile(bingPlacesColumns, locations.map(bingPlacesRow));
}
