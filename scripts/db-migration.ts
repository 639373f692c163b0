// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings the existing migrations up to prisma/schema.prisma.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { provideDatabase } from '../lib/db/provide-database';
import { diffMigrationsAgainstSchema, migrationLockContent } from '../lib/db/schema-engine';

const name = (process.argv[2] ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  console.error('Usage: npm run db:migration -- <name>   (e.g. add_locations)');
  process.exit(1);
}

const database = await provideDatabase({ quiet: true });
try {
  const sql = await diffMigrationsAgainstSchema(database.databaseUrl);
  if (!sql) {
    console.info('schema.prisma and prisma/migrations agree: nothing to create.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const directory = path.join('prisma', 'migrations', `${stamp}_${name}`);
    await mkdir(directory, { recursive: true });
    await writeFile(path.join(directory, 'migration.sql'), sql);
    await writeFile(path.join('prisma', 'migrations', 'migration_lock.toml'), migrationLockContent);
    console.info(`Created ${directory}/migration.sql`);
  }
} finally {
  await database.stop();
}
// The WebAssembly schema engine leaves a timer running for 10 s; nothing else is pending.
process.exit(0);
