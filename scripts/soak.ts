// npm run soak [-- --quick] [-- --clients 50 --seconds 60 --outage-seconds 30]
//                [-- --only load,outage,instances]
// Load and faults against the production build, on loopback and bounded in time (issue 6, item 7):
// 1. load: signed-in clients mixing reads and writes; no 5xx, and the database holds exactly the
//    acknowledged writes; 2. outage: the same load while PostgreSQL is stopped and started again;
//    503s while it is down, recovery without help, no write lost or doubled; 3. two instances on one
//    database: sessions, sign-in throttling and reminder jobs stay consistent.
// Uses its own embedded PostgreSQL in .data/soak-postgres (the cluster is kept between runs, the
// database is created afresh each run), holds the build lock for the whole run (its servers serve
// from .next), and writes soak/results/latest.json and latest.md. Exits 1 when a check fails.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { machineInfo } from '../bench/machine';
import { startProductionServer, type BenchServer } from '../bench/server';
import { signInAll } from '../soak/auth';
import { holdBuildLock } from '../soak/build-lock';
import { runInstancesPhase } from '../soak/instances-phase';
import { clientStates, type LoadContext, type RequestRecord, type WriteAttempt } from '../soak/load';
import { runLoadPhase } from '../soak/load-phase';
import { runOutagePhase } from '../soak/outage-phase';
import { provideSoakPostgres, soakDataDirectory, type SoakPostgres } from '../soak/postgres';
import { renderMarkdown, type SoakResults } from '../soak/report';
import { seedSoakOrganisation, soakPassword } from '../soak/seed';
import { ensureProductionBuild } from './lib/production-build';

const phases = ['load', 'outage', 'instances'] as const;
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string' },
    'outage-seconds': { type: 'string' },
    only: { type: 'string' },
  },
});
const only = new Set((values.only ?? phases.join(',')).split(',').map((name) => name.trim()));
const clients = Number(values.clients);
const seconds = Number(values.seconds ?? (values.quick ? 15 : 60));
// The database goes down after a quarter of the phase (at least 5 s) and stays down as long.
const outageSeconds = Number(values['outage-seconds'] ?? (values.quick ? 20 : 30));
const outageTiming = {
  seconds: outageSeconds,
  downAfterSeconds: Math.max(5, Math.round(outageSeconds / 4)),
  downForSeconds: Math.max(5, Math.round(outageSeconds / 4)),
};
const unknown = [...only].filter((name) => !(phases as readonly string[]).includes(name));
if (unknown.length || !(clients >= 1 && clients <= 150) || !(seconds >= 5) || !(outageSeconds >= 20)) {
  console.error(
    `Usage: npm run soak [-- --quick] [-- --clients 1…150] [-- --seconds ≥5] [-- --outage-seconds ≥20] [-- --only ${phases.join(',')}]`,
  );
  process.exit(2);
}

const started = performance.now();
const loadAverage = () => Math.round(os.loadavg()[0]! * 10) / 10;
const elapsed = (since: number) => Math.round((performance.now() - since) / 100) / 10;
const step = (message: string) =>
  console.info(`[soak ${elapsed(started).toFixed(0).padStart(4)} s] ${message}`);
const logDirectory = path.join(process.cwd(), '.data', 'soak-logs');
const results: SoakResults = {
  machine: machineInfo(),
  mode: values.quick ? 'quick' : 'full',
  command: ['npm run soak', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
  durationSeconds: 0,
  loadAverage: { start: loadAverage(), end: 0 },
  setup: { clients, loadSeconds: seconds, outage: outageTiming, database: `embedded (${soakDataDirectory})` },
  phases: {},
  failures: {},
  pass: false,
};

async function phase(name: string, run: () => Promise<void>) {
  step(`Phase ${name}…`);
  const since = performance.now();
  try {
    await run();
    step(`Phase ${name} done in ${elapsed(since)} s.`);
  } catch (error) {
    results.failures[name] = error instanceof Error ? error.message : String(error);
    step(`Phase ${name} failed: ${results.failures[name]}`);
  }
}

/** Every request of a phase, one JSON line each, for a closer look (not committed). */
async function keepRecords(name: string, records: RequestRecord[]) {
  await mkdir(logDirectory, { recursive: true });
  await writeFile(
    path.join(logDirectory, `requests-${name}.ndjson`),
    records.map((record) => JSON.stringify(record)).join('\n'),
  );
}

const releaseLock = await holdBuildLock(step);
let database: SoakPostgres | undefined;
let server: BenchServer | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.info(`\n${signal}: stopping the server and the database…`);
    void Promise.allSettled([server?.stop()])
      .then(() => database?.close())
      .finally(() => {
        releaseLock();
        process.exit(130);
      });
  });
}
try {
  step('Starting PostgreSQL (.data/soak-postgres) with a fresh database…');
  database = await provideSoakPostgres();
  step(`Seeding the soak organisation (${clients} members)…`);
  let since = performance.now();
  const setup = await seedSoakOrganisation(database.databaseUrl, clients);
  results.setup.seedSeconds = elapsed(since);
  results.setup.locations = setup.locations;
  results.setup.migrationsApplied = database.migrationsApplied.length;
  since = performance.now();
  await ensureProductionBuild();
  results.setup.buildSeconds = elapsed(since);

  if (only.has('load') || only.has('outage')) {
    since = performance.now();
    server = await startProductionServer(database.databaseUrl);
    const cookies = await signInAll(
      server.baseUrl,
      setup.clients.map((client) => client.email),
      soakPassword,
    );
    results.setup.serverStartAndSignInSeconds = elapsed(since);
    step(`Production server at ${server.baseUrl}; ${cookies.length} clients signed in.`);
    const context: LoadContext = { baseUrl: server.baseUrl, setup, cookies, timeoutMs: 10_000 };
    const states = clientStates(setup);
    const attempts: WriteAttempt[] = [];
    const db = database;
    if (only.has('load')) {
      await phase('load', async () => {
        const { result, records } = await runLoadPhase(context, states, seconds, db.databaseUrl, attempts);
        results.phases.load = result;
        await keepRecords('load', records);
      });
    }
    if (only.has('outage')) {
      await phase('outage', async () => {
        const { result, records } = await runOutagePhase(context, states, outageTiming, db, attempts, step);
        results.phases.outage = result;
        await keepRecords('outage', records);
      });
    }
    await mkdir(logDirectory, { recursive: true });
    await writeFile(path.join(logDirectory, 'server.log'), server.recentOutput());
    await server.stop();
    server = undefined;
  }
  if (only.has('instances')) {
    const db = database;
    await phase('instances', async () => {
      results.phases.instances = await runInstancesPhase(db.databaseUrl, setup, step);
    });
  }
} catch (error) {
  results.failures.setup = error instanceof Error ? error.message : String(error);
  step(`Setup failed: ${results.failures.setup}`);
} finally {
  await server?.stop();
  await database?.close();
  releaseLock();
}

results.durationSeconds = elapsed(started);
results.loadAverage.end = loadAverage();
results.pass =
  Object.keys(results.failures).length === 0 &&
  [...only].every((name) => results.phases[name as keyof SoakResults['phases']]?.pass === true);
const resultsDirectory = path.join(process.cwd(), 'soak', 'results');
await mkdir(resultsDirectory, { recursive: true });
// Formatted as the project formats files, so committed results pass `npm run format:check`.
const formatted = async (file: string, text: string) =>
  format(text, { ...(await resolveConfig(file)), filepath: file });
const markdownPath = path.join(resultsDirectory, 'latest.md');
const markdown = await formatted(markdownPath, renderMarkdown(results));
const jsonPath = path.join(resultsDirectory, 'latest.json');
await writeFile(jsonPath, await formatted(jsonPath, JSON.stringify(results)));
await writeFile(markdownPath, markdown);
console.info(`\n${markdown}`);
console.info(
  `Written to soak/results/latest.json and latest.md (${results.durationSeconds} s); every request in .data/soak-logs/.`,
);
// The WebAssembly schema engine leaves a timer running for 10 s; nothing else is pending.
process.exit(results.pass ? 0 : 1);
