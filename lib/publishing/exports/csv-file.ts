// The CSV files of the platform exports, written like the Google sheet (lib/locations/csv): UTF-8
// with BOM so Excel reads umlauts, comma-separated, CRLF, a cell quoted only when it must be.
import { protectCell } from '@/lib/locations/csv/google-columns';

function csvCell(value: string) {
  return /[",;\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The header line and one line per row, each row's cells in the columns' order. */
export function csvFile<Column extends string>(
  columns: readonly Column[],
  rows: Iterable<Record<Column, string>>,
) {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Free text as a cell: spreadsheets run cells that start with = + - @ as formulas, so those get a
 * leading apostrophe, as in the Google export.
 */
export function textCell(value: string | null | undefined) {
  return value ? protectCell(value) : '';
}
