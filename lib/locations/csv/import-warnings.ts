import 'server-only';
import type { PlaceIndex } from '@/lib/gazetteer/load-places';
import { checkPlausibilityInIndex } from '@/lib/gazetteer/plausibility';
import type { LocationInput } from '../schemas';
import { columnForField } from './google-columns';
import type { CsvIssue } from './parse-location-csv';

export type PostcodeReading = {
  /** The postcode with its leading zero put back, when the row's four digits were read so. */
  padded: string | null;
  written: string;
};

/**
 * Excel drops the leading zero of German postcodes such as 01067 when it opens a CSV. Four digits
 * in a German row (no country means Germany) are read with the zero, never silently: the row
 * gets a warning naming both readings, as the four digits may be an Austrian or Swiss postcode
 * whose country column was left empty.
 */
export function readGermanPostcode(raw: Record<string, unknown>): PostcodeReading {
  const country = typeof raw.countryCode === 'string' ? raw.countryCode.trim().toUpperCase() : '';
  const written = typeof raw.postalCode === 'string' ? raw.postalCode.trim() : '';
  const germanRow = country === '' || country === 'DE';
  return { padded: germanRow && /^\d{4}$/.test(written) ? `0${written}` : null, written };
}

/** The warnings of a valid row: the leading zero put back, and what the gazetteer finds odd. */
export function importWarnings(
  index: PlaceIndex,
  input: LocationInput,
  postcode: PostcodeReading,
): CsvIssue[] {
  const warnings: CsvIssue[] = [];
  const postcodeColumn = columnForField(['postalCode']);
  if (postcode.padded) {
    warnings.push({
      field: postcodeColumn,
      messageKey: 'locationImport.warnings.postcodeLeadingZero',
      params: { written: postcode.written, read: postcode.padded },
    });
  }
  const { latitude, longitude } = input;
  const pin = latitude !== undefined && longitude !== undefined ? { latitude, longitude } : null;
  for (const warning of checkPlausibilityInIndex(index, input, pin)) {
    warnings.push({
      field: warning.code === 'pinFarFromAddress' ? columnForField(['latitude']) : postcodeColumn,
      messageKey: `locations.warnings.${warning.code}`,
      params: warning.params,
    });
  }
  return warnings;
}
