// Decides what each row of an import would do, without writing: create, update, unchanged or
// reject, with every problem of a rejected row named by its CSV column. Rows are validated with
// the same input schema as the location form and the API.
import type { z } from 'zod';
import { mapInSlices } from '@/lib/event-loop/slices';
import { loadPlaces } from '@/lib/gazetteer/load-places';
import { placeImportedRow } from '../placement/import-placement';
import type { Placement } from '../placement/place-location';
import { locationInputSchema, type LocationInput } from '../schemas';
import { columnForField, locationFieldsFromCells, type CsvLocation } from './google-columns';
import {
  changedFields,
  positionText,
  rowValues,
  type FieldChange,
  type ImportRowValues,
} from './import-row-values';
import { importWarnings, readGermanPostcode } from './import-warnings';
import type { CsvIssue, CsvRow } from './parse-location-csv';

export type ImportOutcome = 'create' | 'update' | 'unchanged' | 'reject';
export type ImportRowResult = {
  rowNumber: number;
  storeCode: string;
  outcome: ImportOutcome;
  errors: CsvIssue[];
  /** Things to check that do not stop the row (a postcode read with a leading zero, far from its city…). */
  warnings: CsvIssue[];
  /** The row's main fields as they will be stored; not for a rejected row. */
  values?: ImportRowValues;
  /** For an update: what changes, field by field, from the stored value to the row's. */
  changes?: FieldChange[];
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

/**
 * Create, update or unchanged, with the fields an update changes. The fields are compared as the
 * input schema normalises them, so the stored side is read through it too.
 */
function outcomeFor(input: LocationInput, existing: ExistingLocation | undefined, placement: Placement) {
  if (!existing) {
    return { outcome: 'create' as const, specialHoursChanged: input.specialHours.length > 0 };
  }
  const stored = locationInputSchema.safeParse(rawFromStored(existing));
  // A stored location the schema no longer accepts is written anew; its fields compared as stored.
  const changes = changedFields(stored.success ? stored.data : existing, input);
  const position = positionChange(existing, stored.success ? stored.data : undefined, input, placement);
  if (position) changes.push(position);
  return {
    outcome: changes.length > 0 || !stored.success ? ('update' as const) : ('unchanged' as const),
    specialHoursChanged: !stored.success || changes.some((change) => change.field === 'specialHours'),
    changes,
  };
}

/**
 * Only a hand-set pin is master data: a pin the row sets, moves or clears changes the position, and
 * so does a location stored without one that can now be placed. Shown from the stored position to
 * where the row is placed.
 */
function positionChange(
  existing: ExistingLocation,
  stored: LocationInput | undefined,
  input: LocationInput,
  placement: Placement,
): FieldChange | null {
  const pinChanged =
    positionText(stored?.latitude, stored?.longitude) !== positionText(input.latitude, input.longitude);
  const newlyPlaced = existing.latitude === null && placement.latitude !== null;
  if (!pinChanged && !newlyPlaced) return null;
  return {
    field: 'position',
    from: positionText(existing.latitude, existing.longitude),
    to: positionText(placement.latitude, placement.longitude),
  };
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
    const { outcome, specialHoursChanged, changes } = outcomeFor(parsed.data, location, placement);
    return {
      rowNumber: row.rowNumber,
      storeCode,
      outcome,
      errors: [],
      warnings: importWarnings(places, parsed.data, postcode),
      values: rowValues(parsed.data),
      ...(outcome === 'update' ? { changes } : {}),
      input: parsed.data,
      existing: location,
      specialHoursChanged,
      placement,
    };
  });
}
