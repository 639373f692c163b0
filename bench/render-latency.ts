// Measurement 2: server render latency of each page at 5,000 locations, signed in, as a multiple
// of the floor (/account) measured in the same round: N sequential requests after a warm-up, p50
// and p95 of each. The round is repeated; the report gives median and spread of the ratios. The
// pages' organisation-wide reads come from the app's cache there (lib/cache/organisation-cache.ts),
// as for every view but the first after a change; that first view is sampled too (cached reads
// expired before each request) and reported beside them, without a target.
import { percentile, spreadOf, type BenchContext, type Spread } from './context';
import { expectOk, type Credentials } from './http';
import { benchPages, credentialsFor, floorPage } from './pages';

export const maxLatencyRatio = 3;

type Sample = { p50: number; p95: number; requests: number };

export type PageLatency = {
  page: string;
  label: string;
  /** Requests measured per round (fewer than asked when a slow page used up its time). */
  requests: number[];
  p50Ms: Spread;
  p95Ms: Spread;
  p50Ratio: Spread;
  p95Ratio: Spread;
  /** p50 of the first view after a change, and its multiple of the floor's p50 (median of rounds). */
  firstView: { requests: number; p50Ms: number; p50Ratio: number };
  pass: boolean;
};

/** Slow pages stop early (after at least this many requests) once a round has spent its time on them. */
const minimumRequests = 10;

async function sample(
  context: BenchContext,
  path: string,
  credentials: Credentials,
  requests: number,
  budgetMs: number,
) {
  const warmUp = context.quick ? 2 : 3;
  for (let index = 0; index < warmUp; index++) await expectOk(context.baseUrl, path, credentials);
  const times: number[] = [];
  const started = performance.now();
  while (
    times.length < requests &&
    (times.length < minimumRequests || performance.now() - started < budgetMs)
  ) {
    times.push((await expectOk(context.baseUrl, path, credentials)).ms);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), requests: times.length };
}

/** The page as first viewed after a change: the organisation's cached reads expired each time. */
async function sampleFirstView(
  context: BenchContext,
  slug: string,
  path: string,
  credentials: Credentials,
  requests: number,
) {
  const times: number[] = [];
  for (let index = 0; index < requests; index++) {
    await context.expireCache(slug);
    times.push((await expectOk(context.baseUrl, path, credentials)).ms);
  }
  return { requests, p50: percentile(times, 50) };
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
const spreadRounded = (values: number[], round: (value: number) => number) => {
  const spread = spreadOf(values);
  return { ...spread, median: round(spread.median), min: round(spread.min), max: round(spread.max) };
};

export async function measureRenderLatency(context: BenchContext, apiTokens: Record<string, string>) {
  const requests = context.quick ? 10 : 40;
  const rounds = context.quick ? 1 : 3;
  const budgetMs = context.quick ? 5_000 : 15_000;
  const firstViewRequests = context.quick ? 5 : 10;
  const organisation = context.organisations.chain;
  const pages = benchPages();
  const floors: Sample[] = [];
  const samples = new Map<string, Sample[]>(pages.map((page) => [page.key, []]));
  for (let round = 0; round < rounds; round++) {
    floors.push(await sample(context, floorPage.path, { cookie: context.cookie }, requests, budgetMs));
    for (const page of pages) {
      const credentials = credentialsFor(page, organisation, context.cookie, apiTokens);
      samples
        .get(page.key)!
        .push(await sample(context, page.path(organisation), credentials, requests, budgetMs));
    }
  }
  const firstViews = new Map<string, { requests: number; p50: number }>();
  for (const page of pages) {
    const credentials = credentialsFor(page, organisation, context.cookie, apiTokens);
    firstViews.set(
      page.key,
      await sampleFirstView(
        context,
        organisation.slug,
        page.path(organisation),
        credentials,
        firstViewRequests,
      ),
    );
  }
  const floorP50 = spreadOf(floors.map((entry) => entry.p50)).median;
  const results: PageLatency[] = pages.map((page) => {
    const firstView = firstViews.get(page.key)!;
    const own = samples.get(page.key)!;
    const p50Ratio = spreadRounded(
      own.map((entry, round) => entry.p50 / floors[round]!.p50),
      round2,
    );
    const p95Ratio = spreadRounded(
      own.map((entry, round) => entry.p95 / floors[round]!.p95),
      round2,
    );
    return {
      page: page.key,
      label: page.label,
      requests: own.map((entry) => entry.requests),
      p50Ms: spreadRounded(
        own.map((entry) => entry.p50),
        round1,
      ),
      p95Ms: spreadRounded(
        own.map((entry) => entry.p95),
        round1,
      ),
      p50Ratio,
      p95Ratio,
      firstView: {
        requests: firstView.requests,
        p50Ms: round1(firstView.p50),
        p50Ratio: round2(firstView.p50 / floorP50),
      },
      pass: p50Ratio.median <= maxLatencyRatio && p95Ratio.median <= maxLatencyRatio,
    };
  });
  return {
    target: `p50 and p95 at most ${maxLatencyRatio}× the floor's, at ${organisation.locations.toLocaleString('en')} locations`,
    floor: {
      page: floorPage.path,
      what: floorPage.label,
      p50Ms: spreadRounded(
        floors.map((entry) => entry.p50),
        round1,
      ),
      p95Ms: spreadRounded(
        floors.map((entry) => entry.p95),
        round1,
      ),
    },
    requestsPerPage: requests,
    firstViewRequestsPerPage: firstViewRequests,
    secondsPerPageAndRound: budgetMs / 1000,
    rounds,
    pages: results,
    pass: results.every((result) => result.pass),
  };
}
