// Reading a year of score history at 5,000 locations (issue 16): 365 days of daily snapshots are
// seeded for the bench chain with one INSERT … SELECT over generate_series (a row per active
// location and day, and the organisation's per day), then the reads are measured in this process
// through the app's own modules and pool: the dashboard's presence read over 12 months and 90 days
// (score, trend and the last 30 days' listing changes in one statement; a fresh data version per
// call, so every call misses the cache), a location's year, the daily snapshot of the whole chain,
// and GET /api/v1/score-history over a year for the organisation and for one location. Statements
// are counted at PostgreSQL (statement-log.ts); timings are medians and p95 of repeated calls.
// Everything seeded is removed again, so the other groups see the chain as seeded.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { format, resolveConfig } from 'prettier';
import type { MemberContext } from '@/lib/access/member-context';
import { createApiTokens } from './api-tokens';
import { percentile, spreadOf } from './context';
import { machineInfo } from './machine';
import type { StatementLog } from './statement-log';

export const historyDays = 365;
/** The author of the status changes the bench adds (and removes by). */
const benchChangeAuthor = 'bench-history';
/** What "stays cheap" means for reading the history itself: this many ms (median) at most. */
export const historyReadTargetMs = 20;

export type HistoryBenchOptions = {
  databaseUrl: string;
  statementLog: StatementLog | null;
  slug: string;
  ownerEmail: string;
  quick: boolean;
};

type Reading = {
  read: string;
  statements: number | null;
  medianMs: number;
  p95Ms: number;
  runs: number;
  rows: number;
};

async function setupClient(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-bench-setup' });
  await client.connect();
  return client;
}

/** 365 days up to yesterday for every active location, and the organisation's mean per day. */
async function seedHistory(client: pg.Client, organisationId: string) {
  await removeHistory(client, organisationId);
  const since = performance.now();
  const locations = await client.query(
    `INSERT INTO location_score_snapshots
       (location_id, snapshot_date, organisation_id, score, coverage, correctness, freshness, taken_at)
     SELECT l.id, day::date, l.organisation_id, s.score, s.score / 100.0, s.score / 100.0, s.score / 100.0, day
     FROM locations l
     CROSS JOIN generate_series(current_date - $2::int, current_date - 1, interval '1 day') AS day
     CROSS JOIN LATERAL (
       SELECT (40 + abs(hashtext(l.id::text)) % 30 + (current_date - day::date) % 7)::int AS score
     ) s
     WHERE l.organisation_id = $1 AND l.archived_at IS NULL`,
    [organisationId, historyDays],
  );
  const organisation = await client.query(
    `INSERT INTO organisation_score_snapshots
       (organisation_id, snapshot_date, locations, score, coverage, correctness, freshness, taken_at)
     SELECT organisation_id, snapshot_date, count(*)::int, round(avg(score))::int, avg(coverage),
            avg(correctness), avg(freshness), max(taken_at)
     FROM location_score_snapshots WHERE organisation_id = $1 GROUP BY organisation_id, snapshot_date`,
    [organisationId],
  );
  // A tenth of the chain's checklist items changed status in the last 30 days, so the changes
  // since last month have something to count (the seed's history is older).
  const changes = await client.query(
    `INSERT INTO listing_changes (id, listing_item_id, changed_by_name, changed_at, changes)
     SELECT gen_random_uuid(), li.id, $2, now() - (abs(hashtext(li.id::text)) % 29 + 1) * interval '1 day',
            jsonb_build_object('status', jsonb_build_object(
              'from', CASE WHEN li.status = 'LIVE' THEN 'NEEDS_UPDATE' ELSE 'LIVE' END, 'to', li.status::text))
     FROM listing_items li WHERE li.organisation_id = $1 AND abs(hashtext(li.id::text)) % 10 = 0`,
    [organisationId, benchChangeAuthor],
  );
  await client.query('ANALYZE listing_changes');
  await client.query('ANALYZE location_score_snapshots');
  await client.query('ANALYZE organisation_score_snapshots');
  const { rows } = await client.query<{ bytes: string }>(
    `SELECT pg_total_relation_size('location_score_snapshots')::text AS bytes`,
  );
  return {
    locationRows: locations.rowCount ?? 0,
    listingChanges: changes.rowCount ?? 0,
    organisationRows: organisation.rowCount ?? 0,
    seconds: Math.round((performance.now() - since) / 100) / 10,
    tableMegabytes: Math.round(Number(rows[0]!.bytes) / 1024 ** 2),
  };
}

async function removeHistory(client: pg.Client, organisationId: string) {
  await client.query('DELETE FROM location_score_snapshots WHERE organisation_id = $1', [organisationId]);
  await client.query('DELETE FROM organisation_score_snapshots WHERE organisation_id = $1', [organisationId]);
  await client.query('DELETE FROM listing_changes WHERE changed_by_name = $1', [benchChangeAuthor]);
  // Emptied, the table is rewritten at once: the next run's size is a year's, not the runs' so far.
  await client.query('VACUUM FULL location_score_snapshots');
}

async function ownerContext(client: pg.Client, slug: string, email: string): Promise<MemberContext> {
  const { rows } = await client.query<{
    membershipId: string;
    userId: string;
    name: string;
    locale: 'de' | 'en';
    organisation: MemberContext['organisation'];
  }>(
    `SELECT m.id AS "membershipId", u.id AS "userId", u.name, u.locale::text AS locale,
            json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'timeZone', o.time_zone) AS organisation
     FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id
     WHERE o.slug = $1 AND u.email = $2 AND m.role = 'OWNER'`,
    [slug, email],
  );
  const row = rows[0];
  if (!row) throw new Error(`${email} owns no organisation ${slug}.`);
  return {
    actor: { kind: 'member', userId: row.userId, name: row.name, email, locale: row.locale },
    membershipId: row.membershipId,
    role: 'OWNER',
    organisation: row.organisation,
  };
}

/** Statements of one call (counted once, with the log on), then the timing of `runs` calls. */
async function measureRead(
  read: string,
  statementLog: StatementLog | null,
  runs: number,
  call: () => Promise<number>,
): Promise<Reading> {
  await call(); // warm-up: modules loaded, pool connections open
  let statements: number | null = null;
  let rows = 0;
  if (statementLog) {
    await statementLog.enable();
    try {
      statements = (
        await statementLog.statementsDuring(async () => {
          rows = await call();
        }, 50)
      ).total;
    } finally {
      await statementLog.disable();
    }
  }
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const since = performance.now();
    rows = await call();
    timings.push(performance.now() - since);
  }
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    read,
    statements,
    medianMs: round(spreadOf(timings).median),
    p95Ms: round(percentile(timings, 95)),
    runs,
    rows,
  };
}

export async function measureHistory(options: HistoryBenchOptions) {
  // The app's modules read their configuration at first use; the bench's database and a secret.
  process.env.DATABASE_URL = options.databaseUrl;
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64url');
  // The preload the bench's child processes get (node --import), here for this process's own imports.
  await import(pathToFileURL(path.resolve('bench', 'allow-server-only.mjs')).href);
  const { dashboardPresence } = await import('@/lib/score-history/dashboard-presence');
  const { locationScoreHistory, organisationScoreHistory } = await import('@/lib/score-history/read-history');
  const { listingMovements } = await import('@/lib/score-history/listing-movements');
  const { organisationScore } = await import('@/lib/listings/score');
  const { takeScoreSnapshot } = await import('@/lib/score-history/take-snapshot');
  const { addDaysToDate, todayIn } = await import('@/lib/weeks/iso-week');
  const { GET: scoreHistoryRoute } = await import('@/app/api/v1/score-history/route');
  const { pool } = await import('@/lib/db/pool');

  const client = await setupClient(options.databaseUrl);
  const member = await ownerContext(client, options.slug, options.ownerEmail);
  const organisationId = member.organisation.id;
  const { rows: sample } = await client.query<{ id: string }>(
    `SELECT id FROM locations WHERE organisation_id = $1 AND archived_at IS NULL ORDER BY store_code LIMIT 1`,
    [organisationId],
  );
  const locationId = sample[0]!.id;
  const { tokens, remove: removeTokens } = await createApiTokens(options.databaseUrl, [
    { slug: options.slug, name: 'Bench score history' },
  ]);
  const runs = options.quick ? 5 : 20;
  try {
    const seeded = await seedHistory(client, organisationId);
    const today = todayIn(member.organisation.timeZone);
    const year = { from: addDaysToDate(today, -(historyDays - 1)), to: today };
    const quarter = { from: addDaysToDate(today, -89), to: today };
    // A fresh data version per call: the cached read misses, as on the first view after a change.
    const uncached = () => ({ ...member, dataVersion: randomBytes(6).toString('hex') });
    const api = async (query: string) => {
      const response = await scoreHistoryRoute(
        new Request(`http://localhost/api/v1/score-history?${query}`, {
          headers: { authorization: `Bearer ${tokens[0]}` },
        }),
      );
      if (response.status !== 200) throw new Error(`score-history answered ${response.status}`);
      return ((await response.json()) as { data: unknown[] }).data.length;
    };
    const readings = [
      await measureRead(
        'Dashboard presence, 12 months (score, trend, changes)',
        options.statementLog,
        runs,
        async () => (await dashboardPresence(uncached(), year)).history.length,
      ),
      await measureRead(
        'Dashboard presence, 90 days',
        options.statementLog,
        runs,
        async () => (await dashboardPresence(uncached(), quarter)).history.length,
      ),
      // The dashboard read's parts: the live score alone (what the dashboard read before the
      // history existed), the trend alone and the 30 days' changes alone.
      await measureRead(
        'Live organisation score alone (before the history)',
        options.statementLog,
        runs,
        async () => (await organisationScore(uncached())).locations,
      ),
      await measureRead(
        'Organisation trend alone, 12 months',
        options.statementLog,
        runs,
        async () => (await organisationScoreHistory(member, year)).length,
      ),
      await measureRead(
        'Listing changes, last 30 days, organisation',
        options.statementLog,
        runs,
        async () => {
          const movements = await listingMovements(member);
          return movements.gained + movements.lost + movements.corrected;
        },
      ),
      await measureRead(
        'Location page trend, 12 months',
        options.statementLog,
        runs,
        async () => (await locationScoreHistory(member, locationId, year)).length,
      ),
      await measureRead(
        'GET /api/v1/score-history, organisation, 12 months',
        options.statementLog,
        runs,
        () => api(`from=${year.from}&to=${year.to}`),
      ),
      await measureRead(
        'GET /api/v1/score-history, one location, 12 months',
        options.statementLog,
        runs,
        () => api(`from=${year.from}&to=${year.to}&locationId=${locationId}`),
      ),
      await measureRead(
        'Daily snapshot of the chain (takeScoreSnapshot)',
        options.statementLog,
        3,
        async () => (await takeScoreSnapshot(organisationId)).locations,
      ),
    ];
    const historyReads = readings.filter((reading) =>
      /^(Organisation trend|Location page trend|GET \/api\/v1\/score-history)/.test(reading.read),
    );
    const dashboard = readings.filter((reading) => reading.read.startsWith('Dashboard presence'));
    const pass =
      historyReads.every(
        (reading) => reading.medianMs <= historyReadTargetMs && (reading.statements ?? 0) <= 2,
      ) && dashboard.every((reading) => (reading.statements ?? 1) === 1);
    return {
      target:
        `a year at ${seeded.locationRows / historyDays} locations: the trend, a location's and the API's reads at most 2 statements ` +
        `(the API's with its token's), median ≤ ${historyReadTargetMs} ms; the dashboard's score, trend and changes one statement`,
      pass,
      seeded,
      readings,
    };
  } finally {
    await removeHistory(client, organisationId).catch(() => {});
    await removeTokens().catch(() => {});
    await client.end();
    await pool()
      .end()
      .catch(() => {});
  }
}

export type HistoryBenchResult = Awaited<ReturnType<typeof measureHistory>>;

/** bench/results/history.{json,md}: kept beside latest.*, which the next run of another group replaces. */
export async function recordHistory(result: HistoryBenchResult) {
  const directory = path.join(process.cwd(), 'bench', 'results');
  const machine = machineInfo();
  const lines = [
    '# Reading a year of score history at 5,000 locations (npm run bench -- --only history)',
    `${machine.date} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · commit ${machine.gitCommit?.slice(0, 10)}`,
    `Target: ${result.target} — ${result.pass ? 'pass' : '**FAIL**'}`,
    `Seeded: ${result.seeded.locationRows} location snapshots and ${result.seeded.organisationRows} of the organisation ` +
      `in ${result.seeded.seconds} s (one INSERT … SELECT generate_series); location_score_snapshots ${result.seeded.tableMegabytes} MB with its indexes; ` +
      `${result.seeded.listingChanges} status changes in the last 30 days.`,
    [
      '| read | statements | median ms | p95 ms | runs | rows |',
      '| --- | --- | --- | --- | --- | --- |',
      ...result.readings.map(
        (reading) =>
          `| ${reading.read} | ${reading.statements ?? '–'} | ${reading.medianMs} | ${reading.p95Ms} | ${reading.runs} | ${reading.rows} |`,
      ),
    ].join('\n'),
  ];
  for (const [name, text] of [
    ['history.json', JSON.stringify({ machine, ...result })],
    ['history.md', lines.join('\n\n')],
  ] as const) {
    const file = path.join(directory, name);
    await writeFile(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
  }
}
