// Bytes or text of a CSV file → the cells of each row under Google's column names, with the row
// number a spreadsheet shows (the header is row 1). Problems with the file as a whole (encoding,
// header, broken quoting) are returned instead of rows: then nothing of it may be imported.
//
// Encoding: UTF-8 with or without BOM, and UTF-16 with BOM (Excel's "Unicode text"). A file that
// is not valid UTF-8 is read as Windows-1252, the encoding older Excel versions write in Western
// Europe, and a notice says so: every byte is valid there, and umlauts come out right.
// Delimiter: comma, semicolon (German Excel) or tab, whichever the header line has most of.
import { CsvError, parse } from 'csv-parse/sync';
import { columnForHeader, requiredColumns, type CsvCells, type GoogleColumn } from './google-columns';
import { maxCsvBytes, maxCsvRows } from './limits';

/** A message key under locationImport, the column it is about (if any) and its placeholders. */
export type CsvIssue = { field: string; messageKey: string; params?: Record<string, string | number> };
export type CsvRow = { rowNumber: number; cells: CsvCells; problems: CsvIssue[] };
export type ParsedLocationCsv = {
  /** Non-empty when the file cannot be imported at all; `rows` is empty then. */
  fileErrors: CsvIssue[];
  notices: CsvIssue[];
  columns: GoogleColumn[];
  rows: CsvRow[];
};

const issue = (messageKey: string, field = '', params?: CsvIssue['params']): CsvIssue => ({
  field,
  messageKey: `locationImport.errors.${messageKey}`,
  ...(params ? { params } : {}),
});

function decode(input: Uint8Array | string, notices: CsvIssue[]): string | CsvIssue {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input.byteLength > maxCsvBytes) return issue('fileTooLarge', '', { megabytes: maxCsvBytes / 2 ** 20 });
  // An .xlsx file is a ZIP archive, starting with "PK".
  if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03) return issue('spreadsheetFile');
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input);
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input);
  try {
    // TextDecoder drops a UTF-8 BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    notices.push({ field: '', messageKey: 'locationImport.notices.decodedAsWindows1252' });
    return new TextDecoder('windows-1252').decode(input);
  }
}

/** The delimiter the header line uses most, outside quotes. */
function detectDelimiter(text: string) {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && char in counts) counts[char as keyof typeof counts]++;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

function readRecords(text: string, delimiter: string): string[][] | CsvIssue {
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, bom: true }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    return error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? issue('quoteNotClosed', '', { line })
      : issue('malformedCsv', '', { line });
  }
}

function readHeader(header: string[]) {
  const errors: CsvIssue[] = [];
  const columnAt: (GoogleColumn | undefined)[] = header.map(columnForHeader);
  const seen = new Set<GoogleColumn>();
  columnAt.forEach((column, index) => {
    if (!column) return;
    if (seen.has(column)) errors.push(issue('duplicateColumn', column, { header: header[index]! }));
    seen.add(column);
  });
  for (const column of requiredColumns) {
    if (!seen.has(column)) errors.push(issue('missingColumn', column, { column }));
  }
  return { columnAt, columns: [...seen], errors };
}

export function parseLocationCsv(input: Uint8Array | string): ParsedLocationCsv {
  const notices: CsvIssue[] = [];
  const failed = (fileErrors: CsvIssue[]): ParsedLocationCsv => ({
    fileErrors,
    notices,
    columns: [],
    rows: [],
  });

  const text = decode(input, notices);
  if (typeof text !== 'string') return failed([text]);
  if (text.trim() === '') return failed([issue('emptyFile')]);
  const records = readRecords(text, detectDelimiter(text));
  if (!Array.isArray(records)) return failed([records]);
  const [header = [], ...body] = records;
  if (body.length > maxCsvRows) return failed([issue('tooManyRows', '', { max: maxCsvRows })]);
  const { columnAt, columns, errors } = readHeader(header);
  if (errors.length > 0) return failed(errors);
  const unknown = header.filter((name, index) => name.trim() !== '' && !columnAt[index]);
  if (unknown.length > 0) {
    notices.push({
      field: '',
      messageKey: 'locationImport.notices.unknownColumns',
      params: { columns: unknown.join(', ') },
    });
  }

  const rows: CsvRow[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const rowNumber = index + 2;
    // Spreadsheets often end rows with empty cells beyond the header; only real cells count.
    const extra = record.slice(header.length);
    const problems =
      record.length < header.length || extra.some((cell) => cell.trim() !== '')
        ? [issue('columnCount', '', { expected: header.length, actual: record.length })]
        : [];
    const cells: CsvCells = {};
    columnAt.forEach((column, position) => {
      if (column) cells[column] = record[position] ?? '';
    });
    rows.push({ rowNumber, cells, problems });
  });
  if (rows.length === 0) return failed([issue('noRows')]);
  return { fileErrors: [], notices, columns, rows };
}
