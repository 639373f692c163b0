// npm run seed: adds the demo organisation to DATABASE_URL (or the embedded database).
import { provideDatabase } from '../lib/db/provide-database';
import { applyMigrations } from '../lib/db/schema-engine';
import { demoOwner, seedDemoData } from '../prisma/seed/demo-data';

const database = await provideDatabase({ quiet: true });
try {
  await applyMigrations(database.databaseUrl);
  const created = await seedDemoData(database.databaseUrl);
  console.info(created ? 'Demo data created.' : 'Demo data already present.');
  console.info(`Demo sign-in: ${demoOwner.email} / ${demoOwner.password}`);
} finally {
  await database.stop();
}
// The WebAssembly schema engine leaves a timer running for 10 s; nothing else is pending.
process.exit(0);
