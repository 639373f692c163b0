// The child process of bench/verification.ts: a fresh Node process (bench/allow-server-only.mjs
// lets it load the server-only modules) that runs the app's job queue with the real verification
// workers, as a server instance does, starts one organisation-wide run as the owner and waits until
// it has finished. Its memory is the queue's and the workers' alone. The bench watches the run
// through a connection of its own (not the app's pool, whose statements are counted). Prints one
// line of JSON.
import pg from 'pg';
import type { MemberContext } from '@/lib/access/member-context';
import { pool } from '@/lib/db/pool';
import { createJobQueue } from '@/lib/jobs/queue';
import { parseAllowList } from '@/lib/outbound/allow-list';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { enqueueWith } from '@/lib/verification/runs/enqueue';
import { getVerificationRun, startVerification } from '@/lib/verification/verification-runs';

export type VerificationRunArguments = {
  slug: string;
  ownerEmail: string;
  overpassUrl: string;
  /** host:port of the local servers, as OUTBOUND_ALLOW names them. */
  allow: string;
  pollingIntervalSeconds: number;
  timeoutSeconds: number;
};

const args = JSON.parse(process.argv[2]!) as VerificationRunArguments;
const megabytes = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
const watch = new pg.Client({
  connectionString: process.env.DATABASE_URL,
  application_name: 'ortsbild-bench-watch',
});
await watch.connect();

async function ownerContext(): Promise<MemberContext> {
  const { rows } = await watch.query<{
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
    [args.slug, args.ownerEmail],
  );
  const row = rows[0];
  if (!row) throw new Error(`${args.ownerEmail} owns no organisation ${args.slug}.`);
  return {
    actor: { kind: 'member', userId: row.userId, name: row.name, email: args.ownerEmail, locale: row.locale },
    membershipId: row.membershipId,
    role: 'OWNER',
    organisation: row.organisation,
  };
}

/** Tasks per source and status, printed now and then so a long run shows where it is. */
async function reportProgress(runId: string, seconds: number) {
  const { rows } = await watch.query<{ source: string; status: string; count: number }>(
    `SELECT source, status, count(*)::int AS count FROM verification_tasks WHERE run_id = $1
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [runId],
  );
  const summary = rows.map((row) => `${row.source} ${row.status.toLowerCase()} ${row.count}`).join(', ');
  const memory = process.memoryUsage();
  console.error(
    `[verification ${String(seconds).padStart(5)} s] ${summary}; ` +
      `RSS ${megabytes(memory.rss)} MB, heap ${megabytes(memory.heapUsed)} MB`,
  );
}

const member = await ownerContext();
const boss = await createJobQueue({
  connectionString: process.env.DATABASE_URL!,
  // Check-in reminders would write notifications into the bench chain: due only on 29 February.
  reminderCron: '0 3 29 2 *',
  verification: {
    client: createOutboundClient({ allow: parseAllowList(args.allow) }),
    overpassUrl: args.overpassUrl,
    google: null,
    rateLimits: { overpass: null, website: null, google: null },
    retryBaseSeconds: 1,
    maxAttempts: 3,
    pollingIntervalSeconds: args.pollingIntervalSeconds,
  },
});

let peakRss = process.memoryUsage.rss();
const rssBefore = peakRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
const started = performance.now();
const run = await startVerification(member, { locationId: null }, 'MANUAL', enqueueWith(boss));
const startMs = Math.round(performance.now() - started);
let lastReport = performance.now();
for (;;) {
  const { rows } = await watch.query<{ finished: boolean }>(
    'SELECT finished_at IS NOT NULL AS finished FROM verification_runs WHERE id = $1',
    [run.id],
  );
  if (rows[0]?.finished) break;
  const seconds = Math.round((performance.now() - started) / 1000);
  if (seconds > args.timeoutSeconds)
    throw new Error(`The run did not finish within ${args.timeoutSeconds} s.`);
  if (performance.now() - lastReport > 30_000) {
    await reportProgress(run.id, seconds);
    lastReport = performance.now();
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const wallMs = Math.round(performance.now() - started);
clearInterval(sampler);
const after = process.memoryUsage();
peakRss = Math.max(peakRss, after.rss);
const finished = await getVerificationRun(member, run.id);
await boss.stop({ graceful: true, timeout: 10_000 });
await pool().end();
await watch.end();
console.info(
  JSON.stringify({
    runId: run.id,
    startMs,
    wallMs,
    rssBeforeRunMb: megabytes(rssBefore),
    peakRssDuringRunMb: megabytes(peakRss),
    rssAfterRunMb: megabytes(after.rss),
    heapUsedAfterRunMb: megabytes(after.heapUsed),
    sources: finished.sources,
  }),
);
// pg-boss and Prisma leave timers behind; everything is written.
process.exit(0);
