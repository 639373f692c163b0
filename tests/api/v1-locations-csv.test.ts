import { describe, expect, it } from 'vitest';
import { GET as exportCsv } from '@/app/api/v1/locations/export/route';
import { POST as importCsv } from '@/app/api/v1/locations/import/route';
import { GET as list, POST as create } from '@/app/api/v1/locations/route';
import { importReportJsonSchema } from '@/lib/api/locations/import-report';
import { db } from '@/lib/db/prisma';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam } from '@/tests/support/factories';

const header = 'Store code,Business name,Address line 1,Locality,Postal code';
const csv = (...rows: string[]) => [header, ...rows].join('\r\n');
const good = csv(
  'CSV-01,Bäckerei Hafen,Hafenstraße 1,Bremerhaven,27568',
  'CSV-02,Bäckerei Markt,Markt 2,Bremerhaven,27570',
);
const withBadRow = csv(
  'CSV-01,Bäckerei Hafen,Hafenstraße 1,Bremerhaven,27568',
  'CSV-02,Bäckerei Markt,Markt 2,Bremerhaven,123',
);

async function teamWithToken() {
  const team = await createTeam();
  return { team, token: await tokenFor(team.manager) };
}

const importPath = (query = '') => `/api/v1/locations/import${query}`;
const locationsOf = (organisationId: string) =>
  db.location.findMany({ where: { organisationId }, orderBy: { storeCode: 'asc' } });

describe('POST /api/v1/locations/import', () => {
  it('previews with dryRun=1 without writing, then imports the valid rows', async () => {
    const { team, token } = await teamWithToken();
    const preview = await callApi(importCsv, {
      token,
      method: 'POST',
      path: importPath('?dryRun=1'),
      rawBody: withBadRow,
      headers: { 'content-type': 'text/csv' },
    });
    expect(preview.status).toBe(200);
    expect(importReportJsonSchema.safeParse(preview.json).success).toBe(true);
    expect(preview.json).toMatchObject({
      dryRun: true,
      applied: false,
      totals: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
    });
    const rejected = preview.json?.rows.find((row: { storeCode: string }) => row.storeCode === 'CSV-02');
    expect(rejected).toMatchObject({
      rowNumber: 3,
      outcome: 'reject',
      errors: [
        { field: 'Postal code', code: 'locations.errors.postalCodeInvalid', message: expect.any(String) },
      ],
    });
    expect(rejected.errors[0].message).toContain('postcode');
    expect(await locationsOf(team.organisation.id)).toEqual([]);

    const applied = await callApi(importCsv, {
      token,
      method: 'POST',
      path: importPath(),
      rawBody: withBadRow,
    });
    expect(applied.json).toMatchObject({ dryRun: false, applied: true, totals: { created: 1, rejected: 1 } });
    expect((await locationsOf(team.organisation.id)).map((location) => location.storeCode)).toEqual([
      'CSV-01',
    ]);
    expect((await callApi(list, { token, path: '/api/v1/locations?q=hafen' })).json?.total).toBe(1);
  });

  it('shows each row of a dry run as it would be stored, and what an update changes', async () => {
    const { token } = await teamWithToken();
    await callApi(importCsv, { token, method: 'POST', path: importPath(), rawBody: good });
    const changed = csv(
      'CSV-01,Bäckerei Hafen,Hafenstraße 1,Bremerhaven,27568',
      'CSV-02,  Bäckerei am Markt ,Markt 2,Bremerhaven,27570',
      'CSV-03,Bäckerei Elbe,Elbweg 3,Dresden,1067',
    );
    const preview = await callApi(importCsv, {
      token,
      method: 'POST',
      path: importPath('?dryRun=1'),
      rawBody: changed,
    });
    expect(importReportJsonSchema.safeParse(preview.json).success).toBe(true);
    expect(preview.json?.rows).toEqual([
      expect.objectContaining({ storeCode: 'CSV-01', outcome: 'unchanged', values: expect.any(Object) }),
      expect.objectContaining({
        storeCode: 'CSV-02',
        outcome: 'update',
        values: expect.objectContaining({ name: 'Bäckerei am Markt', postalCode: '27570' }),
        changes: [{ field: 'name', from: 'Bäckerei Markt', to: 'Bäckerei am Markt' }],
      }),
      expect.objectContaining({
        storeCode: 'CSV-03',
        outcome: 'create',
        values: expect.objectContaining({ postalCode: '01067', openingHours: [] }),
        warnings: [
          expect.objectContaining({
            field: 'Postal code',
            code: 'locationImport.warnings.postcodeLeadingZero',
          }),
        ],
      }),
    ]);
    expect(preview.json?.rows[2].warnings[0].message).toContain('01067');
  });

  it('writes nothing with allOrNothing=1 while a row is rejected', async () => {
    const { team, token } = await teamWithToken();
    const answer = await callApi(importCsv, {
      token,
      method: 'POST',
      path: importPath('?allOrNothing=1'),
      rawBody: withBadRow,
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ applied: false, totals: { created: 1, rejected: 1 } });
    expect(await locationsOf(team.organisation.id)).toEqual([]);
  });

  it('accepts the file as a multipart upload and is idempotent by store code', async () => {
    const { team, token } = await teamWithToken();
    const form = new FormData();
    form.append('file', new Blob([good], { type: 'text/csv' }), 'locations.csv');
    const request = new Request(`http://localhost${importPath()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const first = await importCsv(request);
    expect(await first.json()).toMatchObject({ applied: true, totals: { created: 2 } });
    const again = await callApi(importCsv, { token, method: 'POST', path: importPath(), rawBody: good });
    expect(again.json?.totals).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await locationsOf(team.organisation.id)).toHaveLength(2);
  });

  it('answers 422 INVALID_CSV for a file that cannot be read, and 413 above 10 MB', async () => {
    const { token } = await teamWithToken();
    const broken = await callApi(importCsv, {
      token,
      method: 'POST',
      path: importPath(),
      rawBody: 'Name,City\r\nBäckerei,Bremerhaven',
    });
    expect(broken.status).toBe(422);
    expect(broken.json?.error).toMatchObject({ code: 'INVALID_CSV', fields: { file: expect.any(Array) } });
    expect(broken.json?.error.message).toMatch(/Store code/);

    const huge = await callApi(importCsv, {
      token,
      method: 'POST',
      path: importPath(),
      rawBody: `${header}\r\n${'x'.repeat(10 * 1024 * 1024)}`,
    });
    expect(huge.status).toBe(413);
  });

  it('imports into the token’s organisation only', async () => {
    const mine = await teamWithToken();
    const theirs = await teamWithToken();
    await callApi(importCsv, { token: theirs.token, method: 'POST', path: importPath(), rawBody: good });
    const before = await locationsOf(theirs.team.organisation.id);

    const changed = good.replace('Bäckerei Hafen', 'Übernommen');
    const answer = await callApi(importCsv, {
      token: mine.token,
      method: 'POST',
      path: importPath(),
      rawBody: changed,
    });
    expect(answer.json?.totals).toMatchObject({ created: 2, updated: 0 });
    expect(await locationsOf(theirs.team.organisation.id)).toEqual(before);
  });
});

describe('GET /api/v1/locations/export', () => {
  it('answers the organisation’s active locations as CSV that imports unchanged', async () => {
    const mine = await teamWithToken();
    const theirs = await teamWithToken();
    await callApi(create, {
      token: mine.token,
      method: 'POST',
      body: {
        storeCode: 'EXP-1',
        name: 'Filiale Ost',
        street: 'Ostweg 3',
        postalCode: '27568',
        city: 'Bremerhaven',
      },
    });
    await callApi(importCsv, { token: theirs.token, method: 'POST', path: importPath(), rawBody: good });

    const answer = await callApi(exportCsv, { token: mine.token, path: '/api/v1/locations/export' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toContain(`locations-${mine.team.organisation.slug}-`);
    expect(answer.text).toContain('EXP-1');
    expect(answer.text).not.toContain('CSV-01');

    const reimport = await callApi(importCsv, {
      token: mine.token,
      method: 'POST',
      path: importPath('?dryRun=1'),
      rawBody: answer.text,
    });
    expect(reimport.json?.totals).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
  });

  it('answers 401 without a token', async () => {
    expect((await callApi(exportCsv, { path: '/api/v1/locations/export' })).status).toBe(401);
  });
});
