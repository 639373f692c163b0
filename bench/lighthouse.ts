// Benchmark 6: Lighthouse 12 (mobile preset, the default config) against the production server
// with the system Chromium, signed in through the session cookie: performance, accessibility and
// best practices of the sign-in page, the dashboard, the map, a checklist and a check-in form.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { currentIsoWeek, formatIsoWeek } from '../lib/weeks/iso-week';
import { sandboxFlags } from './browser/chromium';
import {
  belowTarget,
  categoryScores,
  failingAudits,
  keyMetrics,
  lighthouseCategories,
  lighthouseTargets,
  medianRunIndex,
  type CategoryScores,
  type LighthouseCategory,
} from './browser/lighthouse-scores';
import { spreadOf, type BenchContext, type Spread } from './context';

type AuditedPage = {
  key: 'signIn' | 'dashboard' | 'map' | 'checklist' | 'checkIn';
  label: string;
  path: string;
  /** Which seeded organisation the page belongs to (none for sign-in). */
  organisation: 'small' | 'map' | null;
  signedIn: boolean;
};

export type LighthousePageResult = {
  key: AuditedPage['key'];
  label: string;
  url: string;
  organisation: string | null;
  runs: CategoryScores[];
  /** Median and spread of each category over the runs. */
  scores: Record<LighthouseCategory, Spread>;
  /** The median run (by performance): its scores, metrics and the audits that cost points. */
  medianRun: {
    scores: CategoryScores;
    metrics: ReturnType<typeof keyMetrics>;
    failingAudits: Partial<Record<LighthouseCategory, string[]>>;
  };
  pass: boolean;
};

export type LighthouseResult = {
  lighthouseVersion: string;
  preset: 'mobile (default config, simulated throttling)';
  runsPerPage: number;
  targets: CategoryScores;
  pages: LighthousePageResult[];
  pass: boolean;
};

/** The check-in form of the current ISO week; the seeded organisations are in Europe/Berlin. */
export function auditedPages(context: BenchContext): AuditedPage[] {
  const { small, map } = context.organisations;
  const week = formatIsoWeek(currentIsoWeek('Europe/Berlin'));
  const pages: AuditedPage[] = [
    { key: 'signIn', label: 'Sign-in', path: '/sign-in', organisation: null, signedIn: false },
    { key: 'dashboard', label: 'Dashboard', path: `/o/${small.slug}`, organisation: 'small', signedIn: true },
    { key: 'map', label: 'Map', path: `/o/${map.slug}/locations/map`, organisation: 'map', signedIn: true },
    {
      key: 'checklist',
      label: 'Checklist',
      path: `/o/${small.slug}/locations/${small.sampleLocationId}/listings`,
      organisation: 'small',
      signedIn: true,
    },
    {
      key: 'checkIn',
      label: 'Check-in form',
      path: `/o/${small.slug}/locations/${small.sampleLocationId}/checkins/${week}`,
      organisation: 'small',
      signedIn: true,
    },
  ];
  return context.quick ? pages.filter((page) => page.key === 'dashboard' || page.key === 'map') : pages;
}

export async function measureLighthouse(context: BenchContext): Promise<LighthouseResult> {
  const runsPerPage = context.quick ? 1 : 5;
  const pages: LighthousePageResult[] = [];
  let lighthouseVersion = '';
  for (const page of auditedPages(context)) {
    const url = `${context.baseUrl}${page.path}`;
    const runs: Awaited<ReturnType<typeof auditOnce>>[] = [];
    for (let run = 0; run < runsPerPage; run++) runs.push(await auditOnce(context, url, page.signedIn));
    lighthouseVersion = runs[0]!.lighthouseVersion;
    const scores = runs.map((run) => categoryScores(run));
    const median = runs[medianRunIndex(scores)]!;
    const medianScores = categoryScores(median);
    const spreads = Object.fromEntries(
      lighthouseCategories.map((category) => [category, spreadOf(scores.map((score) => score[category]))]),
    ) as LighthousePageResult['scores'];
    const medians = Object.fromEntries(
      lighthouseCategories.map((category) => [category, spreads[category].median]),
    ) as CategoryScores;
    pages.push({
      key: page.key,
      label: page.label,
      url,
      organisation: page.organisation ? context.organisations[page.organisation].slug : null,
      runs: scores,
      scores: spreads,
      medianRun: {
        scores: medianScores,
        metrics: keyMetrics(median),
        failingAudits: Object.fromEntries(
          belowTarget(medians).map((category) => [category, failingAudits(median, category)]),
        ),
      },
      pass: belowTarget(medians).length === 0,
    });
  }
  return {
    lighthouseVersion,
    preset: 'mobile (default config, simulated throttling)',
    runsPerPage,
    targets: lighthouseTargets,
    pages,
    pass: pages.every((page) => page.pass),
  };
}

/** One Lighthouse run in a freshly launched Chromium (empty cache and profile). */
export async function auditOnce(
  context: BenchContext,
  url: string,
  signedIn: boolean,
  categories: string[] = [...lighthouseCategories],
) {
  const chrome = await chromeLauncher.launch({
    chromePath: context.chromiumPath,
    chromeFlags: ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage', ...sandboxFlags()],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      extraHeaders: signedIn ? { Cookie: context.cookie } : undefined,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
      throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl} instead of ${url} (signed out?)`);
    }
    return lhr;
  } finally {
    chrome.kill();
  }
}
