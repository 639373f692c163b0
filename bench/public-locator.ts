// Benchmark of the public store locator (issue 17) against the production server, for the
// 5,000-location chain with its locator switched on:
// - the time a visitor waits: sequential requests to the list, a search by place and by postcode,
//   and a location page (served from the snapshot in memory);
// - the burst: 500 anonymous requests (20 at a time) to the locator's list page after one first
//   request, counted in PostgreSQL's statement log as the page counts are (bench/query-counts.ts):
//   the first may read the snapshot, the burst must issue no statement at all;
// - Lighthouse (mobile preset) on the list page and one location page: performance ≥ 95,
//   accessibility 100, SEO 100; and the JavaScript the list page loads (transfer size, the map
//   excluded: it loads only when shown) ≤ 100 kB.
// The server runs with LOCATOR_RATE_LIMIT raised for the burst (scripts/bench.ts), since 500
// requests from one address are what the limit exists to refuse.
import pg from 'pg';
import type { Result } from 'lighthouse';
import { auditOnce } from './lighthouse';
import { spreadOf, type BenchContext, type Spread } from './context';
import type { StatementLog } from './statement-log';

export const locatorTargets = { performance: 95, accessibility: 100, seo: 100, firstLoadScriptKb: 100 };
const locatorCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type LocatorCategory = (typeof locatorCategories)[number];

const burstRequests = 500;
const burstConcurrency = 20;

/** Switches the chain's locator on with every field published (idempotent). */
export async function publishChainLocator(databaseUrl: string, slug: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `UPDATE organisations SET public_locator = true,
         published_fields = ARRAY['PHONE','WEBSITE','EMAIL','OPENING_HOURS','CATEGORY','DESCRIPTION']::"PublishedField"[]
       WHERE slug = $1`,
      [slug],
    );
    const { rows } = await client.query<{ store_code: string }>(
      `SELECT l.store_code FROM locations l JOIN organisations o ON o.id = l.organisation_id
       WHERE o.slug = $1 AND l.archived_at IS NULL AND l.status <> 'CLOSED' ORDER BY l.name LIMIT 1`,
      [slug],
    );
    return rows[0]!.store_code;
  } finally {
    await client.end();
  }
}

async function get(url: string) {
  const response = await fetch(url, { headers: { accept: 'text/html', 'accept-language': 'de-DE' } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
}

async function burst(url: string) {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: burstConcurrency }, async () => {
      while (next < burstRequests) {
        next++;
        await get(url);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: burstRequests,
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round(burstRequests / seconds),
  };
}

/** Median and 95th percentile of sequential requests (one at a time: the time a visitor waits). */
async function latency(url: string, count: number) {
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await get(url);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) =>
    Number(times[Math.min(times.length - 1, Math.floor(times.length * share))]!.toFixed(1));
  return { requests: count, medianMs: at(0.5), p95Ms: at(0.95) };
}

type AuditSummary = {
  url: string;
  scores: Record<LocatorCategory, Spread>;
  /** Scripts the page loaded during the median run, kB transferred (compressed). */
  firstLoadScriptKb: number;
  pass: boolean;
};

function scriptKb(lhr: Result) {
  const items = (
    lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] }
  )?.items;
  const bytes = (items ?? [])
    .filter((item) => item.resourceType === 'Script')
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return Number((bytes / 1024).toFixed(1));
}

async function auditLocatorPage(context: BenchContext, url: string): Promise<AuditSummary> {
  const runs: Result[] = [];
  for (let run = 0; run < (context.quick ? 1 : 3); run++)
    runs.push(await auditOnce(context, url, false, [...locatorCategories]));
  const score = (lhr: Result, category: LocatorCategory) =>
    Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const scores = Object.fromEntries(
    locatorCategories.map((category) => [category, spreadOf(runs.map((lhr) => score(lhr, category)))]),
  ) as AuditSummary['scores'];
  const byPerformance = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  const firstLoadScriptKb = scriptKb(median);
  return {
    url,
    scores,
    firstLoadScriptKb,
    pass:
      scores.performance.median >= locatorTargets.performance &&
      scores.accessibility.median >= locatorTargets.accessibility &&
      scores.seo.median >= locatorTargets.seo &&
      firstLoadScriptKb <= locatorTargets.firstLoadScriptKb,
  };
}

export async function measurePublicLocator(
  context: BenchContext,
  databaseUrl: string,
  statementLog: StatementLog | undefined,
) {
  const { chain } = context.organisations;
  const storeCode = await publishChainLocator(databaseUrl, chain.slug);
  const listUrl = `${context.baseUrl}/l/${chain.slug}`;
  const locationUrl = `${listUrl}/${encodeURIComponent(storeCode)}`;

  let statements: { first: number; burst: number } | null = null;
  let timing: Awaited<ReturnType<typeof burst>>;
  if (statementLog) {
    await statementLog.enable();
    try {
      const first = await statementLog.statementsDuring(() => get(listUrl));
      let measured: Awaited<ReturnType<typeof burst>> | undefined;
      const during = await statementLog.statementsDuring(async () => {
        measured = await burst(listUrl);
      });
      timing = measured!;
      statements = { first: first.total, burst: during.total };
    } finally {
      await statementLog.disable();
    }
  } else {
    await get(listUrl);
    timing = await burst(listUrl);
  }

  const requests = context.quick ? 20 : 100;
  const sequential = {
    list: await latency(listUrl, requests),
    searchByPlace: await latency(`${listUrl}?q=Hamburg`, requests),
    searchByPostcode: await latency(`${listUrl}?q=20`, requests),
    location: await latency(locationUrl, requests),
  };
  const list = await auditLocatorPage(context, listUrl);
  const location = await auditLocatorPage(context, locationUrl);
  return {
    target:
      'a burst of 500 requests after the first issues no SQL; Lighthouse mobile performance ≥ 95, ' +
      'accessibility 100, SEO 100; first-load JavaScript ≤ 100 kB (map excluded)',
    locations: chain.locations,
    statements,
    burst: timing,
    sequential,
    lighthouse: { list, location },
    pass: (statements === null || statements.burst === 0) && list.pass && location.pass,
  };
}
