// The column layout of Google Business Profile's bulk location spreadsheet, and how its cells map
// to a location. Columns the Location model does not hold are written empty and ignored on import.
import type { PositionPrecision, PositionSource } from '@/lib/generated/prisma/enums';
import { formatPhoneInternational } from '../format';
import { weekdays, type Weekday } from '../schemas';
import {
  dayColumns,
  formatRanges,
  formatSpecialHours,
  parseDayHours,
  parseSpecialHours,
  type RawSpecialHours,
  type TimeRange,
} from './hours-format';

export const googleColumns = [
  'Store code',
  'Business name',
  'Address line 1',
  'Address line 2',
  'Address line 3',
  'Address line 4',
  'Address line 5',
  'Sub-locality',
  'Locality',
  'Administrative area',
  'Country / Region',
  'Postal code',
  'Latitude',
  'Longitude',
  'Primary phone',
  'Additional phones',
  'Website',
  'Primary category',
  'Additional categories',
  'Sunday hours',
  'Monday hours',
  'Tuesday hours',
  'Wednesday hours',
  'Thursday hours',
  'Friday hours',
  'Saturday hours',
  'Special hours',
  'From the business',
  'Opening date',
  'Labels',
] as const;
export type GoogleColumn = (typeof googleColumns)[number];

/** Without these a row cannot become a location, so a file without them is refused as a whole. */
export const requiredColumns = [
  'Store code',
  'Business name',
  'Address line 1',
  'Locality',
  'Postal code',
] as const satisfies readonly GoogleColumn[];

/** Text columns and the location field each one fills. */
const textColumns = {
  'Store code': 'storeCode',
  'Business name': 'name',
  'Address line 1': 'street',
  Locality: 'city',
  'Administrative area': 'region',
  'Country / Region': 'countryCode',
  'Postal code': 'postalCode',
  'Primary phone': 'phone',
  Website: 'website',
  'Primary category': 'primaryCategory',
  'From the business': 'description',
} as const satisfies Partial<Record<GoogleColumn, string>>;

/** Lines 3–5 have no field of their own; they are appended to the address extra so nothing is lost. */
const extraAddressColumns = [
  'Address line 2',
  'Address line 3',
  'Address line 4',
  'Address line 5',
] as const satisfies readonly GoogleColumn[];

// German names people give these columns, matched like the English ones (case and spaces ignored).
const germanHeaders: Record<string, GoogleColumn> = {
  filialcode: 'Store code',
  geschäftscode: 'Store code',
  unternehmensname: 'Business name',
  'name des unternehmens': 'Business name',
  name: 'Business name',
  ...Object.fromEntries([1, 2, 3, 4, 5].map((line) => [`adresszeile ${line}`, `Address line ${line}`])),
  ortsteil: 'Sub-locality',
  ort: 'Locality',
  stadt: 'Locality',
  bundesland: 'Administrative area',
  verwaltungsgebiet: 'Administrative area',
  land: 'Country / Region',
  'land/region': 'Country / Region',
  postleitzahl: 'Postal code',
  plz: 'Postal code',
  breitengrad: 'Latitude',
  längengrad: 'Longitude',
  telefon: 'Primary phone',
  haupttelefonnummer: 'Primary phone',
  'weitere telefonnummern': 'Additional phones',
  webseite: 'Website',
  hauptkategorie: 'Primary category',
  'weitere kategorien': 'Additional categories',
  'öffnungszeiten sonntag': 'Sunday hours',
  'öffnungszeiten montag': 'Monday hours',
  'öffnungszeiten dienstag': 'Tuesday hours',
  'öffnungszeiten mittwoch': 'Wednesday hours',
  'öffnungszeiten donnerstag': 'Thursday hours',
  'öffnungszeiten freitag': 'Friday hours',
  'öffnungszeiten samstag': 'Saturday hours',
  sonderöffnungszeiten: 'Special hours',
  'besondere öffnungszeiten': 'Special hours',
  'vom unternehmen': 'From the business',
  beschreibung: 'From the business',
  eröffnungsdatum: 'Opening date',
};

function headerKey(header: string) {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/');
}

const headerLookup = new Map<string, GoogleColumn>([
  ...googleColumns.map((column) => [headerKey(column), column] as const),
  ...Object.entries(germanHeaders).map(([header, column]) => [headerKey(header), column] as const),
]);

/** The Google column a header cell names (English or German, any case), if any. */
export function columnForHeader(header: string): GoogleColumn | undefined {
  return headerLookup.get(headerKey(header));
}

/** The CSV column a location field (a path of the input schema's issues) comes from. */
export function columnForField(path: readonly PropertyKey[]): string {
  const [field, day] = path;
  if (field === 'openingHours') return dayColumns[(day as Weekday) ?? 'mon'] ?? 'Monday hours';
  if (field === 'specialHours') return 'Special hours';
  if (field === 'addressExtra') return 'Address line 2';
  if (field === 'latitude') return 'Latitude';
  if (field === 'longitude') return 'Longitude';
  const column = Object.entries(textColumns).find(([, name]) => name === field);
  return column ? column[0] : String(field ?? '');
}

// Spreadsheets run cells that start with = + - @ as formulas. Free-text cells that do get a
// leading apostrophe on export (shown by spreadsheets as text), which import removes again.
const formulaStart = /^'*[=+\-@\t\r]/;
const protectedStart = /^'+[=+\-@\t\r]/;
export function protectCell(value: string) {
  return formulaStart.test(value) ? `'${value}` : value;
}
export function unprotectCell(value: string) {
  return protectedStart.test(value) ? value.slice(1) : value;
}

/** A row's cells, only for the columns the file has. */
export type CsvCells = Partial<Record<GoogleColumn, string>>;
export type CellProblem = { field: GoogleColumn; messageKey: string };
/** Location fields as the input schema reads them, only those whose columns the file has. */
export type CsvLocationFields = Record<string, unknown> & {
  openingHours?: Partial<Record<Weekday, TimeRange[]>>;
  specialHours?: RawSpecialHours[];
};

/** The location fields of one row; cells that cannot be read at all come back as problems. */
export function locationFieldsFromCells(cells: CsvCells) {
  const fields: CsvLocationFields = {};
  const problems: CellProblem[] = [];
  for (const [column, field] of Object.entries(textColumns) as [GoogleColumn, string][]) {
    const cell = cells[column];
    if (cell !== undefined) fields[field] = unprotectCell(cell);
  }
  const extraLines = extraAddressColumns.map((column) => cells[column]);
  if (extraLines.some((line) => line !== undefined)) {
    fields.addressExtra = extraLines
      .map((line) => unprotectCell(line?.trim() ?? ''))
      .filter(Boolean)
      .join(', ');
  }
  for (const coordinate of ['Latitude', 'Longitude'] as const) {
    const cell = cells[coordinate];
    if (cell !== undefined) fields[coordinate.toLowerCase()] = cell;
  }
  for (const day of weekdays) {
    const cell = cells[dayColumns[day]];
    if (cell === undefined) continue;
    const parsed = parseDayHours(cell);
    if (parsed.ok) (fields.openingHours ??= {})[day] = parsed.value;
    else problems.push({ field: dayColumns[day], messageKey: parsed.messageKey });
  }
  if (cells['Special hours'] !== undefined) {
    const parsed = parseSpecialHours(cells['Special hours']);
    if (parsed.ok) fields.specialHours = parsed.value;
    else problems.push({ field: 'Special hours', messageKey: parsed.messageKey });
  }
  return { fields, problems };
}

/** What export needs of a location: its stored master data and special hours. */
export type CsvLocation = {
  storeCode: string;
  name: string;
  street: string;
  addressExtra: string | null;
  postalCode: string;
  city: string;
  region: string | null;
  countryCode: string;
  phone: string | null;
  website: string | null;
  primaryCategory: string | null;
  description: string | null;
  openingHours: Partial<Record<Weekday, TimeRange[]>>;
  latitude: number | null;
  longitude: number | null;
  /** Only a MANUAL position is exported and compared: an automatic one is derived from the address. */
  positionSource: PositionSource | null;
  positionPrecision: PositionPrecision | null;
  positionPrecisionM: number | null;
  specialHours: (Omit<RawSpecialHours, 'note'> & { note: string | null })[];
};

export function cellsFromLocation(location: CsvLocation): Record<GoogleColumn, string> {
  const cells = Object.fromEntries(googleColumns.map((column) => [column, ''])) as Record<
    GoogleColumn,
    string
  >;
  for (const [column, field] of Object.entries(textColumns) as [GoogleColumn, keyof CsvLocation][]) {
    cells[column] = protectCell(String(location[field] ?? ''));
  }
  cells['Address line 2'] = protectCell(location.addressExtra ?? '');
  // International format ("+49 471 4829310"): exact on re-import, and spreadsheets keep it as text.
  cells['Primary phone'] = location.phone ? formatPhoneInternational(location.phone) : '';
  // An approximate position would come back as a hand-set pin on re-import, and would mislead
  // whoever receives the sheet (Google takes these columns as the exact pin).
  const manual = location.positionSource === 'MANUAL';
  cells.Latitude = manual && location.latitude !== null ? String(location.latitude) : '';
  cells.Longitude = manual && location.longitude !== null ? String(location.longitude) : '';
  for (const day of weekdays) cells[dayColumns[day]] = formatRanges(location.openingHours[day] ?? []);
  cells['Special hours'] = formatSpecialHours(
    location.specialHours.map((entry) => ({ ...entry, note: entry.note ?? undefined })),
  );
  return cells;
}
