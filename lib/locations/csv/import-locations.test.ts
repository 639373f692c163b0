import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { messagesByLocale } from '@/lib/i18n/messages';
import { createTeam, expectAppError } from '@/tests/support/factories';
import { createLocation, setLocationArchived } from '../locations';
import { locationInputSchema } from '../schemas';
import { largeLocationCsv } from '@/tests/support/large-location-csv';
import { googleColumns } from './google-columns';
import { applyLocationImport, previewLocationImport, type LocationImportReport } from './import-locations';
import { maxCsvRows } from './limits';

const header = googleColumns.join(',');
/** A CSV line with the given cells (by Google column), all others empty. */
function line(cells: Partial<Record<(typeof googleColumns)[number], string>>, delimiter = ',') {
  return googleColumns
    .map((column) => {
      const value = cells[column] ?? '';
      return /[",;\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    })
    .join(delimiter);
}
const branch = (storeCode: string, overrides: Parameters<typeof line>[0] = {}) => ({
  'Store code': storeCode,
  'Business name': `Bäckerei Deichbrise ${storeCode}`,
  'Address line 1': 'Hafenstraße 145',
  Locality: 'Bremerhaven',
  'Postal code': '27576',
  'Primary phone': '0471 4829320',
  'Monday hours': '06:30-13:00,14:00-18:00',
  ...overrides,
});
const csvOf = (...rows: Parameters<typeof line>[0][]) => [header, ...rows.map((row) => line(row))].join('\n');

/** Everything stored about an organisation's locations, for "nothing changed" comparisons. */
async function snapshot(organisationId: string) {
  return db.location.findMany({
    where: { organisationId },
    include: { specialHours: { orderBy: { startDate: 'asc' } } },
    orderBy: { storeCode: 'asc' },
  });
}

/** Every message key of a report exists in both languages. */
function expectTranslatable(report: LocationImportReport) {
  const issues = [
    ...report.fileErrors,
    ...report.notices,
    ...report.rows.flatMap((row) => [...row.errors, ...row.warnings]),
  ];
  for (const { messageKey } of issues) {
    for (const messages of Object.values(messagesByLocale)) {
      const found = messageKey
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages);
      expect(typeof found, messageKey).toBe('string');
    }
  }
}

describe('importing a German Excel file', () => {
  it('reads semicolons, a BOM, decimal commas, umlauts and ß, and writes the locations', async () => {
    const team = await createTeam();
    const rows = [
      line(
        branch('BHV-01', { Latitude: '53,5396', Longitude: '8,5809', 'Administrative area': 'Bremen' }),
        ';',
      ),
      line(branch('BHV-02', { 'Business name': 'Süße Grüße', 'Address line 1': 'Große Straße 3' }), ';'),
    ];
    const bytes = new TextEncoder().encode(`\uFEFF${googleColumns.join(';')}\r\n${rows.join('\r\n')}\r\n`);

    const preview = await previewLocationImport(team.manager, bytes);
    expect(preview.totals).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(preview.applied).toBe(false);
    expect(await snapshot(team.organisation.id)).toEqual([]);

    const report = await applyLocationImport(team.manager, bytes, { allOrNothing: true });
    expect(report).toMatchObject({ applied: true, totals: { created: 2, rejected: 0 } });
    const [first, second] = await snapshot(team.organisation.id);
    expect(first).toMatchObject({
      storeCode: 'BHV-01',
      latitude: 53.5396,
      longitude: 8.5809,
      region: 'Bremen',
      phone: '+494714829320',
      countryCode: 'DE',
      openingHours: expect.objectContaining({
        mon: [
          { opens: '06:30', closes: '13:00' },
          { opens: '14:00', closes: '18:00' },
        ],
        tue: [],
      }),
    });
    expect(second).toMatchObject({
      name: 'Süße Grüße',
      street: 'Große Straße 3',
      searchText: expect.stringContaining('grosse strasse'),
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const team = await createTeam();
    const csv = csvOf(
      branch('A-1', { 'Special hours': '2026-12-24: 08:00-12:00, 2026-12-25-2026-12-26: x "Weihnachten"' }),
      branch('A-2', { Website: 'www.deichbrise.de', 'Postal code': '1067', Locality: 'Dresden' }),
    );
    const first = await applyLocationImport(team.manager, csv, { allOrNothing: false });
    expect(first.totals).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const before = await snapshot(team.organisation.id);
    expect(before[1]).toMatchObject({ postalCode: '01067', website: 'https://www.deichbrise.de' });

    const second = await applyLocationImport(team.manager, csv, { allOrNothing: false });
    expect(second.rows.map((row) => row.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(second.totals).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await snapshot(team.organisation.id)).toEqual(before);
  });
});

describe('updating by store code', () => {
  it('updates changed rows only, keeps fields the file does not hold, and replaces special hours', async () => {
    const team = await createTeam();
    await createLocation(
      team.manager,
      locationInputSchema.parse({
        ...{ storeCode: 'U-1', name: 'Alt', street: 'Weg 1', postalCode: '27576', city: 'Bremerhaven' },
        email: 'filiale@deichbrise.de',
        status: 'TEMPORARILY_CLOSED',
        website: 'https://alt.example',
        assignedMembershipId: team.staff.membershipId,
        specialHours: [{ startDate: '2026-01-01', endDate: '2026-01-01', closed: true }],
      }),
    );
    await createLocation(
      team.manager,
      locationInputSchema.parse({
        storeCode: 'U-2',
        name: 'Bleibt',
        street: 'Weg 2',
        postalCode: '27576',
        city: 'Bremerhaven',
      }),
    );
    const [, untouchedBefore] = await snapshot(team.organisation.id);
    // No website column: websites stay. An empty special hours cell clears them.
    const csv = [
      'Store code;Business name;Address line 1;Locality;Postal code;Special hours',
      'U-1;Neu;Weg 1;Bremerhaven;27576;',
      'U-2;Bleibt;Weg 2;Bremerhaven;27576;',
    ].join('\n');
    const report = await applyLocationImport(team.manager, csv, { allOrNothing: false });
    expect(report.rows.map((row) => [row.storeCode, row.outcome])).toEqual([
      ['U-1', 'update'],
      ['U-2', 'unchanged'],
    ]);
    const [updated, untouched] = await snapshot(team.organisation.id);
    expect(updated).toMatchObject({
      name: 'Neu',
      email: 'filiale@deichbrise.de',
      status: 'TEMPORARILY_CLOSED',
      website: 'https://alt.example',
      assignedMembershipId: team.staff.membershipId,
      specialHours: [],
    });
    expect(updated!.updatedAt.getTime()).toBeGreaterThan(updated!.createdAt.getTime());
    expect(Math.abs(updated!.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(untouched).toEqual(untouchedBefore);
  });

  it('rejects the store code of an archived location', async () => {
    const team = await createTeam();
    const { id } = await createLocation(
      team.manager,
      locationInputSchema.parse({
        storeCode: 'ARCH',
        name: 'Zu',
        street: 'Weg 1',
        postalCode: '27576',
        city: 'Bremerhaven',
      }),
    );
    await setLocationArchived(team.manager, id, true);
    const report = await previewLocationImport(team.manager, csvOf(branch('ARCH')));
    expect(report.rows[0]).toMatchObject({
      outcome: 'reject',
      errors: [{ field: 'Store code', messageKey: 'locationImport.errors.archivedStoreCode' }],
    });
    expectTranslatable(report);
  });
});

describe('the preview shows each row as it will be stored', () => {
  it('gives a new row its normalised values: trimmed, with the leading zero and the phone read', async () => {
    const team = await createTeam();
    const csv = csvOf(
      branch('N-1', {
        'Business name': '  Bäckerei Süß am Deich  ',
        'Postal code': '1067',
        Locality: 'Dresden',
        Website: 'www.deichbrise.de',
        'Tuesday hours': '06:30-13:00,14:00-18:00',
        'Saturday hours': '7:00-12:00',
      }),
    );
    const report = await previewLocationImport(team.manager, csv);
    expect(report.rows[0]).toMatchObject({ outcome: 'create' });
    expect(report.rows[0]!.values).toEqual({
      name: 'Bäckerei Süß am Deich',
      street: 'Hafenstraße 145',
      postalCode: '01067',
      city: 'Dresden',
      countryCode: 'DE',
      phone: '+49 471 4829320',
      website: 'https://www.deichbrise.de',
      openingHours: [
        ['mon', 'tue', '06:30-13:00,14:00-18:00'],
        ['sat', 'sat', '07:00-12:00'],
      ],
    });
    expect(report.rows[0]).not.toHaveProperty('changes');
  });

  it('keeps the umlauts of a Windows-1252 file in the values', async () => {
    const team = await createTeam();
    const text = `${googleColumns.join(';')}\r\n${line(branch('W-1', { 'Business name': 'Bäckerei Größe', 'Address line 1': 'Schäl Sick 3', Locality: 'Köln', 'Postal code': '50667' }), ';')}\r\n`;
    const report = await previewLocationImport(team.manager, Uint8Array.from(Buffer.from(text, 'latin1')));
    expect(report.notices).toEqual([
      { field: '', messageKey: 'locationImport.notices.decodedAsWindows1252' },
    ]);
    expect(report.rows[0]!.values).toMatchObject({
      name: 'Bäckerei Größe',
      street: 'Schäl Sick 3',
      city: 'Köln',
    });
  });

  it('names the changed fields of an update, old and new, and none for an unchanged row', async () => {
    const team = await createTeam();
    await applyLocationImport(team.manager, csvOf(branch('C-1'), branch('C-2')), { allOrNothing: true });
    const report = await previewLocationImport(
      team.manager,
      csvOf(branch('C-1', { 'Primary phone': '+49 471 4829399' }), branch('C-2')),
    );
    expect(report.rows.map((row) => [row.storeCode, row.outcome])).toEqual([
      ['C-1', 'update'],
      ['C-2', 'unchanged'],
    ]);
    expect(report.rows[0]!.changes).toEqual([
      { field: 'phone', from: '+49 471 4829320', to: '+49 471 4829399' },
    ]);
    expect(report.rows[0]!.values).toMatchObject({ phone: '+49 471 4829399' });
    expect(report.rows[1]).not.toHaveProperty('changes');
    expect(report.rows[1]!.values).toMatchObject({ name: 'Bäckerei Deichbrise C-2' });
  });

  it('names a pin the file sets and hours per day; a rejected row has no values', async () => {
    const team = await createTeam();
    await applyLocationImport(team.manager, csvOf(branch('P-1')), { allOrNothing: true });
    const report = await previewLocationImport(
      team.manager,
      csvOf(
        branch('P-1', { Latitude: '53,5396', Longitude: '8,5809', 'Monday hours': '' }),
        branch('P-2', { 'Postal code': '123' }),
      ),
    );
    const [moved, rejected] = report.rows;
    expect(moved!.changes).toEqual([
      { field: 'openingHours.mon', from: '06:30-13:00,14:00-18:00', to: '' },
      { field: 'position', from: expect.stringMatching(/^\d+\.\d+, \d+\.\d+$/), to: '53.5396, 8.5809' },
    ]);
    expect(rejected).toMatchObject({ outcome: 'reject' });
    expect(rejected).not.toHaveProperty('values');
  });
});

describe('bad input', () => {
  it('refuses a file without a required column and writes nothing', async () => {
    const team = await createTeam();
    const csv = 'Store code,Business name,Locality,Postal code\nX-1,Name,Bremerhaven,27576\n';
    for (const report of [
      await previewLocationImport(team.manager, csv),
      await applyLocationImport(team.manager, csv, { allOrNothing: false }),
    ]) {
      expect(report.fileErrors).toEqual([
        {
          field: 'Address line 1',
          messageKey: 'locationImport.errors.missingColumn',
          params: { column: 'Address line 1' },
        },
      ]);
      expect(report).toMatchObject({ rows: [], applied: false });
      expectTranslatable(report);
    }
    expect(await snapshot(team.organisation.id)).toEqual([]);
  });

  it('rejects broken rows with row number and column, and writes the others', async () => {
    const team = await createTeam();
    const csv = csvOf(
      branch('OK-1'),
      branch('BAD-PLZ', { 'Postal code': '2757' + '6x' }),
      branch('BAD-TEL', { 'Primary phone': '12' }),
      branch('BAD-HOURS', { 'Tuesday hours': '18:00-08:00', 'Special hours': 'Heiligabend' }),
      branch('OK-2'),
    );
    const report = await applyLocationImport(team.manager, csv, { allOrNothing: false });
    expect(report.totals).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 3 });
    expect(report.rows.filter((row) => row.outcome === 'reject')).toEqual([
      {
        rowNumber: 3,
        storeCode: 'BAD-PLZ',
        outcome: 'reject',
        errors: [{ field: 'Postal code', messageKey: 'locations.errors.postalCodeInvalid' }],
        warnings: [],
      },
      {
        rowNumber: 4,
        storeCode: 'BAD-TEL',
        outcome: 'reject',
        errors: [{ field: 'Primary phone', messageKey: 'locations.errors.phoneInvalid' }],
        warnings: [],
      },
      {
        rowNumber: 5,
        storeCode: 'BAD-HOURS',
        outcome: 'reject',
        errors: [
          { field: 'Special hours', messageKey: 'locationImport.errors.specialHoursFormat' },
          { field: 'Tuesday hours', messageKey: 'locations.errors.rangeReversed' },
        ],
        warnings: [],
      },
    ]);
    expectTranslatable(report);
    expect((await snapshot(team.organisation.id)).map((location) => location.storeCode)).toEqual([
      'OK-1',
      'OK-2',
    ]);
  });

  it('names an invalid time in an hours cell once, and a reversed range as such', async () => {
    const team = await createTeam();
    const csv = csvOf(
      branch('BAD-TIME', { 'Monday hours': '25:00-18:00' }),
      branch('REVERSED', { 'Monday hours': '18:00-09:00' }),
    );
    const report = await previewLocationImport(team.manager, csv);
    expect(report.rows.map((row) => row.errors)).toEqual([
      [{ field: 'Monday hours', messageKey: 'locations.errors.timeInvalid' }],
      [{ field: 'Monday hours', messageKey: 'locations.errors.rangeReversed' }],
    ]);
    expectTranslatable(report);
  });

  it('writes nothing at all with all-or-nothing when one row is rejected', async () => {
    const team = await createTeam();
    const csv = csvOf(branch('OK-1'), branch('BAD', { 'Business name': '' }), branch('OK-2'));
    const report = await applyLocationImport(team.manager, csv, { allOrNothing: true });
    expect(report).toMatchObject({ applied: false, totals: { created: 2, rejected: 1 } });
    expect(report.rows[1]!.errors).toEqual([
      { field: 'Business name', messageKey: 'locations.errors.nameRequired' },
    ]);
    expect(await snapshot(team.organisation.id)).toEqual([]);
  });

  it('rejects later rows with a store code the file already had', async () => {
    const team = await createTeam();
    const csv = csvOf(
      branch('DUP', { Locality: 'Erste' }),
      branch('OTHER'),
      branch('DUP', { Locality: 'Zweite' }),
    );
    const report = await applyLocationImport(team.manager, csv, { allOrNothing: false });
    expect(report.rows.map((row) => row.outcome)).toEqual(['create', 'create', 'reject']);
    expect(report.rows[2]!.errors).toEqual([
      { field: 'Store code', messageKey: 'locationImport.errors.duplicateStoreCode', params: { row: 2 } },
    ]);
    expectTranslatable(report);
    expect(
      (await snapshot(team.organisation.id)).find((location) => location.storeCode === 'DUP'),
    ).toMatchObject({
      city: 'Erste',
    });
  });

  it('reads a Windows-1252 file from older Excel and says so', async () => {
    const team = await createTeam();
    const text = `${googleColumns.join(';')}\r\n${line(branch('W-1', { 'Business name': 'Bäckerei Größe', Locality: 'Köln', 'Postal code': '50667' }), ';')}\r\n`;
    const bytes = Uint8Array.from(Buffer.from(text, 'latin1'));
    const report = await applyLocationImport(team.manager, bytes, { allOrNothing: true });
    expect(report.notices).toEqual([
      { field: '', messageKey: 'locationImport.notices.decodedAsWindows1252' },
    ]);
    expect(report.totals.created).toBe(1);
    expectTranslatable(report);
    expect(await snapshot(team.organisation.id)).toMatchObject([{ name: 'Bäckerei Größe', city: 'Köln' }]);
  });

  it('rejects a row whose cells are shifted by a stray delimiter', async () => {
    const team = await createTeam();
    const csv = `${header}\n${line(branch('OK'))}\n${line(branch('SHIFT'))},extra\n`;
    const report = await applyLocationImport(team.manager, csv, { allOrNothing: false });
    expect(report.rows[1]).toMatchObject({
      rowNumber: 3,
      storeCode: 'SHIFT',
      outcome: 'reject',
      errors: [{ messageKey: 'locationImport.errors.columnCount', params: { expected: 30, actual: 31 } }],
    });
    expect(report.totals.created).toBe(1);
  });

  it('rejects a name or street with a line break, which a quoted cell can hold', async () => {
    const team = await createTeam();
    const csv = csvOf(
      branch('OK'),
      branch('NAME', { 'Business name': 'Bäckerei\nEND:VCALENDAR' }),
      branch('STREET', { 'Address line 1': 'Hafenstraße\r\n145' }),
    );
    const report = await previewLocationImport(team.manager, csv);
    expect(report.rows.map((row) => [row.storeCode, row.outcome, row.errors])).toEqual([
      ['OK', 'create', []],
      ['NAME', 'reject', [{ field: 'Business name', messageKey: 'locationImport.errors.invalidValue' }]],
      ['STREET', 'reject', [{ field: 'Address line 1', messageKey: 'locationImport.errors.invalidValue' }]],
    ]);
    expectTranslatable(report);
  });
});

describe('access', () => {
  it("never touches another organisation's location with the same store code", async () => {
    const a = await createTeam();
    const b = await createTeam();
    await createLocation(
      b.owner,
      locationInputSchema.parse({
        storeCode: 'SAME',
        name: 'B',
        street: 'Weg 1',
        postalCode: '27576',
        city: 'Bremerhaven',
      }),
    );
    const bBefore = await snapshot(b.organisation.id);
    const report = await applyLocationImport(a.owner, csvOf(branch('SAME')), { allOrNothing: true });
    expect(report.rows[0]!.outcome).toBe('create');
    expect(await snapshot(b.organisation.id)).toEqual(bBefore);
    expect(await snapshot(a.organisation.id)).toMatchObject([
      { storeCode: 'SAME', name: 'Bäckerei Deichbrise SAME' },
    ]);
    // And a second import into A updates A's location only.
    await applyLocationImport(a.owner, csvOf(branch('SAME', { Locality: 'Geestland' })), {
      allOrNothing: true,
    });
    expect(await snapshot(b.organisation.id)).toEqual(bBefore);
  });

  it('is forbidden to staff', async () => {
    const team = await createTeam();
    const csv = csvOf(branch('S-1'));
    await expectAppError(previewLocationImport(team.staff, csv), 'FORBIDDEN');
    await expectAppError(applyLocationImport(team.staff, csv, { allOrNothing: false }), 'FORBIDDEN');
    expect(await snapshot(team.organisation.id)).toEqual([]);
  });
});

describe('scale', () => {
  it('keeps the preview of 20,000 rows at a few hundred bytes a row, about the size of the file', async () => {
    const team = await createTeam();
    // Google's full layout with hours, special hours and a pin in every row; no descriptions.
    const csv = largeLocationCsv(maxCsvRows, 0);
    const report = await previewLocationImport(team.manager, csv);
    expect(report.totals.created).toBe(maxCsvRows);
    const bytes = Buffer.byteLength(JSON.stringify(report));
    expect(bytes / maxCsvRows).toBeLessThan(450);
    expect(bytes).toBeLessThan(csv.byteLength * 1.3);
  }, 120_000);

  it('imports 10,000 rows and re-imports them with changes in one go', async () => {
    const team = await createTeam();
    const rows = (city: string) =>
      Array.from({ length: 10_000 }, (_, index) =>
        branch(`BULK-${String(index).padStart(5, '0')}`, {
          Locality: index % 2 ? city : 'Bremerhaven',
          'Special hours': index % 10 === 0 ? '2026-12-24: 08:00-12:00' : '',
        }),
      );
    const started = Date.now();
    const created = await applyLocationImport(team.manager, csvOf(...rows('Loxstedt')), {
      allOrNothing: true,
    });
    expect(created.totals).toEqual({ created: 10_000, updated: 0, unchanged: 0, rejected: 0 });
    const updated = await applyLocationImport(team.manager, csvOf(...rows('Geestland')), {
      allOrNothing: true,
    });
    expect(updated.totals).toEqual({ created: 0, updated: 5_000, unchanged: 5_000, rejected: 0 });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(updated.rows[1]).toMatchObject({
      outcome: 'update',
      changes: [{ field: 'city', from: 'Loxstedt', to: 'Geestland' }],
    });
    expect(
      await db.location.count({ where: { organisationId: team.organisation.id, city: 'Geestland' } }),
    ).toBe(5_000);
    expect(
      await db.locationSpecialHours.count({ where: { location: { organisationId: team.organisation.id } } }),
    ).toBe(1_000);
  }, 120_000);
});
