import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as exportFile } from '@/app/api/v1/locations/export/route';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { db } from '@/lib/db/prisma';
import { exportLocations } from '@/lib/publishing/exports/export-locations';
import { bingPlacesColumns } from '@/lib/publishing/exports/bing-places';
import { exportFormats } from '@/lib/publishing/exports/schemas';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { expectAppError, insertTestLocation } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';

// GET /api/v1/locations/export?format=…: the same selection as the Google export for every file
// (the token's organisation, ?group=, archived locations left out), the right media types and
// file names, and a group-limited manager's export narrowed to their groups.

async function setUp() {
  const team = await createGroupedTeam();
  const organisationId = team.organisation.id;
  await insertTestLocation(organisationId, 'Archiviert Geestemünde', {
    archivedAt: new Date(),
    latitude: 53.53,
    longitude: 8.6,
    positionSource: 'MANUAL',
  });
  await insertTestLocation(organisationId, 'Ohne Position Mitte');
  const stranger = await createGroupedTeam();
  await insertTestLocation(stranger.organisation.id, 'Fremde Filiale', { latitude: 53.5, longitude: 8.5 });
  return { team, stranger, token: await tokenFor(team.manager) };
}

const path = (query: string) => `/api/v1/locations/export?${query}`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GET /api/v1/locations/export?format=', () => {
  it('answers each format with its media type and file name, without archived or foreign locations', async () => {
    const { team, token } = await setUp();
    const slug = team.organisation.slug;
    const expected = {
      bing: [
        'text/csv; charset=utf-8',
        /^attachment; filename="locations-.+-\d{4}-\d{2}-\d{2}-bing-places\.csv"$/,
      ],
      apple: ['text/csv; charset=utf-8', /-apple-business-connect\.csv"$/],
      geojson: ['application/geo+json', /\.geojson"$/],
      kml: ['application/vnd.google-earth.kml+xml; charset=utf-8', /\.kml"$/],
    } as const;
    for (const [format, [contentType, fileName]] of Object.entries(expected)) {
      const answer = await callApi(exportFile, { token, path: path(`format=${format}`) });
      expect(answer.status, format).toBe(200);
      expect(answer.headers.get('content-type'), format).toBe(contentType);
      expect(answer.headers.get('content-disposition'), format).toMatch(fileName);
      expect(answer.headers.get('content-disposition'), format).toContain(`locations-${slug}-`);
      expect(answer.text, format).toContain('Nord Lehe');
      expect(answer.text, format).toContain('Süd Wulsdorf');
      expect(answer.text, format).not.toContain('Archiviert');
      expect(answer.text, format).not.toContain('Fremde Filiale');
    }

    const bing = await callApi(exportFile, { token, path: path('format=bing') });
    // (Response#text drops the byte order mark the file starts with.)
    expect(bing.text.split('\r\n')[0]).toBe(bingPlacesColumns.join(','));
    // Nord, Süd and the one without a position: three rows after the header.
    expect(bing.text.trimEnd().split('\r\n')).toHaveLength(4);
    expect(bing.headers.get('x-omitted-without-position')).toBeNull();

    const geojson = await callApi(exportFile, { token, path: path('format=geojson') });
    expect(geojson.headers.get('x-omitted-without-position')).toBe('1');
    const names = JSON.parse(geojson.text).features.map(
      (feature: { properties: { name: string } }) => feature.properties.name,
    );
    expect(names.sort()).toEqual(['Nord Lehe', 'Süd Wulsdorf']);

    // Without a format: the Google sheet, as before.
    const google = await callApi(exportFile, { token, path: '/api/v1/locations/export' });
    expect(google.text.split('\r\n')[0]).toMatch(/^Store code,Business name,/);
    expect(google.headers.get('content-disposition')).toMatch(/\d\.csv"$/);
  });

  it('narrows every format to ?group=, and answers another organisation’s group with 404', async () => {
    const { team, stranger, token } = await setUp();
    for (const format of ['bing', 'apple', 'geojson', 'kml']) {
      const answer = await callApi(exportFile, {
        token,
        path: path(`format=${format}&group=${team.groups.mine}`),
      });
      expect(answer.status, format).toBe(200);
      expect(answer.text, format).toContain('Nord Lehe');
      expect(answer.text, format).not.toContain('Süd Wulsdorf');
      const foreign = await callApi(exportFile, {
        token,
        path: path(`format=${format}&group=${stranger.groups.mine}`),
      });
      expect(foreign.status, format).toBe(404);
      expect(foreign.text, format).not.toContain('Lehe');
    }
  });

  it('refuses an unknown format with 422', async () => {
    const { token } = await setUp();
    const answer = await callApi(exportFile, { token, path: path('format=xlsx') });
    expect(answer.status).toBe(422);
  });

  it('is described in the OpenAPI document with every format and media type', async () => {
    const document = JSON.parse(await (await openApiDocument()).text());
    const operation = document.paths['/api/v1/locations/export'].get;
    const format = operation.parameters.find((parameter: { name: string }) => parameter.name === 'format');
    expect(format.schema).toEqual({ type: 'string', enum: [...exportFormats], default: 'google' });
    expect(Object.keys(operation.responses['200'].content).sort()).toEqual([
      'application/geo+json',
      'application/vnd.google-earth.kml+xml',
      'text/csv',
    ]);
    expect(operation.responses['200'].headers).toHaveProperty('X-Omitted-Without-Position');
  });

  it('answers 401 without a token', async () => {
    expect((await callApi(exportFile, { path: path('format=kml') })).status).toBe(401);
  });
});

describe('exportLocations for a group-limited manager', () => {
  it('holds only the locations of their groups, and refuses another group as not found', async () => {
    const { team } = await setUp();
    for (const format of ['bing', 'apple', 'geojson', 'kml'] as const) {
      const file = await exportLocations(team.limited, format);
      expect(file.body, format).toContain('Nord Lehe');
      expect(file.body, format).not.toContain('Süd Wulsdorf');
      expect(file.body, format).not.toContain('Ohne Position');
      await expectAppError(exportLocations(team.limited, format, team.groups.other), 'NOT_FOUND');
    }
  });
});

describe('5,000 locations', () => {
  it('are exported with one statement per file, whatever the number', async () => {
    const { team } = await setUp();
    const organisationId = team.organisation.id;
    await db.location.createMany({
      data: Array.from({ length: 5_000 }, (_, index) => ({
        organisationId,
        storeCode: `BULK-${String(index).padStart(4, '0')}`,
        name: `Bäckerei Deichbrise ${index}`,
        street: `Hafenstraße ${(index % 300) + 1}`,
        postalCode: '27576',
        city: 'Bremerhaven',
        phone: '+494714829310',
        openingHours: { mon: [{ opens: '06:30', closes: '18:00' }] },
        latitude: 53.5 + (index % 1000) / 10_000,
        longitude: 8.58 + Math.floor(index / 1000) / 1000,
        positionSource: 'MANUAL' as const,
      })),
    });
    // Every statement the app sends passes pg.Client#query; the spy only counts them.
    const query = vi.spyOn(pg.Client.prototype, 'query');
    for (const format of ['bing', 'apple', 'geojson', 'kml'] as const) {
      query.mockClear();
      const started = performance.now();
      const all = await exportLocations(team.manager, format);
      const milliseconds = performance.now() - started;
      // One statement: the locations with their special hours.
      expect(query.mock.calls.length, format).toBe(1);
      expect(milliseconds, format).toBeLessThan(10_000);
      expect(all.body, format).toContain('BULK-4999');
      query.mockClear();
      await exportLocations(team.manager, format, team.groups.mine);
      // Two with a group: its check, then the locations.
      expect(query.mock.calls.length, format).toBe(2);
      console.info(
        `${format}: 5,003 locations in ${Math.round(milliseconds)} ms, ${all.body.length} characters`,
      );
    }
  });
});
