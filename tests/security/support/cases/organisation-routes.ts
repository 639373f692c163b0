// Registry: the route handlers under /o/[slug] (downloads, uploads and data for the pages'
// scripts). They read the session like pages do; another organisation's slug answers 404.
import { db } from '@/lib/db/prisma';
import { normaliseGeocodeQuery } from '@/lib/geocoding/geocode';
import { sessionRouteCase, type EntryPointCase } from '../entry-point-case';
import { timeEntry } from '../fixtures';

const o = 'app/(app)/o/[slug]';
const ok = { kind: 'status', status: 200 } as const;

const address = { street: 'Hafenstraße 12', postalCode: '27568', city: 'Bremerhaven', countryCode: 'DE' };

const importCsv = () =>
  [
    'Store code,Business name,Address line 1,Locality,Postal code',
    `IMP-${Date.now().toString(36)},Bäckerei Deichbrise Markt,Markt 2,Bremerhaven,27570`,
  ].join('\r\n');

const upload = (slug: string, step: 'apply' | 'preview') => ({
  path: `/o/${slug}/locations/import/${step}`,
  method: 'POST',
  headers: { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'text/csv' },
  body: importCsv(),
});

export const organisationRouteCases: EntryPointCase[] = [
  sessionRouteCase(
    `GET ${o}/locations/export/route.ts`,
    { minimumRole: 'STAFF', namesRecords: false },
    {
      request: ({ slug }) => ({ path: `/o/${slug}/locations/export` }),
      success: ok,
      writes: false,
      reveals: true,
    },
  ),
  sessionRouteCase(
    `POST ${o}/locations/geocode/route.ts`,
    { minimumRole: 'MANAGER', namesRecords: false },
    {
      // A cached answer: the geocoder itself is never asked.
      prepare: async () => {
        await db.geocodeResult.upsert({
          where: { query: normaliseGeocodeQuery(address) },
          create: {
            query: normaliseGeocodeQuery(address),
            latitude: 53.54,
            longitude: 8.58,
            displayName: 'Hafen',
          },
          update: {},
        });
        return {};
      },
      request: ({ slug }) => ({
        path: `/o/${slug}/locations/geocode`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(address),
      }),
      success: ok,
      writes: false,
    },
  ),
  sessionRouteCase(
    `POST ${o}/locations/place/route.ts`,
    { minimumRole: 'MANAGER', namesRecords: false },
    {
      request: ({ slug }) => ({
        path: `/o/${slug}/locations/place`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ postalCode: '27568', city: 'Bremerhaven', countryCode: 'DE' }),
      }),
      success: ok,
      writes: false,
    },
  ),
  sessionRouteCase(
    `POST ${o}/locations/import/apply/route.ts`,
    { minimumRole: 'MANAGER', namesRecords: false },
    { request: ({ slug }) => upload(slug, 'apply'), success: ok, writes: true },
  ),
  sessionRouteCase(
    `POST ${o}/locations/import/preview/route.ts`,
    { minimumRole: 'MANAGER', namesRecords: false },
    { request: ({ slug }) => upload(slug, 'preview'), success: ok, writes: false },
  ),
  sessionRouteCase(
    `GET ${o}/locations/map/data/route.ts`,
    { minimumRole: 'STAFF', namesRecords: false },
    {
      request: ({ slug }) => ({ path: `/o/${slug}/locations/map/data` }),
      success: ok,
      writes: false,
      reveals: true,
    },
  ),
  sessionRouteCase(
    `GET ${o}/time/export/route.ts`,
    { minimumRole: 'STAFF', namesRecords: false },
    {
      prepare: timeEntry,
      request: ({ slug, world }) => ({
        path: `/o/${slug}/time/export?from=${world.today}&to=${world.today}`,
      }),
      success: ok,
      writes: false,
      reveals: true,
    },
  ),
];
