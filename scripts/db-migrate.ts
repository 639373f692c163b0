// npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded server).
import { provideDatabase } from '../lib/db/provide-database';
import { applyMigrations } from '../lib/db/schema-engine';

const database = await provideDatabase({ quiet: true });
try {
  const applied = await applyMigrations(database.databaseUrl);
  console.info(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await database.stop();
}
// The WebAssembly schema engine leaves a timer running for 10 s; nothing else is pending.
process.exit(0);
