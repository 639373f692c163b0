// The locations file for Apple Business Connect (Apple Business Connect → Locations, adding
// several locations from a file).
//
// NOT VERIFIED against a published specification: Apple's user guide documents a location's
// fields (name, brand, address, phone, website, category, regular and special hours, store code,
// third-party partner ID) but no public column list of a bulk file could be found (README,
// "Platform exports"). The columns below are an assumption built from those documented fields,
// kept in this one constant so they can be corrected in one place once the template is checked.
import { formatPhoneInternational } from '@/lib/locations/format';
import { weekdays, type Weekday } from '@/lib/locations/field-values';
import { csvFile } from '@/lib/locations/csv/csv-file';
import { textCell } from './csv-file';
import { dayText, specialHoursText } from './hours-text';
import { positionCells } from './position-cells';
import type { ExportedLocation } from './select-exported-locations';

export const appleBusinessConnectFormat = {
  platform: 'Apple Business Connect',
  file: 'locations file (CSV)',
  version:
    'assumed layout of 2026-12-06 from the fields of the Apple Business Connect User Guide, not verified',
} as const;

const dayColumns = {
  mon: 'Monday Hours',
  tue: 'Tuesday Hours',
  wed: 'Wednesday Hours',
  thu: 'Thursday Hours',
  fri: 'Friday Hours',
  sat: 'Saturday Hours',
  sun: 'Sunday Hours',
} as const satisfies Record<Weekday, string>;

export const appleBusinessConnectColumns = [
  'Store Code',
  'Location Name',
  'Address Line 1',
  'Address Line 2',
  'City',
  'State/Province',
  'Postal Code',
  'Country/Region',
  'Latitude',
  'Longitude',
  'Phone',
  'Website',
  'Primary Category',
  ...weekdays.map((day) => dayColumns[day]),
  'Special Hours',
  'Description',
] as const;
export type AppleBusinessConnectColumn = (typeof appleBusinessConnectColumns)[number];

export function appleBusinessConnectRow(
  location: ExportedLocation,
): Record<AppleBusinessConnectColumn, string> {
  const position = positionCells(location);
  const hours = Object.fromEntries(
    weekdays.map((day) => [dayColumns[day], dayText(location, day, 'Closed')]),
  ) as Record<(typeof dayColumns)[Weekday], string>;
  return {
    'Store Code': textCell(location.storeCode),
    'Location Name': textCell(location.name),
    'Address Line 1': textCell(location.street),
    'Address Line 2': textCell(location.addressExtra),
    City: textCell(location.city),
    'State/Province': textCell(location.region),
    'Postal Code': textCell(location.postalCode),
    'Country/Region': location.countryCode,
    Latitude: position.latitude,
    Longitude: position.longitude,
    Phone: location.phone ? formatPhoneInternational(location.phone) : '',
    Website: textCell(location.website),
    'Primary Category': textCell(location.primaryCategory),
    ...hours,
    'Special Hours': specialHoursText(location, 'Closed'),
    Description: textCell(location.description),
  };
}

export function appleBusinessConnectCsv(locations: readonly ExportedLocation[]) {
  return csvFile(appleBusinessConnectColumns, locations.map(appleBusinessConnectRow));
}
