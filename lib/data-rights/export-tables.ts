import 'server-only';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { pool } from '@/lib/db/pool';
import { protectCell } from '@/lib/locations/csv/google-columns';
import type { ZipEntry } from './zip-stream';

// The tables of a data export as zip entries: each query is read through a server-side cursor in
// batches and written twice, as a JSON array and as a CSV sheet, so memory stays flat at any size.
// All queries of one export see one snapshot (REPEATABLE READ), so the files agree with each other.

/** One exported table: its file name (without extension) and the query with its parameters. */
export type ExportTable = { file: string; sql: string; params: unknown[] };

export type ExportedFile = { file: string; rows: number };

export const defaultBatchSize = 5_000;

// Timestamps are stored as UTC without a zone (Prisma's TIMESTAMP(3)); dates stay plain dates.
const timestampOid = 1114;
const dateOid = 1082;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === timestampOid) return (value: string) => `${value.replace(' ', 'T')}Z`;
    if (oid === dateOid) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

type Batch = { columns: string[]; rows: Record<string, unknown>[] };

async function* readInBatches(client: pg.PoolClient, table: ExportTable, batchSize: number) {
  await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${table.sql}`, table.params);
  try {
    for (;;) {
      const result = await client.query({ text: `FETCH ${batchSize} FROM export_rows`, types });
      const batch: Batch = { columns: result.fields.map((field) => field.name), rows: result.rows };
      yield batch;
      if (batch.rows.length < batchSize) return;
    }
  } finally {
    await client.query('CLOSE export_rows');
  }
}

async function* jsonPieces(batches: AsyncIterable<Batch>, counted: (rows: number) => void) {
  let rows = 0;
  yield '[';
  for await (const batch of batches) {
    if (batch.rows.length === 0) continue;
    yield (rows === 0 ? '\n' : ',\n') + batch.rows.map((row) => JSON.stringify(row)).join(',\n');
    rows += batch.rows.length;
  }
  yield rows === 0 ? ']\n' : '\n]\n';
  counted(rows);
}

/** A cell as a spreadsheet should show it: text that could start a formula is kept as text. */
function csvCell(value: unknown) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return protectCell(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return protectCell(JSON.stringify(value));
}

async function* csvPieces(batches: AsyncIterable<Batch>) {
  let first = true;
  for await (const batch of batches) {
    const lines = batch.rows.map((row) => batch.columns.map((column) => csvCell(row[column])));
    // UTF-8 with BOM and CRLF like the app's other CSV exports, so Excel reads umlauts.
    yield stringify(first ? [batch.columns, ...lines] : lines, { bom: first, record_delimiter: 'windows' });
    first = false;
  }
}

/**
 * The zip entries for `tables` (a .json and a .csv file each), between `before` (e.g. a README)
 * and the entries `after` builds from the row counts (e.g. a manifest). Holds one pooled
 * connection while the archive is read, and gives it back when done, failed or cancelled.
 */
export async function* exportTableEntries(options: {
  tables: ExportTable[];
  before: ZipEntry[];
  after: (files: ExportedFile[]) => ZipEntry[];
  batchSize?: number;
}): AsyncGenerator<ZipEntry> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  const client = await pool().connect();
  let failure: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    yield* options.before;
    const files: ExportedFile[] = [];
    for (const table of options.tables) {
      yield {
        name: `${table.file}.json`,
        content: jsonPieces(readInBatches(client, table, batchSize), (rows) =>
          files.push({ file: table.file, rows }),
        ),
      };
      yield { name: `${table.file}.csv`, content: csvPieces(readInBatches(client, table, batchSize)) };
    }
    yield* options.after(files);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // Read-only: ending it either way changes nothing. A broken connection is discarded.
    await client.query('ROLLBACK').catch((error: Error) => (failure ??= error));
    client.release(failure);
  }
}
