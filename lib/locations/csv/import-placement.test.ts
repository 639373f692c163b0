import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam } from '@/tests/support/factories';
import { exportLocationsCsv } from './export-locations';
import { googleColumns } from './google-columns';
import { applyLocationImport, previewLocationImport } from './import-locations';

// Where imported rows go on the map, and the warnings of the preview.
const csvOf = (columns: string[], ...rows: string[][]) =>
  [columns.join(','), ...rows.map((row) => row.join(','))].join('\n');
const columns = [
  'Store code',
  'Business name',
  'Address line 1',
  'Postal code',
  'Locality',
  'Country/Region',
];
const row = (code: string, postcode: string, city: string, country = '') => [
  code,
  `Filiale ${code}`,
  'Hauptstraße 1',
  postcode,
  city,
  country,
];
const positions = (organisationId: string) =>
  db.location.findMany({
    where: { organisationId },
    orderBy: { storeCode: 'asc' },
    select: {
      storeCode: true,
      postalCode: true,
      latitude: true,
      longitude: true,
      positionSource: true,
      positionPrecision: true,
    },
  });

describe('placing imported rows', () => {
  it('places every row approximately from postcode and city, and a file twice changes nothing', async () => {
    const { manager, organisation } = await createTeam();
    const csv = csvOf(
      columns,
      row('P-1', '27568', 'Bremerhaven'),
      row('P-2', '1010', 'Wien', 'AT'),
      row('P-3', '8001', 'Zürich', 'CH'),
      row('P-4', '27612', 'Nirgendwo am Deich'),
      row('P-5', '75001', 'Paris', 'FR'),
    );
    const first = await applyLocationImport(manager, csv, { allOrNothing: false });
    expect(first.totals).toMatchObject({ created: 5, rejected: 0 });
    const placed = await positions(organisation.id);
    expect(
      placed.map((location) => [location.storeCode, location.positionSource, location.positionPrecision]),
    ).toEqual([
      ['P-1', 'GAZETTEER', 'MUNICIPALITY'],
      ['P-2', 'GAZETTEER', 'MUNICIPALITY'],
      ['P-3', 'GAZETTEER', 'MUNICIPALITY'],
      ['P-4', 'GAZETTEER', 'POSTCODE_REGION'],
      ['P-5', null, null],
    ]);
    expect(placed[1]!.latitude).toBeCloseTo(48.21, 1);
    expect(placed[2]!.longitude).toBeCloseTo(8.55, 1);

    const again = await applyLocationImport(manager, csv, { allOrNothing: false });
    expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await positions(organisation.id)).toEqual(placed);
  });

  it('exports only hand-set pins, so an export imports back unchanged', async () => {
    const { manager, organisation } = await createTeam();
    await addTestLocation(manager, { storeCode: 'E-1', latitude: 53.5399, longitude: 8.5811 });
    await addTestLocation(manager, { storeCode: 'E-2' });
    const exported = await exportLocationsCsv(manager);
    const [header, ...lines] = exported.replace('\uFEFF', '').trim().split('\r\n');
    const latitudeColumn = header!.split(',').indexOf('Latitude');
    expect(lines.map((line) => line.split(',')[latitudeColumn])).toEqual(['53.5399', '']);
    expect(googleColumns).toContain('Latitude');

    const report = await applyLocationImport(manager, exported, { allOrNothing: false });
    expect(report.totals).toMatchObject({ unchanged: 2, updated: 0 });
    expect((await positions(organisation.id)).map((location) => location.positionSource)).toEqual([
      'MANUAL',
      'GAZETTEER',
    ]);
  });

  it('takes a row with coordinates as a hand-set pin, and keeps a pin when the file has no coordinates', async () => {
    const { manager, organisation } = await createTeam();
    await addTestLocation(manager, { storeCode: 'K-1', latitude: 53.5399, longitude: 8.5811 });
    const withPin = csvOf(
      [...columns, 'Latitude', 'Longitude'],
      [...row('K-2', '27568', 'Bremerhaven'), '53.55', '8.6'],
    );
    await applyLocationImport(manager, withPin, { allOrNothing: false });
    // K-1 moves to Dresden on paper; the file says nothing about its pin.
    await applyLocationImport(manager, csvOf(columns, row('K-1', '01067', 'Dresden')), {
      allOrNothing: false,
    });
    expect(await positions(organisation.id)).toMatchObject([
      { storeCode: 'K-1', latitude: 53.5399, longitude: 8.5811, positionSource: 'MANUAL' },
      { storeCode: 'K-2', latitude: 53.55, longitude: 8.6, positionSource: 'MANUAL' },
    ]);
  });

  it('places a location stored without a position when the same file comes again', async () => {
    const { manager, organisation } = await createTeam();
    const csv = csvOf(columns, row('N-1', '27568', 'Bremerhaven'));
    await applyLocationImport(manager, csv, { allOrNothing: false });
    await db.location.updateMany({
      where: { organisationId: organisation.id },
      data: { latitude: null, longitude: null },
    });
    const report = await applyLocationImport(manager, csv, { allOrNothing: false });
    expect(report.totals).toMatchObject({ updated: 1 });
    expect(await positions(organisation.id)).toMatchObject([{ positionSource: 'GAZETTEER' }]);
  });
});

describe('import warnings', () => {
  it('reads a German four-digit postcode with its leading zero, and names both readings', async () => {
    const { manager, organisation } = await createTeam();
    const csv = csvOf(columns, row('Z-1', '1067', 'Dresden'), row('Z-2', '1010', 'Wien', 'AT'));
    const preview = await previewLocationImport(manager, csv);
    expect(preview.rows.map((entry) => [entry.outcome, entry.warnings])).toEqual([
      [
        'create',
        [
          {
            field: 'Postal code',
            messageKey: 'locationImport.warnings.postcodeLeadingZero',
            params: { written: '1067', read: '01067' },
          },
        ],
      ],
      ['create', []],
    ]);
    await applyLocationImport(manager, csv, { allOrNothing: false });
    expect((await positions(organisation.id)).map((location) => location.postalCode)).toEqual([
      '01067',
      '1010',
    ]);
  });

  it('warns, without refusing the row, when the postcode lies far from the city or the pin far from the address', async () => {
    const { manager } = await createTeam();
    const csv = csvOf(
      [...columns, 'Latitude', 'Longitude'],
      [...row('W-1', '72568', 'Bremerhaven'), '', ''],
      [...row('W-2', '27568', 'Bremerhaven'), '48.137', '11.575'],
      [...row('W-3', '27568', 'Bremerhaven'), '53.54', '8.58'],
    );
    const preview = await previewLocationImport(manager, csv);
    expect(preview.totals).toMatchObject({ created: 3, rejected: 0 });
    expect(
      preview.rows.map((entry) => entry.warnings.map((warning) => [warning.field, warning.messageKey])),
    ).toEqual([
      [['Postal code', 'locations.warnings.postcodeFarFromCity']],
      [['Latitude', 'locations.warnings.pinFarFromAddress']],
      [],
    ]);
  });
});
