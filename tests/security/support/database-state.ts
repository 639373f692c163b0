// "Changed nothing", measured: for every table in the public schema its row count and the newest
// row version (max xmin: every insert and update writes a row version with a new transaction
// id, every delete lowers the count), in one statement. The two tables with columns that a valid
// read touches by design are compared by a hash of their rows without those columns instead.
// The suite runs on a database of its own (other test files write into the shared one at the
// same time), so any difference comes from the call under test.
import { db } from '@/lib/db/prisma';
import { pool } from '@/lib/db/pool';
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database';

/**
 * Columns that using a valid credential touches by design: the session's "last seen" and the
 * token's "last used" (the attacker's own, never the victim's). They are left out of the hash.
 */
const volatileColumns: Record<string, string[]> = {
  auth_sessions: ['last_seen_at'],
  api_tokens: ['last_used_at'],
};

/**
 * Refused authorisation may be recorded in the audit log (issue #6, item 4; an invitation opened
 * by another account, #18): those rows (the "access." actions) are the one write a refused call
 * is allowed, so they are left out of the comparison.
 */
const allowedRows: Record<string, string> = { audit_events: `action NOT LIKE 'access.%'` };

function rowsHash(name: string) {
  const row = `(to_jsonb(t)${(volatileColumns[name] ?? []).map((column) => ` - '${column}'`).join('')})::text`;
  return `md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), ''))`;
}

export type DatabaseState = Map<string, { rows: number; hash: string }>;

let snapshotSql: string | undefined;

async function buildSnapshotSql() {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return tables
    .map(({ name }) => {
      const where = allowedRows[name] ? ` WHERE ${allowedRows[name]}` : '';
      const fingerprint = volatileColumns[name]
        ? rowsHash(name)
        : `coalesce(max(t.xmin::text::bigint), 0)::text`;
      return `SELECT '${name}' AS name, count(*)::int AS rows, ${fingerprint} AS hash FROM public."${name}" t${where}`;
    })
    .join('\nUNION ALL\n');
}

let victimSql: string | undefined;

/** The same for one organisation's rows only: every table with an organisation_id, and its own row. */
async function buildVictimSql() {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT c.table_name AS name FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name`;
  return [
    ...tables.map(({ name }) => ({ name, where: 'organisation_id' })),
    { name: 'organisations', where: 'id' },
  ]
    .map(({ name, where }) => {
      const allowed = allowedRows[name] ? ` AND ${allowedRows[name]}` : '';
      return `SELECT '${name}' AS name, count(*)::int AS rows, ${rowsHash(name)} AS hash
        FROM public."${name}" t WHERE t.${where} = $1::uuid${allowed}`;
    })
    .join('\nUNION ALL\n');
}

export async function organisationState(organisationId: string): Promise<DatabaseState> {
  victimSql ??= await buildVictimSql();
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; hash: string }[]>(
    victimSql,
    organisationId,
  );
  return new Map(rows.map((row) => [row.name, { rows: row.rows, hash: row.hash }]));
}

export async function databaseState(): Promise<DatabaseState> {
  snapshotSql ??= await buildSnapshotSql();
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; hash: string }[]>(snapshotSql);
  return new Map(rows.map((row) => [row.name, { rows: row.rows, hash: row.hash }]));
}

/** The tables whose rows differ: "name: 3 → 4 rows", or "name: rows changed" for the same count. */
export function changedTables(before: DatabaseState, after: DatabaseState) {
  const changes: string[] = [];
  for (const [name, then] of before) {
    const now = after.get(name);
    if (!now) changes.push(`${name}: gone`);
    else if (now.rows !== then.rows) changes.push(`${name}: ${then.rows} → ${now.rows} rows`);
    else if (now.hash !== then.hash) changes.push(`${name}: rows changed`);
  }
  return changes;
}

/**
 * A fresh, migrated database on the test server for this file, set as DATABASE_URL before the
 * first query (lib/env reads it on first use). Drop it with the returned function.
 */
export async function createOwnDatabase(): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_POSTGRES_SERVER_URL;
  if (!serverUrl) throw new Error('TEST_POSTGRES_SERVER_URL is not set: run through npm run test:unit');
  const database: TestDatabase = await createTestDatabase(serverUrl, { migrateIn: 'child-process' });
  process.env.DATABASE_URL = database.url;
  return async () => {
    await db.$disconnect();
    await pool().end();
    await database.drop();
  };
}
