// Decides what each row of an import would do, without writing: create, update, unchanged or
// reject, with every problem of a rejected row named by its CSV column. Rows are validated with
// the same input schema as the location form and the API.
import type { z } from 'zod';
import { mapInSlices } from '@/lib/event-loop/slices';
import { loadPlaces } from '@/lib/gazetteer/load-places';
import { placeImportedRow } from '../placement/import-placement';
import type { Placement } from '../placement/place-location';
import { locationInputSchema, weekdays, type LocationInput } from '../schemas';
import { importWarnings, readGermanPostcode } from './import-warnings';
import { columnForField, locationFieldsFromCells, type CsvLocation } from './google-columns';
import type { CsvIssue, CsvRow } from './parse-location-csv';

export type ImportOutcome = 'create' | 'update' | 'unchanged' | 'reject';
export type ImportRowResult = {
  rowNumber: number;
  storeCode: string;
  outcome: ImportOutcome;
  errors: CsvIssue[];
  /** Things to check that do not stop the row (a postcode read with a leading zero, far from its city…). */
  warnings: CsvIssue[];
};
export type ExistingLocation = CsvLocation & { id: string; archived: boolean };
export type PlannedRow = ImportRowResult & {
  input?: LocationInput;
  existing?: ExistingLocation;
  specialHoursChanged?: boolean;
  /** Where the row is stored on the map (creates and updates). */
  placement?: Placement;
};

const messageKeyPattern = /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/;

function issuesOf(error: z.ZodError): CsvIssue[] {
  return error.issues.map((issue) => ({
    field: columnForField(issue.path),
    messageKey: messageKeyPattern.test(issue.message) ? issue.message : 'locationImport.errors.invalidValue',
  }));
}

function withoutDuplicates(issues: CsvIssue[]) {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.field}\u0000${issue.messageKey}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** A stored location as the input schema reads it, so both sides are normalised the same way. */
function rawFromStored(location: CsvLocation) {
  return {
    storeCode: location.storeCode,
    name: location.name,
    street: location.street,
    addressExtra: location.addressExtra ?? undefined,
    postalCode: location.postalCode,
    city: location.city,
    region: location.region ?? undefined,
    countryCode: location.countryCode.trim(),
    phone: location.phone ?? undefined,
    website: location.website ?? undefined,
    primaryCategory: location.primaryCategory ?? undefined,
    description: location.description ?? undefined,
    openingHours: location.openingHours ?? {},
    specialHours: location.specialHours.map((entry) => ({ ...entry, note: entry.note ?? undefined })),
    // Only a hand-set pin is master data; an automatic position follows the address.
    ...(location.positionSource === 'MANUAL'
      ? { latitude: location.latitude ?? undefined, longitude: location.longitude ?? undefined }
      : {}),
  };
}

/**
 * The row's input: the stored location overlaid with the cells of the columns the file has, so
 * a file without (say) a website column leaves websites alone; an empty cell clears the field.
 */
function rawInputFor(row: CsvRow, existing: ExistingLocation | undefined) {
  const { fields, problems } = locationFieldsFromCells(row.cells);
  const stored = existing ? rawFromStored(existing) : { openingHours: {} };
  const raw: Record<string, unknown> = {
    ...stored,
    ...fields,
    openingHours: { ...stored.openingHours, ...fields.openingHours },
  };
  const postcode = readGermanPostcode(raw);
  if (postcode.padded) raw.postalCode = postcode.padded;
  return { raw, problems, postcode };
}

/** Every value the CSV layout holds, in a form that compares equal exactly when the data is. */
function masterDataKey(input: LocationInput) {
  return JSON.stringify([
    input.name,
    input.street,
    input.addressExtra || null,
    input.postalCode,
    input.city,
    input.region || null,
    input.countryCode,
    input.phone || null,
    input.website || null,
    input.primaryCategory || null,
    input.description || null,
    weekdays.map((day) => input.openingHours[day].map((range) => [range.opens, range.closes])),
    input.latitude ?? null,
    input.longitude ?? null,
  ]);
}

function specialHoursKey(input: LocationInput) {
  return JSON.stringify(
    input.specialHours
      .map((entry) => [
        entry.startDate,
        entry.endDate,
        entry.closed,
        entry.closed ? [] : entry.ranges.map((range) => [range.opens, range.closes]),
        entry.note || null,
      ])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  );
}

function outcomeFor(input: LocationInput, existing: ExistingLocation | undefined, placement: Placement) {
  if (!existing) return { outcome: 'create' as const, specialHoursChanged: input.specialHours.length > 0 };
  const stored = locationInputSchema.safeParse(rawFromStored(existing));
  if (!stored.success) return { outcome: 'update' as const, specialHoursChanged: true };
  const specialHoursChanged = specialHoursKey(stored.data) !== specialHoursKey(input);
  // A location stored without a position that can now be placed is worth an update.
  const newlyPlaced = existing.latitude === null && placement.latitude !== null;
  const changed = specialHoursChanged || newlyPlaced || masterDataKey(stored.data) !== masterDataKey(input);
  return { outcome: changed ? ('update' as const) : ('unchanged' as const), specialHoursChanged };
}

const reject = (row: CsvRow, storeCode: string, errors: CsvIssue[]): PlannedRow => ({
  rowNumber: row.rowNumber,
  storeCode,
  outcome: 'reject',
  errors: withoutDuplicates(errors),
  warnings: [],
});

/**
 * What importing `rows` into an organisation whose locations with these store codes are
 * `existing` would do, and where each row goes on the map (lib/locations/placement). In slices:
 * checking 20,000 rows takes about a second.
 */
export async function planLocationImport(
  rows: CsvRow[],
  existing: ExistingLocation[],
): Promise<PlannedRow[]> {
  const places = await loadPlaces();
  const existingByCode = new Map(existing.map((location) => [location.storeCode, location]));
  const firstRowOf = new Map<string, number>();
  return mapInSlices(rows, (row): PlannedRow => {
    const storeCode = row.cells['Store code']?.trim() ?? '';
    if (row.problems.length > 0) return reject(row, storeCode, row.problems);
    const firstRow = firstRowOf.get(storeCode);
    if (firstRow !== undefined) {
      return reject(row, storeCode, [
        {
          field: 'Store code',
          messageKey: 'locationImport.errors.duplicateStoreCode',
          params: { row: firstRow },
        },
      ]);
    }
    if (storeCode) firstRowOf.set(storeCode, row.rowNumber);
    const location = existingByCode.get(storeCode);
    if (location?.archived) {
      return reject(row, storeCode, [
        { field: 'Store code', messageKey: 'locationImport.errors.archivedStoreCode' },
      ]);
    }
    const { raw, problems, postcode } = rawInputFor(row, location);
    const parsed = locationInputSchema.safeParse(raw);
    if (!parsed.success || problems.length > 0) {
      return reject(row, storeCode, [...problems, ...(parsed.success ? [] : issuesOf(parsed.error))]);
    }
    const placement = placeImportedRow(places, parsed.data, location ?? undefined);
    return {
      rowNumber: row.rowNumber,
      storeCode,
      errors: [],
      warnings: importWarnings(places, parsed.data, postcode),
      input: parsed.data,
      existing: location,
      placement,
      ...outcomeFor(parsed.data, location, placement),
    };
  });
}
