// npm run seed: adds the demo organisation to DATABASE_URL (or the embedded database).
// npm run seed -- --locations 10000: also the large chain "Filialkette Nord" with that many branches.
import { parseArgs } from 'node:util';
import { provideDatabase } from '../lib/db/provide-database';
import { applyMigrations } from '../lib/db/schema-engine';
import { chainOrganisation, seedChainData } from '../prisma/seed/chain-data';
import { demoOwner, seedDemoData } from '../prisma/seed/demo-data';

const { values } = parseArgs({ options: { locations: { type: 'string' } } });
const chainSize = values.locations === undefined ? 0 : Number(values.locations);
if (!Number.isInteger(chainSize) || chainSize < 0 || chainSize > 100_000) {
  console.error('--locations takes a whole number from 0 to 100000, e.g. npm run seed -- --locations 10000');
  process.exit(2);
}

const database = await provideDatabase({ quiet: true, attach: true });
try {
  await applyMigrations(database.databaseUrl);
  const created = await seedDemoData(database.databaseUrl);
  console.info(created ? 'Demo data created.' : 'Demo data already present.');
  if (chainSize > 0) {
    const started = performance.now();
    const added = await seedChainData(database.databaseUrl, chainSize);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `${chainOrganisation.name} (/o/${chainOrganisation.slug}): ${added} locations added in ${seconds} s.`,
    );
  }
  console.info(`Demo sign-in: ${demoOwner.email} / ${demoOwner.password}`);
} finally {
  await database.stop();
}
// The WebAssembly schema engine leaves a timer running for 10 s; nothing else is pending.
process.exit(0);
