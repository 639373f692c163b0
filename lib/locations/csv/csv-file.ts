// The CSV files Ortsbild writes for spreadsheets and platforms (the Google sheet, the platform
// exports in lib/publishing/exports): UTF-8 with BOM so Excel reads umlauts, comma-separated,
// CRLF, a cell quoted only when it must be (delimiter, quote, line break, spaces at its ends).

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
