// Benchmark 4: the location map in a real browser. Opens /o/<map-slug>/locations/map with
// 10,000 located locations (tiles off) in a fresh browser context per run and measures the time
// from navigation start to all markers clustered and interactive, and the longest main-thread task.
import type { Page } from '@playwright/test';
import { launchChromium, signedInContext } from './browser/chromium';
import { spreadOf, type BenchContext, type Spread } from './context';

export const mapTargets = { readyMs: 1500, longestTaskMs: 200 };

export type MapRun = {
  /** Navigation start → markers clustered and the map ready for input ('ortsbild:map-markers-ready'). */
  readyMs: number;
  /** Navigation start → the map component started (hydrated and effect run). */
  startedMs: number;
  /** Navigation start → Leaflet and the marker data both loaded. */
  dataMs: number;
  /** Longest main-thread task from navigation until a moment after ready. */
  longestTaskMs: number;
  longTasks: number;
  /** Markers the cluster group holds, as the map reports it (data-markers-ready). */
  markers: number;
};

export type MapResult = {
  url: string;
  organisation: string;
  warmUpRuns: number;
  runs: MapRun[];
  readyMs: Spread;
  longestTaskMs: Spread;
  targets: typeof mapTargets;
  pass: { ready: boolean; longestTask: boolean };
};

/** Time after ready during which long tasks still count (the list update, the last cluster draw). */
const settleMs = 500;
const readyTimeoutMs = 60_000;

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[];
  }
}

export async function measureMap(context: BenchContext): Promise<MapResult> {
  const organisation = context.organisations.map;
  const url = `${context.baseUrl}/o/${organisation.slug}/locations/map`;
  const browser = await launchChromium(context);
  try {
    const measure = async () => {
      const browserContext = await signedInContext(browser, context);
      try {
        const page = await browserContext.newPage();
        await page.addInitScript(observeLongTasks);
        return await measureOneLoad(page, url);
      } finally {
        await browserContext.close();
      }
    };
    // The first load after a server start pays for loading the route's server code; not counted.
    await measure();
    const runs: MapRun[] = [];
    for (let run = 0; run < (context.quick ? 2 : 5); run++) runs.push(await measure());
    const readyMs = spreadOf(runs.map((run) => run.readyMs));
    const longestTaskMs = spreadOf(runs.map((run) => run.longestTaskMs));
    return {
      url,
      organisation: organisation.slug,
      warmUpRuns: 1,
      runs,
      readyMs,
      longestTaskMs,
      targets: mapTargets,
      pass: {
        ready: readyMs.median < mapTargets.readyMs,
        longestTask: longestTaskMs.max <= mapTargets.longestTaskMs,
      },
    };
  } finally {
    await browser.close();
  }
}

/** Runs in the page before any of its scripts (addInitScript). */
function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  window.__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function measureOneLoad(page: Page, url: string): Promise<MapRun> {
  await page.goto(url, { waitUntil: 'commit' });
  const map = page.locator('[data-markers-ready], [data-status="error"]');
  await map.first().waitFor({ state: 'attached', timeout: readyTimeoutMs });
  if ((await map.first().getAttribute('data-status')) === 'error')
    throw new Error(`The map at ${url} failed to load`);
  await page.waitForTimeout(settleMs);
  // No named inner functions here: tsx would wrap them in a helper that the page does not have.
  const measured = await page.evaluate(() => {
    const [readyMs, startedMs, dataMs] = [
      'ortsbild:map-markers-ready',
      'ortsbild:map-start',
      'ortsbild:map-data',
    ].map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN);
    const tasks = window.__benchLongTasks ?? [];
    const container = document.querySelector<HTMLElement>('[data-markers-ready]');
    return {
      readyMs: readyMs!,
      startedMs: startedMs!,
      dataMs: dataMs!,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      longTasks: tasks.length,
      markers: Number(container?.dataset.markersReady),
    };
  });
  const round = (value: number) => Math.round(value);
  return {
    ...measured,
    readyMs: round(measured.readyMs),
    startedMs: round(measured.startedMs),
    dataMs: round(measured.dataMs),
    longestTaskMs: round(measured.longestTaskMs),
  };
}
