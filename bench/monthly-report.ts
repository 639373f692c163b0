// The monthly report at 5,000 locations (issue 16): the chain gets a year of daily score snapshots
// up to yesterday, last month's check-ins (three in four weeks submitted, with minutes) and a
// postcode group holding about a tenth of it; then the report is read through the app's own
// modules and pool for the organisation and for the group, rendered as a PDF, and asked of
// GET /api/v1/reports/monthly. Statements are counted at PostgreSQL (statement-log.ts); timings
// are medians and p95 of repeated calls. Everything seeded is removed again.
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

/** The report is read in at most this many statements, whatever the number of locations. */
export const reportStatementTarget = 8;
/** ...and within this many ms (median) for the whole chain. */
export const reportTargetMs = 500;
const benchNote = 'bench-monthly-report';
const benchGroup = 'Bench: Monatsbericht PLZ 27';

export type MonthlyReportBenchOptions = {
  databaseUrl: string;
  statementLog: StatementLog | null;
  slug: string;
  ownerEmail: string;
  quick: boolean;
};

type Reading = { read: string; statements: number | null; medianMs: number; p95Ms: number; runs: number };

async function ownerOf(client: pg.Client, slug: string, email: string): Promise<MemberContext> {
  const { rows } = await client.query(
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

/** A year of snapshots, last month's check-ins and a postcode group; answers the group's id and the counts. */
async function seed(client: pg.Client, organisationId: string) {
  await remove(client, organisationId);
  const since = performance.now();
  await client.query('SET statement_timeout = 0');
  const snapshots = await client.query(
    `INSERT INTO location_score_snapshots
       (location_id, snapshot_date, organisation_id, score, coverage, correctness, freshness, taken_at)
     SELECT l.id, day::date, l.organisation_id, s.score, s.score / 100.0, s.score / 100.0, s.score / 100.0, day
     FROM locations l
     CROSS JOIN generate_series(current_date - 365, current_date - 1, interval '1 day') AS day
     CROSS JOIN LATERAL (SELECT (40 + abs(hashtext(l.id::text)) % 30 + (current_date - day::date) % 7)::int AS score) s
     WHERE l.organisation_id = $1 AND l.archived_at IS NULL
     ON CONFLICT DO NOTHING`,
    [organisationId],
  );
  await client.query(
    `INSERT INTO organisation_score_snapshots
       (organisation_id, snapshot_date, locations, score, coverage, correctness, freshness, taken_at)
     SELECT organisation_id, snapshot_date, count(*)::int, round(avg(score))::int, avg(coverage),
            avg(correctness), avg(freshness), max(taken_at)
     FROM location_score_snapshots WHERE organisation_id = $1 GROUP BY organisation_id, snapshot_date
     ON CONFLICT DO NOTHING`,
    [organisationId],
  );
  const checkIns = await client.query(
    `WITH weeks AS (
       SELECT w::date AS week_start FROM generate_series(
         date_trunc('week', date_trunc('month', current_date) - interval '1 month'),
         date_trunc('month', current_date) - interval '1 day', interval '7 days') AS w
     ), inserted AS (
       INSERT INTO check_ins (id, organisation_id, location_id, week_start, status, submitted_at, notes, updated_at)
       SELECT gen_random_uuid(), l.organisation_id, l.id, w.week_start, 'SUBMITTED',
              w.week_start + interval '4 days' + (abs(hashtext(l.id::text)) % 3) * interval '1 day', $2, now()
       FROM locations l CROSS JOIN weeks w
       WHERE l.organisation_id = $1 AND l.archived_at IS NULL AND abs(hashtext(l.id::text || w.week_start::text)) % 4 <> 0
       ON CONFLICT DO NOTHING
       RETURNING id
     )
     INSERT INTO check_in_minutes (check_in_id, platform_id, activity, minutes)
     SELECT i.id, (SELECT id FROM platforms WHERE key = 'facebook'), 'POSTING', 30 + abs(hashtext(i.id::text)) % 120
     FROM inserted i`,
    [organisationId, benchNote],
  );
  const { rows: groups } = await client.query<{ id: string }>(
    `INSERT INTO location_groups (id, organisation_id, name, kind, rule_field, rule_value, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'REGION', 'POSTAL_CODE_PREFIX', '27', now()) RETURNING id`,
    [organisationId, benchGroup],
  );
  const { rows: members } = await client.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM location_group_members WHERE group_id = $1',
    [groups[0]!.id],
  );
  for (const table of [
    'location_score_snapshots',
    'organisation_score_snapshots',
    'check_ins',
    'check_in_minutes',
  ]) {
    await client.query(`ANALYZE ${table}`);
  }
  return {
    groupId: groups[0]!.id,
    groupLocations: members[0]!.count,
    snapshotRows: snapshots.rowCount ?? 0,
    checkInMinuteRows: checkIns.rowCount ?? 0,
    seconds: Math.round((performance.now() - since) / 100) / 10,
  };
}

async function remove(client: pg.Client, organisationId: string) {
  await client.query('SET statement_timeout = 0');
  await client.query('DELETE FROM location_score_snapshots WHERE organisation_id = $1', [organisationId]);
  await client.query('DELETE FROM organisation_score_snapshots WHERE organisation_id = $1', [organisationId]);
  await client.query('DELETE FROM check_ins WHERE organisation_id = $1 AND notes = $2', [
    organisationId,
    benchNote,
  ]);
  await client.query('DELETE FROM location_groups WHERE organisation_id = $1 AND name = $2', [
    organisationId,
    benchGroup,
  ]);
}

async function shiftCreation(client: pg.Client, organisationId: string, days: number) {
  await client.query(
    `UPDATE organisations SET created_at = created_at + make_interval(days => $2) WHERE id = $1`,
    [organisationId, days],
  );
  await client.query(
    `UPDATE locations SET created_at = created_at + make_interval(days => $2) WHERE organisation_id = $1`,
    [organisationId, days],
  );
  await client.query('ANALYZE locations');
}

async function measureRead(
  read: string,
  log: StatementLog | null,
  runs: number,
  call: () => Promise<unknown>,
) {
  await call();
  let statements: number | null = null;
  if (log) {
    await log.enable();
    try {
      statements = (await log.statementsDuring(async () => void (await call()), 50)).total;
    } finally {
      await log.disable();
    }
  }
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const since = performance.now();
    await call();
    timings.push(performance.now() - since);
  }
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    read,
    statements,
    medianMs: round(spreadOf(timings).median),
    p95Ms: round(percentile(timings, 95)),
    runs,
  };
}

export async function measureMonthlyReport(options: MonthlyReportBenchOptions) {
  process.env.DATABASE_URL = options.databaseUrl;
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64url');
  await import(pathToFileURL(path.resolve('bench', 'allow-server-only.mjs')).href);
  const { monthlyReport } = await import('@/lib/reports/monthly-report');
  const { renderMonthlyReportPdf } = await import('@/lib/reports/pdf/report-pdf');
  const { addMonths, currentMonthIn } = await import('@/lib/reports/month');
  const { GET: reportRoute } = await import('@/app/api/v1/reports/monthly/route');
  const { pool } = await import('@/lib/db/pool');

  const client = new pg.Client({
    connectionString: options.databaseUrl,
    application_name: 'ortsbild-bench-setup',
  });
  await client.connect();
  const member = await ownerOf(client, options.slug, options.ownerEmail);
  const organisationId = member.organisation.id;
  const { tokens, remove: removeTokens } = await createApiTokens(options.databaseUrl, [
    { slug: options.slug, name: 'Bench monthly report' },
  ]);
  const runs = options.quick ? 5 : 15;
  let shifted = false;
  try {
    const seeded = await seed(client, organisationId);
    // The chain must have existed last month for its report to exist and its weeks to be due:
    // the organisation and its locations are dated back 400 days while the bench reads (given
    // back below).
    await shiftCreation(client, organisationId, -400);
    shifted = true;
    const month = addMonths(currentMonthIn(member.organisation.timeZone), -1);
    const report = await monthlyReport(member, { month });
    const readings: Reading[] = [
      await measureRead('Monthly report, organisation', options.statementLog, runs, () =>
        monthlyReport(member, { month }),
      ),
      await measureRead('Monthly report, one group', options.statementLog, runs, () =>
        monthlyReport(member, { month, groupId: seeded.groupId }),
      ),
      await measureRead('GET /api/v1/reports/monthly, organisation', options.statementLog, runs, async () => {
        const response = await reportRoute(
          new Request(`http://localhost/api/v1/reports/monthly?month=${month}`, {
            headers: { authorization: `Bearer ${tokens[0]}` },
          }),
        );
        if (response.status !== 200) throw new Error(`reports/monthly answered ${response.status}`);
        await response.arrayBuffer();
      }),
      await measureRead('PDF of the organisation report (render only)', null, options.quick ? 3 : 7, () =>
        renderMonthlyReportPdf(report, 'de'),
      ),
    ];
    const pdfBytes = (await renderMonthlyReportPdf(report, 'de')).length;
    const reports = readings.slice(0, 2);
    const pass = reports.every(
      (reading) => (reading.statements ?? 0) <= reportStatementTarget && reading.medianMs <= reportTargetMs,
    );
    return {
      target: `the report of ${report.score.atMonthEnd?.locations ?? 0} locations (and of a group) in at most ${reportStatementTarget} statements, median ≤ ${reportTargetMs} ms`,
      pass,
      month,
      seeded,
      pdfBytes,
      figures: {
        needsAction: report.listings.needsAction.total,
        weeksDue: report.checkIns.totals.due,
        onTimePercent: report.checkIns.totals.onTimePercent,
      },
      readings,
    };
  } finally {
    if (shifted) await shiftCreation(client, organisationId, 400).catch(() => {});
    await remove(client, organisationId).catch(() => {});
    await removeTokens().catch(() => {});
    await client.end();
    await pool()
      .end()
      .catch(() => {});
  }
}

export type MonthlyReportBenchResult = Awaited<ReturnType<typeof measureMonthlyReport>>;

/** bench/results/monthly-report.{json,md}: kept beside latest.*, which the next run of another group replaces. */
export async function recordMonthlyReport(result: MonthlyReportBenchResult) {
  const directory = path.join(process.cwd(), 'bench', 'results');
  const machine = machineInfo();
  const lines = [
    '# The monthly report at 5,000 locations (npm run bench -- --only report)',
    `${machine.date} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · commit ${machine.gitCommit?.slice(0, 10)}`,
    `Target: ${result.target} — ${result.pass ? 'pass' : '**FAIL**'}`,
    `Month ${result.month}. Seeded in ${result.seeded.seconds} s: ${result.seeded.snapshotRows} location snapshots (a year), ` +
      `${result.seeded.checkInMinuteRows} check-ins of last month added (three weeks in four submitted, with minutes; the rest were there), a postcode group of ${result.seeded.groupLocations} locations. ` +
      `The report: ${result.figures.needsAction} listings need action, ${result.figures.weeksDue} weeks due, ${result.figures.onTimePercent} % on time; the PDF ${Math.round(result.pdfBytes / 1024)} KB.`,
    [
      '| read | statements | median ms | p95 ms | runs |',
      '| --- | --- | --- | --- | --- |',
      ...result.readings.map(
        (reading) =>
          `| ${reading.read} | ${reading.statements ?? '–'} | ${reading.medianMs} | ${reading.p95Ms} | ${reading.runs} |`,
      ),
    ].join('\n'),
  ];
  for (const [name, text] of [
    ['monthly-report.json', JSON.stringify({ machine, ...result })],
    ['monthly-report.md', lines.join('\n\n')],
  ] as const) {
    const file = path.join(directory, name);
    await writeFile(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
  }
}
