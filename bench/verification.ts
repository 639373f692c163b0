// Verifying 5,000 locations (issue 15): one organisation-wide run of the bench chain with the
// website and OpenStreetMap sources, through pg-boss and the real workers in a Node process of
// their own (bench/verification-run.ts), against an Overpass-compatible server and the branches'
// website on 127.0.0.1 whose answers are generated from the chain's locations
// (verification-data.ts). Rate limits are off, so the run shows what the machinery itself costs:
// Overpass requests (target: at most one per 25 located locations, instead of one each), tasks per
// source, wall time, the workers' peak memory and the app's SQL statements per task, counted at
// PostgreSQL (statement-log.ts). Google is left out: it needs a key and is asked once per location.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { format, resolveConfig } from 'prettier';
import type { SourceProgress } from '@/lib/verification/verification-runs';
import { startOverpassServer, type OverpassTestServer } from '@/tests/support/overpass-server';
import { startWebsiteServer } from '@/tests/support/website-server';
import { machineInfo } from './machine';
import type { RequestStatements, StatementLog } from './statement-log';
import { overpassElementsFor, websitePagesFor, type BenchVerificationLocation } from './verification-data';
import type { VerificationRunArguments } from './verification-run';
import { prepareBenchOrganisation, type BenchVerificationState } from './verification-state';

export const locationsPerOverpassRequestTarget = 25;
/** pg-boss' least: a worker takes one job per interval (2 s on the server). */
export const benchPollingIntervalSeconds = 0.5;

export type VerificationBenchOptions = {
  databaseUrl: string;
  /** Null on an external server: the statements are then not counted. */
  statementLog: StatementLog | null;
  slug: string;
  ownerEmail: string;
  /** Ends the run early (Ctrl-C): the child is stopped and the chain put back. */
  signal?: AbortSignal;
};

type RunFigures = {
  runId: string;
  startMs: number;
  wallMs: number;
  rssBeforeRunMb: number;
  peakRssDuringRunMb: number;
  rssAfterRunMb: number;
  heapUsedAfterRunMb: number;
  sources: SourceProgress[];
};

async function benchLocations(client: pg.Client, organisationId: string) {
  const { rows } = await client.query<BenchVerificationLocation>(
    `SELECT id, store_code AS "storeCode", name, street, postal_code AS "postalCode", city, region,
            country_code AS "countryCode", phone, website, primary_category AS "primaryCategory",
            latitude, longitude, opening_hours AS "openingHours", '[]'::json AS "specialHours"
     FROM locations WHERE organisation_id = $1 AND archived_at IS NULL AND status <> 'CLOSED'
     ORDER BY store_code`,
    [organisationId],
  );
  return rows;
}

function runWorkers(args: VerificationRunArguments, databaseUrl: string, signal?: AbortSignal) {
  return new Promise<RunFigures>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        './bench/allow-server-only.mjs',
        '--import',
        'tsx',
        'bench/verification-run.ts',
        JSON.stringify(args),
      ],
      {
        cwd: process.cwd(),
        stdio: ['ignore', 'pipe', 'inherit'],
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
          SMTP_URL: '',
        },
        signal,
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`The verification run's process ended with ${code}.`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as RunFigures);
    });
  });
}

/** Seconds from the run's start until each source's last task ended. */
async function sourceDurations(client: pg.Client, runId: string) {
  const { rows } = await client.query<{ source: string; seconds: number }>(
    `SELECT t.source, round(extract(epoch FROM max(t.finished_at) - r.created_at)::numeric, 1)::float8 AS seconds
     FROM verification_tasks t JOIN verification_runs r ON r.id = t.run_id
     WHERE r.id = $1 AND t.status IN ('DONE', 'FAILED') GROUP BY t.source, r.created_at`,
    [runId],
  );
  return new Map(rows.map((row) => [row.source, row.seconds]));
}

/**
 * Per queue, the run's pg-boss jobs: how many, how long each was worked on average, how long the
 * workers were busy in all, and from the first start to the last end. Busy time far below the span
 * means the jobs waited for a worker to poll, not for work.
 */
async function jobTimes(client: pg.Client, runId: string) {
  const { rows } = await client.query<{
    queue: string;
    jobs: number;
    averageMs: number;
    busySeconds: number;
    spanSeconds: number;
  }>(
    `SELECT j.name AS queue, count(*)::int AS jobs,
            round(avg(extract(epoch FROM j.completed_on - j.started_on)) * 1000)::int AS "averageMs",
            round(sum(extract(epoch FROM j.completed_on - j.started_on))::numeric, 1)::float8 AS "busySeconds",
            round(extract(epoch FROM max(j.completed_on) - min(j.started_on))::numeric, 1)::float8 AS "spanSeconds"
     FROM pgboss.job j
     WHERE j.name LIKE 'verify-%' AND j.state = 'completed'
       AND EXISTS (SELECT 1 FROM verification_tasks t
                   WHERE t.run_id = $1 AND t.id = COALESCE(j.data->>'taskId', j.data->'taskIds'->>0)::uuid)
     GROUP BY j.name ORDER BY j.name`,
    [runId],
  );
  return rows;
}

export async function measureVerification(options: VerificationBenchOptions) {
  const client = new pg.Client({
    connectionString: options.databaseUrl,
    application_name: 'ortsbild-bench-verification',
  });
  await client.connect();
  const site = await startWebsiteServer();
  let overpass: OverpassTestServer | undefined;
  let state: BenchVerificationState | undefined;
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [
      options.slug,
    ]);
    const organisationId = rows[0]!.id;
    state = await prepareBenchOrganisation(client, organisationId, {
      siteOrigin: site.origin,
      sources: ['WEBSITE', 'OPENSTREETMAP'],
    });
    const locations = await benchLocations(client, organisationId);
    for (const [pagePath, body] of websitePagesFor(locations)) site.serve(pagePath, { kind: 'page', body });
    overpass = await startOverpassServer({ data: [{ elements: overpassElementsFor(locations) }] });
    const args: VerificationRunArguments = {
      slug: options.slug,
      ownerEmail: options.ownerEmail,
      overpassUrl: overpass.url,
      allow: `${site.host},${overpass.host}`,
      pollingIntervalSeconds: benchPollingIntervalSeconds,
      timeoutSeconds: 3 * 3600,
    };
    let figures: RunFigures | undefined;
    let statements: RequestStatements | null = null;
    const run = async () => {
      figures = await runWorkers(args, options.databaseUrl, options.signal);
    };
    if (options.statementLog) {
      await options.statementLog.enable();
      try {
        statements = await options.statementLog.statementsDuring(run, 500);
      } finally {
        await options.statementLog.disable();
      }
    } else {
      await run();
    }
    const durations = await sourceDurations(client, figures!.runId);
    const jobs = await jobTimes(client, figures!.runId);
    return resultOf({
      jobs,
      locations,
      figures: figures!,
      statements,
      durations,
      overpassRequests: overpass.requests.length,
      websiteRequests: site.requests.length,
      observationsBefore: state.observationsBefore,
    });
  } finally {
    await state?.restore();
    await Promise.all([site.close(), overpass?.close()]);
    await client.end();
  }
}

function resultOf(input: {
  jobs: Awaited<ReturnType<typeof jobTimes>>;
  locations: BenchVerificationLocation[];
  figures: RunFigures;
  statements: RequestStatements | null;
  durations: Map<string, number>;
  overpassRequests: number;
  websiteRequests: number;
  observationsBefore: number;
}) {
  const { locations, figures, statements } = input;
  const located = locations.filter((location) => location.latitude !== null).length;
  const tasks = figures.sources.reduce((sum, source) => sum + source.done + source.failed, 0);
  const requestTarget = Math.ceil(located / locationsPerOverpassRequestTarget);
  const pass = input.overpassRequests <= requestTarget;
  const perTask = (count: number) => Math.round((count / tasks) * 10) / 10;
  const result = {
    target: `at most one Overpass request per ${locationsPerOverpassRequestTarget} located locations`,
    pass,
    locations: locations.length,
    locationsWithWebsite: locations.filter((location) => location.website).length,
    wallSeconds: Math.round(figures.wallMs / 100) / 10,
    runCreatedSeconds: Math.round(figures.startMs / 100) / 10,
    peakRssDuringRunMb: figures.peakRssDuringRunMb,
    rssBeforeRunMb: figures.rssBeforeRunMb,
    rssAfterRunMb: figures.rssAfterRunMb,
    heapUsedAfterRunMb: figures.heapUsedAfterRunMb,
    sqlStatements: statements?.total ?? null,
    sqlStatementsPerTask: statements ? perTask(statements.total) : null,
    sqlStatementsPerLocation: statements ? Math.round((statements.total / locations.length) * 10) / 10 : null,
    sqlTransactionControlPerTask: statements ? perTask(statements.transactionControl) : null,
    pollingIntervalSeconds: benchPollingIntervalSeconds,
    websiteRequests: input.websiteRequests,
    observationsBefore: input.observationsBefore,
    overpass: [
      {
        locatedLocations: located,
        requests: input.overpassRequests,
        oneByOne: located,
        locationsPerRequest: Math.round((located / Math.max(1, input.overpassRequests)) * 10) / 10,
        target: `≤ ${requestTarget}`,
        result: pass ? 'pass' : '**FAIL**',
      },
    ],
    tasks: figures.sources.map((source) => ({
      source: source.source,
      total: source.total,
      done: source.done,
      failed: source.failed,
      skipped: source.skipped,
      lastEndedAfterSeconds: input.durations.get(source.source) ?? null,
      outcomes: Object.entries(source.outcomes)
        .map(([outcome, count]) => `${outcome} ${count}`)
        .join(', '),
      reasons: source.reasons.map((reason) => `${reason.reason} ${reason.count}`).join(', ') || '–',
    })),
    jobs: input.jobs,
  };
  return result;
}

export type VerificationBenchResult = Awaited<ReturnType<typeof measureVerification>>;

/**
 * Also kept in bench/results/verification.{json,md}, so a run of this group alone (`npm run bench
 * -- --only verification`) leaves a record beside the full run's latest.*.
 */
export async function recordVerification(result: VerificationBenchResult) {
  const directory = path.join(process.cwd(), 'bench', 'results');
  const machine = machineInfo();
  const row = (record: Record<string, unknown>) =>
    `| ${Object.values(record)
      .map((value) => String(value ?? '–'))
      .join(' | ')} |`;
  const table = (records: Record<string, unknown>[]) =>
    [
      row(Object.fromEntries(Object.keys(records[0]!).map((key) => [key, key]))),
      row(Object.fromEntries(Object.keys(records[0]!).map((key) => [key, '---']))),
      ...records.map(row),
    ].join('\n');
  const { overpass, tasks, jobs, target, pass, ...figures } = result;
  const lines = [
    '# Verifying 5,000 locations (npm run bench -- --only verification)',
    `${machine.date} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · commit ${machine.gitCommit?.slice(0, 10)}`,
    `Target: ${target} — ${pass ? 'pass' : '**FAIL**'}`,
    'Website and OpenStreetMap sources (Google needs a key), rate limits off, pg-boss polling every ' +
      `${benchPollingIntervalSeconds} s; RSS of the workers' process; the app's SQL statements counted at PostgreSQL.`,
    table(overpass),
    table(tasks),
    ...(jobs.length ? [table(jobs)] : []),
    table(Object.entries(figures).map(([figure, value]) => ({ figure, value }))),
  ];
  for (const [name, text] of [
    ['verification.json', JSON.stringify({ machine, ...result })],
    ['verification.md', lines.join('\n\n')],
  ] as const) {
    const file = path.join(directory, name);
    await writeFile(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
  }
}
