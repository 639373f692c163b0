import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createDatabaseIfMissing, databaseUrlFor, dropDatabase } from './local-postgres';
import { applyMigrations, diffMigrationsAgainstSchema, readMigrationList } from './schema-engine';

function serverUrl() {
  const url = process.env.TEST_POSTGRES_SERVER_URL;
  if (!url) throw new Error('TEST_POSTGRES_SERVER_URL is not set (run through npm run test:unit)');
  return url;
}

// A diff replays every migration twice through the WebAssembly engine (into a scratch and a
// shadow database): a few seconds alone, much longer on a busy two-core machine.
const diffTimeout = 120_000;

describe('migrations', () => {
  it(
    'agree with prisma/schema.prisma (else: npm run db:migration -- <name>)',
    async () => {
      expect(await diffMigrationsAgainstSchema(serverUrl())).toBe('');
    },
    diffTimeout,
  );

  it(
    'would report a model that has no migration yet',
    async () => {
      const schema = await readFile('prisma/schema.prisma', 'utf8');
      const withNewModel = `${schema}\nmodel DiffProbe {\n  id Int @id\n  @@map("diff_probe")\n}\n`;
      const sql = await diffMigrationsAgainstSchema(serverUrl(), { schema: withNewModel });
      expect(sql).toMatch(/CREATE TABLE "diff_probe"/);
    },
    diffTimeout,
  );

  describe('in the migrated test database', () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    beforeAll(() => client.connect());
    afterAll(() => client.end());

    it('are all recorded as applied and finished', async () => {
      const { migrationDirectories } = await readMigrationList();
      const expected = migrationDirectories.map((directory) => path.basename(directory.path));
      const { rows } = await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(rows.map((row) => row.migration_name)).toEqual(expected);
    });

    it('created the tables of schema.prisma', async () => {
      const schema = await readFile('prisma/schema.prisma', 'utf8');
      const mappedTables = [...schema.matchAll(/@@map\("([a-z_]+)"\)/g)].map((match) => match[1]);
      const { rows } = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      const tables = rows.map((row) => row.table_name);
      expect(mappedTables).toContain('organisations');
      for (const table of mappedTables) expect(tables).toContain(table);
    });
  });

  it('upgrades a database that recorded absolute migration paths instead of applying them again', async () => {
    const name = `ortsbild_scratch_${randomUUID().replaceAll('-', '')}`;
    await createDatabaseIfMissing(serverUrl(), name);
    const url = databaseUrlFor(serverUrl(), name);
    const client = new pg.Client({ connectionString: url });
    try {
      const applied = await applyMigrations(url);
      await client.connect();
      await client.query(
        "UPDATE _prisma_migrations SET migration_name = '/elsewhere/prisma/migrations/' || migration_name",
      );

      expect(await applyMigrations(url)).toEqual([]);
      const { rows } = await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows.map((row) => row.migration_name)).toEqual(applied);
    } finally {
      await client.end().catch(() => {});
      await dropDatabase(serverUrl(), name);
    }
  });
});
