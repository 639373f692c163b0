// Runs the browser measurements (map, bundles, Lighthouse) against a running production server
// without the bench runner, signed in as the demo owner:
//   npx tsx bench/dev-browser.ts http://127.0.0.1:3000 [map|bundles|lighthouse ...] [--quick]
// Needs the demo organisation and the 10,000-location chain (`npm run seed -- --locations 10000`).
import { writeFile } from 'node:fs/promises';
import { measureMap } from './browser-map';
import { signIn } from './browser/sign-in';
import { measureBundles } from './bundle-size';
import type { BenchContext, BenchOrganisation } from './context';
import { measureLighthouse } from './lighthouse';

const [baseUrl, ...rest] = process.argv.slice(2);
if (!baseUrl) {
  console.error('Usage: npx tsx bench/dev-browser.ts <baseUrl> [map] [bundles] [lighthouse] [--quick]');
  process.exit(2);
}
const quick = rest.includes('--quick');
const chosen = rest.filter((argument) => !argument.startsWith('--'));
const wanted = (name: string) => chosen.length === 0 || chosen.includes(name);

const credentials = { email: 'demo@ortsbild.example', password: 'Deichbrise-2026' };
const cookie = await signIn(baseUrl, credentials);

/** The organisation's first location on its list page, found in the HTML. */
async function organisation(slug: string, locations: number): Promise<BenchOrganisation> {
  const html = await (await fetch(`${baseUrl}/o/${slug}/locations`, { headers: { cookie } })).text();
  const sampleLocationId = new RegExp(`/o/${slug}/locations/([0-9a-f-]{36})`).exec(html)?.[1];
  if (!sampleLocationId) throw new Error(`No location found for /o/${slug}`);
  return { slug, locations, sampleLocationId };
}

const demo = await organisation('baeckerei-deichbrise', 6);
const chain = await organisation('filialkette-nord', 10_000);
const context: BenchContext = {
  baseUrl,
  cookie,
  organisations: { small: demo, chain, map: chain },
  credentials,
  quick,
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  expireCache: () => Promise.reject(new Error('The browser measurements never expire the cache.')),
};

const results: Record<string, unknown> = {};
if (wanted('bundles')) results.bundles = await measureBundles(context);
if (wanted('map')) results.map = await measureMap(context);
if (wanted('lighthouse')) results.lighthouse = await measureLighthouse(context);
const output = JSON.stringify(results, null, 2);
await writeFile('bench/results/dev-browser.json', output).catch(() => undefined);
console.info(output);
