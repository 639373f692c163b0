// Benchmark 5: JavaScript shipped per route, gzip, from the production build's own statistics
// (.next/diagnostics/route-bundle-stats.json, see browser/next-build-stats.ts), with budgets, checked against what Chromium actually
// downloads for the dashboard and the map page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, signedInContext } from './browser/chromium';
import { gzipSizer, routeChunks, type RouteChunks } from './browser/next-build-stats';
import type { BenchContext } from './context';

/** kB = 1,000 bytes of gzip. The map page's budget holds Leaflet and markercluster, loaded on demand. */
export const bundleBudgetsKb = { page: 170, mapPage: 250 };

/** The routes the issue names, by key. */
export const measuredRoutes = {
  signIn: '/sign-in',
  dashboard: '/o/[slug]',
  locations: '/o/[slug]/locations',
  map: '/o/[slug]/locations/map',
  listings: '/o/[slug]/listings',
  checklist: '/o/[slug]/locations/[locationId]/listings',
  checkIn: '/o/[slug]/locations/[locationId]/checkins/[week]',
  timeLog: '/o/[slug]/time',
  benchmarks: '/o/[slug]/benchmarks',
} as const;

export type RouteBundle = {
  route: string;
  /** Gzip kB of the root main files and the route's own client chunks: what loads with the page. */
  firstLoadKb: number;
  /** Gzip kB of chunks the page may load on demand later (import()). */
  lazyKb: number;
  /** What the budget is compared with: first load, plus the lazy chunks on the map page. */
  countedKb: number;
  budgetKb: number;
  pass: boolean;
};

export type BrowserCheck = {
  url: string;
  route: string;
  /** Sum of the encoded (gzip) body sizes of the scripts Chromium downloaded, kB. */
  downloadedKb: number;
  scripts: number;
  /** The build statistics' figure for the same page: countedKb. */
  fromBuildKb: number;
};

export type BundleResult = {
  buildId: string;
  /** The named routes, by key. */
  routes: Record<keyof typeof measuredRoutes, RouteBundle>;
  /** Every page of the build. */
  allRoutes: RouteBundle[];
  /** JavaScript every page loads (rootMainFiles), kB gzip. */
  sharedKb: number;
  budgets: typeof bundleBudgetsKb;
  browserChecks: BrowserCheck[];
  pass: boolean;
};

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

export async function measureBundles(
  context: BenchContext,
  nextDir = path.join(process.cwd(), '.next'),
): Promise<BundleResult> {
  const gzipSize = gzipSizer(nextDir);
  const total = async (chunks: string[]) =>
    (await Promise.all(chunks.map(gzipSize))).reduce((sum, size) => sum + size, 0);
  const bundles = new Map<string, RouteBundle>();
  for (const chunks of await routeChunks(nextDir))
    bundles.set(chunks.route, await routeBundle(chunks, total));

  const routes = Object.fromEntries(
    Object.entries(measuredRoutes).map(([key, route]) => {
      const bundle = bundles.get(route);
      if (!bundle) throw new Error(`The build in ${nextDir} has no page ${route}`);
      return [key, bundle];
    }),
  ) as BundleResult['routes'];
  const buildManifest = JSON.parse(await readFile(path.join(nextDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };

  return {
    buildId: (await readFile(path.join(nextDir, 'BUILD_ID'), 'utf8')).trim(),
    routes,
    allRoutes: [...bundles.values()],
    sharedKb: kb(await total(buildManifest.rootMainFiles)),
    budgets: bundleBudgetsKb,
    browserChecks: await checkInBrowser(context, routes),
    pass: Object.values(routes).every((bundle) => bundle.pass),
  };
}

async function routeBundle(chunks: RouteChunks, total: (chunks: string[]) => Promise<number>) {
  const isMap = chunks.route === measuredRoutes.map;
  const firstLoad = await total(chunks.firstLoad);
  const lazy = await total(chunks.lazy);
  const counted = isMap ? firstLoad + lazy : firstLoad;
  const budgetKb = isMap ? bundleBudgetsKb.mapPage : bundleBudgetsKb.page;
  return {
    route: chunks.route,
    firstLoadKb: kb(firstLoad),
    lazyKb: kb(lazy),
    countedKb: kb(counted),
    budgetKb,
    pass: kb(counted) <= budgetKb,
  } satisfies RouteBundle;
}

/** Loads the small organisation's dashboard and the map page and adds up the scripts' transfer. */
async function checkInBrowser(
  context: BenchContext,
  routes: BundleResult['routes'],
): Promise<BrowserCheck[]> {
  const pages = [
    { route: routes.dashboard, path: `/o/${context.organisations.small.slug}`, ready: 'main' },
    {
      route: routes.map,
      path: `/o/${context.organisations.map.slug}/locations/map`,
      ready: '[data-status="ready"]',
    },
  ];
  const browser = await launchChromium(context);
  try {
    const checks: BrowserCheck[] = [];
    for (const page of pages) {
      const browserContext = await signedInContext(browser, context);
      try {
        const tab = await browserContext.newPage();
        const scripts: Promise<number>[] = [];
        tab.on('requestfinished', (request) => {
          if (request.resourceType() === 'script')
            scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
        });
        const url = `${context.baseUrl}${page.path}`;
        await tab.goto(url, { waitUntil: 'load' });
        await tab.locator(page.ready).first().waitFor({ state: 'attached', timeout: 60_000 });
        await tab.waitForLoadState('networkidle');
        const sizes = await Promise.all(scripts);
        checks.push({
          url,
          route: page.route.route,
          downloadedKb: kb(sizes.reduce((sum, size) => sum + size, 0)),
          scripts: sizes.length,
          fromBuildKb: page.route.countedKb,
        });
      } finally {
        await browserContext.close();
      }
    }
    return checks;
  } finally {
    await browser.close();
  }
}
