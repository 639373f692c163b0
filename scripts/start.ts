// npm start: database (embedded unless DATABASE_URL), migrations, demo data on first embedded
// start, a production build when the sources changed, then `next start`.
// npm run dev: the same, with `next dev` instead of a build.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureProductionBuild } from './lib/production-build';
import { ensureLocalSecret } from './lib/local-secret';
import { localNetworkAddresses } from './lib/network-addresses';
import { provideDatabase } from '../lib/db/provide-database';
import { applyMigrations } from '../lib/db/schema-engine';
import { demoOwner, seedDemoData } from '../prisma/seed/demo-data';

const development = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

const database = await provideDatabase();
let server: ChildProcess | undefined;
let stopping = false;

async function shutdown(exitCode: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  }
  await database
    .stop()
    .catch((error: Error) => console.error(`Stopping PostgreSQL failed: ${error.message}`));
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const applied = await applyMigrations(database.databaseUrl);
  if (applied.length) console.info(`Applied ${applied.length} migration(s).`);

  // Demo data only on the embedded default; with your own DATABASE_URL run `npm run seed`.
  const seeded = database.embedded ? await seedDemoData(database.databaseUrl) : false;

  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.databaseUrl,
    PORT: String(port),
    // NEXTAUTH_URL stays unset unless given: the app then answers at every address that reaches it.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (await ensureLocalSecret()),
  };
  if (!development) await ensureProductionBuild();

  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  server = spawn(process.execPath, [nextBin, development ? 'dev' : 'start', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: environment,
  });
  server.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (/Ready in|started server|✓ Ready/i.test(chunk.toString())) printWelcome(seeded);
  });
  server.on('exit', (code) => void shutdown(code ?? 1));
} catch (error) {
  console.error(error);
  await shutdown(1);
}

/** Where else to open it: the configured address, or the machine's addresses for phones. */
function addressLines() {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return [`  Configured address (NEXTAUTH_URL): ${configured}`];
  const lan = localNetworkAddresses().map((address) => `http://${address}:${port}`);
  return lan.length
    ? [`  On a phone in the same network: ${lan.join(' or ')} (the firewall must allow port ${port})`]
    : [];
}

function printWelcome(seeded: boolean) {
  const lines = [
    '',
    `  Ortsbild is running at http://localhost:${port}`,
    ...addressLines(),
    database.embedded
      ? `  Demo sign-in: ${demoOwner.email} / ${demoOwner.password}${seeded ? ' (demo data created now)' : ''}`
      : '  Using DATABASE_URL (no demo data unless you run `npm run seed`).',
    '  Stop with Ctrl+C.',
    '',
  ];
  console.info(lines.join('\n'));
}
