// Cells of the platform exports' CSV files, which are written like the Google sheet
// (csvFile, lib/locations/csv/csv-file.ts).
import { protectCell } from '@/lib/locations/csv/google-columns';

/**
 * Free text as a cell: spreadsheets run cells that start with = + - @ as formulas, so those get a
 * leading apostrophe, as in the Google export.
 */
export function textCell(value: string | null | undefined) {
  return value ? protectCell(value) : '';
}
