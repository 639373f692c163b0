// The child process of bench/placement.ts: a fresh Node process (run with --conditions=react-server
// for the server-only modules and --expose-gc), so the gazetteer's memory is measured alone.
// Prints one line of JSON.
import { loadPlaces } from '@/lib/gazetteer/load-places';
import { parseLocationCsv } from '@/lib/locations/csv/parse-location-csv';
import { planLocationImport } from '@/lib/locations/csv/plan-location-import';
import { placeInIndex } from '@/lib/locations/placement/place-location';

const rowCount = Number(process.argv[2] ?? 10_000);
const collect = () => (globalThis as { gc?: () => void }).gc?.();
const megabytes = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
const elapsed = (since: number) => Math.round((performance.now() - since) * 10) / 10;

// Addresses as a chain's sheet holds them: towns across DE, AT and CH, a name two towns share,
// a four-digit German postcode as Excel leaves it, an unknown village, a postcode that does not
// fit its town, and a place abroad.
const addresses: [postcode: string, city: string, country: string][] = [
  ['27568', 'Bremerhaven', ''],
  ['01067', 'Dresden', 'DE'],
  ['1067', 'Dresden', ''],
  ['10115', 'Berlin', 'DE'],
  ['20095', 'Hamburg', 'DE'],
  ['80331', 'München', 'DE'],
  ['50667', 'Köln', 'DE'],
  ['60311', 'Frankfurt am Main', 'DE'],
  ['15230', 'Frankfurt (Oder)', 'DE'],
  ['27607', 'Langen', 'DE'],
  ['63225', 'Langen', 'DE'],
  ['28195', 'Bremen', 'DE'],
  ['26122', 'Oldenburg', 'DE'],
  ['79098', 'Freiburg im Breisgau', 'DE'],
  ['27619', 'Schiffdorf', 'DE'],
  ['27612', 'Loxstedt', 'DE'],
  ['21762', 'Otterndorf', 'DE'],
  ['18546', 'Sassnitz', 'DE'],
  ['27639', 'Kleinwurster Deichhausen', 'DE'],
  ['72568', 'Bremerhaven', 'DE'],
  ['1010', 'Wien', 'AT'],
  ['5020', 'Salzburg', 'AT'],
  ['6900', 'Bregenz', 'AT'],
  ['8001', 'Zürich', 'CH'],
  ['3011', 'Bern', 'CH'],
  ['6900', 'Lugano', 'CH'],
  ['75001', 'Paris', 'FR'],
];

function csvOf(count: number) {
  const columns = [
    'Store code',
    'Business name',
    'Address line 1',
    'Postal code',
    'Locality',
    'Country/Region',
  ];
  const lines = [columns.join(',')];
  for (let index = 0; index < count; index++) {
    const [postcode, city, country] = addresses[index % addresses.length]!;
    lines.push(
      [`B-${index}`, `Filiale ${index}`, `Hauptstraße ${index % 200}`, postcode, city, country].join(','),
    );
  }
  return lines.join('\n');
}

collect();
const baseline = process.memoryUsage();
let since = performance.now();
const places = await loadPlaces();
const loadMs = elapsed(since);
const peakRssAfterLoad = process.resourceUsage().maxRSS * 1024;
collect();
const loaded = process.memoryUsage();

const parsed = await parseLocationCsv(csvOf(rowCount));
since = performance.now();
const planned = await planLocationImport(parsed.rows, []);
const planMs = elapsed(since);

since = performance.now();
for (const row of planned) if (row.input) placeInIndex(places, row.input);
const placeOnlyMs = elapsed(since);

const count = (test: (row: (typeof planned)[number]) => boolean) => planned.filter(test).length;
console.info(
  JSON.stringify({
    rows: planned.length,
    gazetteerPlaces: new Set([...places.values()].flat()).size,
    gazetteerLoadMs: loadMs,
    gazetteerRetainedHeapMb: megabytes(loaded.heapUsed - baseline.heapUsed),
    rssBeforeLoadMb: megabytes(baseline.rss),
    peakRssAfterLoadMb: megabytes(peakRssAfterLoad),
    rssAfterLoadMb: megabytes(loaded.rss),
    planMs,
    planMsPerThousandRows: Math.round((planMs / planned.length) * 1000 * 10) / 10,
    placementOnlyMs: placeOnlyMs,
    placed: {
      municipality: count((row) => row.placement?.positionPrecision === 'MUNICIPALITY'),
      postcodeRegion: count((row) => row.placement?.positionPrecision === 'POSTCODE_REGION'),
      none: count((row) => row.outcome !== 'reject' && row.placement?.latitude === null),
      rejected: count((row) => row.outcome === 'reject'),
    },
    rowsWithWarnings: count((row) => row.warnings.length > 0),
  }),
);
