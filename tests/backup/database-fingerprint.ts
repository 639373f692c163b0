// What a database holds, in a form two databases can be compared by: every table of every
// application schema with its row count and the md5 of all its rows in primary-key order, the
// sequences, and the schema itself (columns, indexes, constraints, functions, triggers, views,
// enum types, extensions). Equal fingerprints: the restore brought back exactly what was dumped.
import pg from 'pg';

const applicationSchema = (column: string) =>
  `${column} NOT IN ('pg_catalog', 'information_schema') AND ${column} NOT LIKE 'pg\\_%'`;

/** Catalog queries whose rows describe the schema; compared as lists of strings. */
const schemaQueries = {
  columns: `SELECT concat_ws(' ', table_schema, table_name, column_name, data_type, is_nullable, column_default)
            FROM information_schema.columns WHERE ${applicationSchema('table_schema')}
            ORDER BY table_schema, table_name, ordinal_position`,
  indexes: `SELECT concat_ws(' ', schemaname, indexdef) FROM pg_indexes WHERE ${applicationSchema('schemaname')} ORDER BY 1`,
  constraints: `SELECT concat_ws(' ', n.nspname, c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid))
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE ${applicationSchema('n.nspname')} ORDER BY 1`,
  functions: `SELECT concat_ws(' ', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), md5(pg_get_functiondef(p.oid)))
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE ${applicationSchema('n.nspname')} AND p.prokind IN ('f', 'p') ORDER BY 1`,
  triggers: `SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT t.tgisinternal ORDER BY 1`,
  views: `SELECT concat_ws(' ', schemaname, viewname, md5(definition)) FROM pg_views
          WHERE ${applicationSchema('schemaname')} ORDER BY 1`,
  enums: `SELECT concat_ws(' ', n.nspname, t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder))
          FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
          GROUP BY n.nspname, t.typname ORDER BY 1`,
  extensions: `SELECT concat_ws(' ', extname, extversion) FROM pg_extension ORDER BY 1`,
  sequences: `SELECT concat_ws(' ', schemaname, sequencename, last_value) FROM pg_sequences
              WHERE ${applicationSchema('schemaname')} ORDER BY 1`,
};

export type TableContent = { rows: number; md5: string | null };
export type DatabaseFingerprint = {
  tables: Record<string, TableContent>;
  schema: Record<keyof typeof schemaQueries, string[]>;
};

export async function withDatabase<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Each table of the application schemas with its primary-key columns (none: the whole row orders). */
async function listTables(client: pg.Client) {
  const { rows } = await client.query<{ schema: string; table: string; key: string[] | null }>(
    `SELECT n.nspname AS schema, c.relname AS "table",
            (SELECT array_agg(a.attname::text ORDER BY k.position)
             FROM pg_index i CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE i.indrelid = c.oid AND i.indisprimary) AS key
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND ${applicationSchema('n.nspname')}
     ORDER BY 1, 2`,
  );
  return rows;
}

export async function fingerprintDatabase(databaseUrl: string): Promise<DatabaseFingerprint> {
  return withDatabase(databaseUrl, async (client) => {
    const tables: Record<string, TableContent> = {};
    for (const { schema, table, key } of await listTables(client)) {
      const name = `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(table)}`;
      const order = key?.length
        ? key.map((column) => `t.${pg.escapeIdentifier(column)}`).join(', ')
        : 't::text';
      const { rows } = await client.query<TableContent>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY ${order})) AS md5 FROM ${name} t`,
      );
      tables[`${schema}.${table}`] = rows[0]!;
    }
    const schema = {} as DatabaseFingerprint['schema'];
    for (const [part, sql] of Object.entries(schemaQueries) as [keyof typeof schemaQueries, string][]) {
      const { rows } = await client.query({ text: sql, rowMode: 'array' });
      schema[part] = rows.map((row: unknown[]) => String(row[0]));
    }
    return { tables, schema };
  });
}
