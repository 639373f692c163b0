// npm run bench [-- --quick] [-- --only server,bundles,map,lighthouse,locator,placement,verification,history,report]: seeds (or
// reuses) the bench organisations in the bench's own database, builds the app if the sources
// changed, starts the production server, signs in as the owner and runs the measurements of issue 7.
// Writes bench/results/latest.json (everything, with the machine) and bench/results/latest.md (a
// table per measurement with target and pass/fail), and prints the Markdown. `verification` (issue
// 15, not part of a run without --only: it takes about 15 minutes) needs the database but neither
// the build nor the server: one organisation-wide verification of the 5,000-location chain through
// pg-boss' workers against local Overpass and website servers (bench/verification.ts). `history`
// (issue 16) needs the database only: a year of daily score snapshots of the chain, read by the
// dashboard, the location page and the API (bench/history.ts). `report` (issue 16) too: the monthly
// report of the chain and of a group, its PDF and its API (bench/monthly-report.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { createBenchApiTokens } from '../bench/api-tokens';
import type { BenchContext } from '../bench/context';
import { openCacheExpiry, type CacheExpiry } from '../bench/cache-expiry';
import { provideBenchDatabase, type BenchDatabase } from '../bench/database';
import { machineInfo } from '../bench/machine';
import { measureStatementCounts } from '../bench/query-counts';
import { measureRenderLatency } from '../bench/render-latency';
import { renderMarkdown, type BenchResults } from '../bench/report';
import { signIn, startProductionServer, type BenchServer } from '../bench/server';
import { measureThroughput } from '../bench/throughput';
import { benchOrganisationSpecs, seedBenchOrganisation } from '../prisma/seed/bench-data';
import { demoOwner, seedDemoData } from '../prisma/seed/demo-data';
import { createBenchGroups, type BenchGroups } from '../bench/location-groups';
import { ensureProductionBuild } from './lib/production-build';

const groups = [
  'server',
  'bundles',
  'map',
  'lighthouse',
  'placement',
  'verification',
  'history',
  'report',
  'locator',
] as const;
const defaultGroups = groups.filter((name) => name !== 'verification');
const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const only = new Set((values.only ?? defaultGroups.join(',')).split(',').map((name) => name.trim()));
const unknown = [...only].filter((name) => !(groups as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`Unknown --only ${unknown.join(', ')}; choose from ${groups.join(', ')}.`);
  process.exit(2);
}

const started = performance.now();
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
const step = (message: string) =>
  console.info(`[bench ${seconds(started).toFixed(0).padStart(4)} s] ${message}`);
const results: BenchResults = {
  machine: machineInfo(),
  mode: values.quick ? 'quick' : 'full',
  durationSeconds: 0,
  setup: {},
  measurements: {},
  failures: {},
};

async function measure(name: string, run: () => Promise<unknown>) {
  step(`${name}…`);
  const since = performance.now();
  try {
    results.measurements[name] = await run();
    step(`${name} done in ${seconds(since)} s.`);
  } catch (error) {
    results.failures[name] = error instanceof Error ? error.message : String(error);
    step(`${name} failed: ${results.failures[name]}`);
  }
}

// The gazetteer's placement needs neither the database nor the server: it runs first, alone.
if (only.has('placement')) {
  await measure('placement', async () =>
    (await import('../bench/placement')).measurePlacement({ rows: values.quick ? 2_000 : 10_000 }),
  );
}

/** Seeds, builds, starts the production server and runs the groups that measure it. */
async function measureAgainstServer() {
  const database = await provideBenchDatabase();
  let server: BenchServer | undefined;
  let apiTokens: Awaited<ReturnType<typeof createBenchApiTokens>> | undefined;
  let benchGroups: BenchGroups | undefined;
  let cacheExpiry: CacheExpiry | undefined;
  // Interrupted: stop the server and PostgreSQL, or the next run finds the cluster still running.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.info(`\n${signal}: stopping the server and the database…`);
      void Promise.allSettled([
        apiTokens?.remove(),
        benchGroups?.remove(),
        cacheExpiry?.close(),
        server?.stop(),
      ])
        .then(() => database.stop())
        .finally(() => process.exit(130));
    });
  }
  try {
    await database.statementLog?.disable(); // in case an interrupted run left statement logging on
    step('Seeding (or reusing) the bench organisations…');
    let since = performance.now();
    await seedDemoData(database.databaseUrl);
    const small = await seedBenchOrganisation(database.databaseUrl, benchOrganisationSpecs.small);
    const chain = await seedBenchOrganisation(database.databaseUrl, benchOrganisationSpecs.chain);
    const map = await seedBenchOrganisation(database.databaseUrl, benchOrganisationSpecs.map);
    results.setup.seedSeconds = seconds(since);
    results.setup.seeded = { small, chain, map };
    results.setup.database = database.statementLog ? 'embedded (.data/bench-postgres)' : 'DATABASE_URL';
    results.setup.migrationsApplied = database.migrationsApplied;
    step(`Seeded in ${results.setup.seedSeconds} s (${chain.added.checkIns} check-ins added).`);

    since = performance.now();
    await ensureProductionBuild();
    results.setup.buildSeconds = seconds(since);
    since = performance.now();
    // The locator's burst (bench/public-locator.ts) sends 500 requests from this one address.
    server = await startProductionServer(database.databaseUrl, { env: { LOCATOR_RATE_LIMIT: '1000000' } });
    const cookie = await signIn(server.baseUrl, demoOwner);
    apiTokens = await createBenchApiTokens(database.databaseUrl, [small.slug, chain.slug]);
    benchGroups = await createBenchGroups(database.databaseUrl, [small, chain]);
    const limitedCookie = await signIn(server.baseUrl, benchGroups.credentials);
    const expiry = await openCacheExpiry(database.databaseUrl);
    cacheExpiry = expiry;
    results.setup.serverStartSeconds = seconds(since);
    step(`Production server at ${server.baseUrl}, signed in as ${demoOwner.email}.`);

    const organisation = ({ slug, locations, sampleLocationId }: typeof small) => ({
      slug,
      locations,
      sampleLocationId,
      groupId: benchGroups?.groupIdBySlug[slug],
    });
    const context: BenchContext = {
      baseUrl: server.baseUrl,
      cookie,
      limitedCookie,
      organisations: { small: organisation(small), chain: organisation(chain), map: organisation(map) },
      credentials: { email: demoOwner.email, password: demoOwner.password },
      quick: values.quick,
      chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      expireCache: (slug) => expiry.expire(slug),
    };
    const tokens = apiTokens.tokens;

    if (only.has('server')) {
      if (database.statementLog) {
        const statementLog = database.statementLog;
        await measure('statementCounts', () => measureStatementCounts(context, statementLog, tokens));
      } else {
        results.failures.statementCounts =
          'Not measured: DATABASE_URL points at a server whose log the bench cannot read.';
      }
      await measure('renderLatency', () => measureRenderLatency(context, tokens));
      await measure('throughput', () => measureThroughput(context));
    }
    if (only.has('bundles')) {
      await measure('bundles', async () => (await import('../bench/bundle-size')).measureBundles(context));
    }
    if (only.has('map')) {
      await measure('map', async () => (await import('../bench/browser-map')).measureMap(context));
    }
    if (only.has('locator')) {
      await measure('publicLocator', async () =>
        (await import('../bench/public-locator')).measurePublicLocator(
          context,
          database.databaseUrl,
          database.statementLog ?? undefined,
        ),
      );
    }
    if (only.has('lighthouse')) {
      await measure('lighthouse', async () =>
        (await import('../bench/lighthouse')).measureLighthouse(context),
      );
    }
  } finally {
    await apiTokens?.remove().catch(() => {});
    await benchGroups?.remove().catch(() => {});
    await cacheExpiry?.close().catch(() => {});
    await server?.stop();
    await database.stop();
  }
}
if (['server', 'bundles', 'map', 'lighthouse', 'locator'].some((name) => only.has(name)))
  await measureAgainstServer();

/**
 * The measurements that need the database and the seeded chain only (no server): each gets the
 * database, the chain's slug and the demo owner's email, and PostgreSQL stops after it.
 */
async function withSeededChain(
  run: (bench: {
    databaseUrl: string;
    statementLog: BenchDatabase['statementLog'];
    slug: string;
  }) => Promise<void>,
) {
  const database = await provideBenchDatabase();
  try {
    await database.statementLog?.disable();
    step('Seeding (or reusing) the bench chain…');
    await seedDemoData(database.databaseUrl);
    const chain = await seedBenchOrganisation(database.databaseUrl, benchOrganisationSpecs.chain);
    results.setup.migrationsApplied = database.migrationsApplied;
    await run({ databaseUrl: database.databaseUrl, statementLog: database.statementLog, slug: chain.slug });
  } finally {
    await database.stop();
  }
}

/** Verifies the chain once through the job queue. */
async function measureVerificationRun() {
  // Interrupted: the run's process stops, the chain is put back, then PostgreSQL stops.
  const interrupted = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.info(`\n${signal}: stopping the verification run and putting the bench chain back…`);
      interrupted.abort();
    });
  }
  await withSeededChain(async (bench) => {
    const { measureVerification, recordVerification } = await import('../bench/verification');
    await measure('verification', async () => {
      const result = await measureVerification({
        ...bench,
        ownerEmail: demoOwner.email,
        signal: interrupted.signal,
      });
      await recordVerification(result);
      return result;
    });
  });
  if (interrupted.signal.aborted) process.exit(130);
}
if (only.has('verification')) await measureVerificationRun();

// A year of score snapshots for the chain, seeded, read and removed again.
if (only.has('history')) {
  await withSeededChain(async (bench) => {
    const { measureHistory, recordHistory } = await import('../bench/history');
    await measure('history', async () => {
      const result = await measureHistory({ ...bench, ownerEmail: demoOwner.email, quick: values.quick });
      await recordHistory(result);
      return result;
    });
  });
}

// The chain's monthly report over a year of seeded snapshots, which are removed again.
if (only.has('report')) {
  await withSeededChain(async (bench) => {
    const { measureMonthlyReport, recordMonthlyReport } = await import('../bench/monthly-report');
    await measure('report', async () => {
      const result = await measureMonthlyReport({
        ...bench,
        ownerEmail: demoOwner.email,
        quick: values.quick,
      });
      await recordMonthlyReport(result);
      return result;
    });
  });
}

results.durationSeconds = seconds(started);
const resultsDirectory = path.join(process.cwd(), 'bench', 'results');
await mkdir(resultsDirectory, { recursive: true });
// Formatted as the project formats files, so committed results pass `npm run format:check`.
const formatted = async (file: string, text: string) =>
  format(text, { ...(await resolveConfig(file)), filepath: file });
const markdown = await formatted(path.join(resultsDirectory, 'latest.md'), renderMarkdown(results));
await writeFile(
  path.join(resultsDirectory, 'latest.json'),
  await formatted(path.join(resultsDirectory, 'latest.json'), JSON.stringify(results)),
);
await writeFile(path.join(resultsDirectory, 'latest.md'), markdown);
console.info(`\n${markdown}`);
console.info(
  `Written to bench/results/latest.json and bench/results/latest.md (${results.durationSeconds} s).`,
);
// The WebAssembly schema engine leaves a timer running for 10 s; nothing else is pending.
process.exit(Object.keys(results.failures).length ? 1 : 0);
