// Bytes or text of a CSV file → the cells of each row under Google's column names, with the row
// number a spreadsheet shows (the header is row 1). Problems with the file as a whole (encoding,
// header, broken quoting) are returned instead of rows: then nothing of it may be imported.
//
// Encoding: UTF-8 with or without BOM, and UTF-16 with BOM (Excel's "Unicode text"). A file that
// is not valid UTF-8 is read as Windows-1252, the encoding older Excel versions write in Western
// Europe, and a notice says so: every byte is valid there, and umlauts come out right.
// Delimiter: comma, semicolon (German Excel) or tab, whichever the header line has most of.
// Limits: the file's size and rows, each row's bytes (while reading) and each cell's characters
// (before any pattern reads it). A large file is read in slices (lib/event-loop/slices.ts).
import { CsvError, parse } from 'csv-parse';
import { mapInSlices, sliceClock } from '@/lib/event-loop/slices';
import { columnForHeader, requiredColumns, type CsvCells, type GoogleColumn } from './google-columns';
import { maxCsvBytes, maxCsvCellCharacters, maxCsvRowBytes, maxCsvRows } from './limits';

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

/** The delimiter the header line uses most, outside quotes (a longer line is no header). */
function detectDelimiter(text: string) {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const char of text.slice(0, maxCsvRowBytes)) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && char in counts) counts[char as keyof typeof counts]++;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

// Characters handed to the parser at a time: a few milliseconds of work each, even on the first
// chunks, which run before the parser's code is optimised (128 K characters took ~60 ms then).
const chunkCharacters = 16 * 1024;

/** The text in pieces of about `chunkCharacters`, never between the two halves of a surrogate pair. */
function* chunksOf(text: string) {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + chunkCharacters, text.length);
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end++;
    yield text.slice(start, end);
    start = end;
  }
}

function issueOfCsvError(error: CsvError) {
  const line = (error as CsvError & { lines?: number }).lines ?? 0;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return issue('quoteNotClosed', '', { line });
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return issue('rowTooLong', '', { line, kilobytes: maxCsvRowBytes / 1024 });
  return issue('malformedCsv', '', { line });
}

/** The records of the text, parsed a chunk at a time with a turn for other requests in between. */
async function readRecords(text: string, delimiter: string): Promise<string[][] | CsvIssue> {
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    bom: true,
    max_record_size: maxCsvRowBytes,
  });
  const records: string[][] = [];
  let failure: unknown = null;
  parser.on('data', (record: string[]) => records.push(record));
  parser.on('error', (error) => (failure ??= error));
  const ended = new Promise<void>((resolve) => parser.on('end', resolve).on('error', () => resolve()));
  const clock = sliceClock();
  for (const chunk of chunksOf(text)) {
    if (failure) break;
    parser.write(chunk);
    await clock.turnIfDue();
  }
  if (!failure) parser.end();
  else parser.destroy();
  await ended;
  if (!failure) return records;
  if (failure instanceof CsvError) return issueOfCsvError(failure);
  throw failure;
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

/** A record as a row of cells under their columns, with its problems; null for an empty line. */
function rowOf(
  record: string[],
  rowNumber: number,
  header: string[],
  columnAt: (GoogleColumn | undefined)[],
): CsvRow | null {
  if (record.every((cell) => cell.trim() === '')) return null;
  const problems: CsvIssue[] = [];
  // Spreadsheets often end rows with empty cells beyond the header; only real cells count.
  const extra = record.slice(header.length);
  if (record.length < header.length || extra.some((cell) => cell.trim() !== '')) {
    problems.push(issue('columnCount', '', { expected: header.length, actual: record.length }));
  }
  record.forEach((cell, position) => {
    if (cell.length <= maxCsvCellCharacters) return;
    const column = header[position]?.trim() || String(position + 1);
    problems.push(issue('cellTooLong', columnAt[position] ?? column, { column, max: maxCsvCellCharacters }));
  });
  const cells: CsvCells = {};
  columnAt.forEach((column, position) => {
    if (column) cells[column] = record[position] ?? '';
  });
  return { rowNumber, cells, problems };
}

export async function parseLocationCsv(input: Uint8Array | string): Promise<ParsedLocationCsv> {
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
  const records = await readRecords(text, detectDelimiter(text));
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

  const rows = (
    await mapInSlices(body, (record, index) => rowOf(record, index + 2, header, columnAt))
  ).filter((row) => row !== null);
  if (rows.length === 0) return failed([issue('noRows')]);
  return { fileErrors: [], notices, columns, rows };
}
