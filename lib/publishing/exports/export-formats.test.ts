import { DOMParser } from '@xmldom/xmldom';
import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import { describe, expect, it } from 'vitest';
import { appleBusinessConnectColumns, appleBusinessConnectCsv } from './apple-business-connect';
import { bingPlacesColumns, bingPlacesCsv } from './bing-places';
import { locationsGeoJson } from './geojson';
import { locationsKml } from './kml';
import type { ExportedLocation } from './select-exported-locations';

// Each file against the layout it claims: the header line exactly, one row's cells in the formats
// the README documents, GeoJSON checked structurally against RFC 7946, KML read back by
// @tmcw/togeojson (as GIS tools and Google My Maps read it).

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

function location(fields: Partial<ExportedLocation> = {}): ExportedLocation {
  return {
    storeCode: 'BHV-01',
    name: 'Bäckerei Deichbrise, Lehe',
    street: 'Hafenstraße 145',
    addressExtra: 'im Hof',
    postalCode: '27576',
    city: 'Bremerhaven',
    region: 'Bremen',
    countryCode: 'DE',
    phone: '+494714829310',
    website: 'https://deichbrise.example/lehe',
    email: 'lehe@deichbrise.example',
    primaryCategory: 'Bäckerei',
    description: '=Frisch "aus dem Ofen"',
    latitude: 53.5712,
    longitude: 8.5934,
    positionSource: 'MANUAL',
    openingHours: {
      ...closed,
      mon: [
        { opens: '06:30', closes: '13:00' },
        { opens: '14:00', closes: '18:00' },
      ],
      sat: [{ opens: '07:00', closes: '12:00' }],
    },
    specialHours: [
      {
        startDate: '2026-12-24',
        endDate: '2026-12-24',
        closed: false,
        ranges: [{ opens: '08:00', closes: '12:00' }],
      },
      { startDate: '2026-12-25', endDate: '2026-12-26', closed: true, ranges: [], note: 'Weihnachten' },
    ],
    ...fields,
  };
}

/** The cells of one CSV line: quoted cells may hold commas and doubled quotes. */
function csvCells(line: string) {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted && char === '"' && line[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** The lines of a CSV file (BOM, CRLF), each split into cells; no line breaks inside cells here. */
function csvRows(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n').map(csvCells);
}

function rowByColumn<Column extends string>(columns: readonly Column[], text: string, index = 1) {
  const rows = csvRows(text);
  return Object.fromEntries(columns.map((column, at) => [column, rows[index]![at]])) as Record<
    Column,
    string
  >;
}

describe('Bing Places bulk upload CSV', () => {
  it('writes the header line exactly and one row per location', () => {
    const rows = csvRows(bingPlacesCsv([location(), location({ storeCode: 'BHV-02' })]));
    expect(rows[0]).toEqual([
      'Store ID',
      'Business Name',
      'Address Line 1',
      'Address Line 2',
      'City',
      'State',
      'Zip Code',
      'Country',
      'Latitude',
      'Longitude',
      'Main Phone',
      'Website',
      'Email',
      'Categories',
      'Description',
      'Hours',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === bingPlacesColumns.length)).toBe(true);
  });

  it('writes phone, country, coordinates and hours in the documented formats', () => {
    const row = rowByColumn(bingPlacesColumns, bingPlacesCsv([location()]));
    expect(row).toMatchObject({
      'Store ID': 'BHV-01',
      'Business Name': 'Bäckerei Deichbrise, Lehe',
      'Address Line 2': 'im Hof',
      State: 'Bremen',
      'Zip Code': '27576',
      Country: 'DE',
      Latitude: '53.5712',
      Longitude: '8.5934',
      'Main Phone': '+49 471 4829310',
      Categories: 'Bäckerei',
      // A formula-looking text is kept as text.
      Description: `'=Frisch "aus dem Ofen"`,
      Hours:
        'Mon 06:30-13:00,14:00-18:00;Tue Closed;Wed Closed;Thu Closed;Fri Closed;Sat 07:00-12:00;Sun Closed',
    });
  });

  it('leaves coordinates derived from the address out, so the platform places the pin itself', () => {
    const row = rowByColumn(bingPlacesColumns, bingPlacesCsv([location({ positionSource: 'GEOCODER' })]));
    expect([row.Latitude, row.Longitude]).toEqual(['', '']);
  });
});

describe('Apple Business Connect locations CSV', () => {
  it('writes the header line exactly', () => {
    expect(csvRows(appleBusinessConnectCsv([]))).toEqual([
      [
        'Store Code',
        'Location Name',
        'Address Line 1',
        'Address Line 2',
        'City',
        'State/Province',
        'Postal Code',
        'Country/Region',
        'Latitude',
        'Longitude',
        'Phone',
        'Website',
        'Primary Category',
        'Monday Hours',
        'Tuesday Hours',
        'Wednesday Hours',
        'Thursday Hours',
        'Friday Hours',
        'Saturday Hours',
        'Sunday Hours',
        'Special Hours',
        'Description',
      ],
    ]);
  });

  it('writes each day, the special hours and the contact fields in the documented formats', () => {
    const row = rowByColumn(appleBusinessConnectColumns, appleBusinessConnectCsv([location()]));
    expect(row).toMatchObject({
      'Store Code': 'BHV-01',
      'Location Name': 'Bäckerei Deichbrise, Lehe',
      'Country/Region': 'DE',
      Latitude: '53.5712',
      Longitude: '8.5934',
      Phone: '+49 471 4829310',
      Website: 'https://deichbrise.example/lehe',
      'Monday Hours': '06:30-13:00,14:00-18:00',
      'Tuesday Hours': 'Closed',
      'Saturday Hours': '07:00-12:00',
      'Sunday Hours': 'Closed',
      'Special Hours': '2026-12-24: 08:00-12:00; 2026-12-25/2026-12-26: Closed',
    });
  });
});

describe('GeoJSON', () => {
  it('is an RFC 7946 FeatureCollection of Points at [longitude, latitude] with the master data', () => {
    const { body, omitted } = locationsGeoJson([
      location(),
      location({ storeCode: 'BHV-02', latitude: null, longitude: null, positionSource: null }),
      location({ storeCode: 'BHV-03', positionSource: 'GEOCODER', latitude: 53.51, longitude: 8.61 }),
    ]);
    expect(omitted).toBe(1);
    const document = JSON.parse(body) as Record<string, unknown>;
    expect(Object.keys(document).sort()).toEqual(['features', 'type']);
    expect(document.type).toBe('FeatureCollection');
    const features = document.features as Record<string, unknown>[];
    expect(features).toHaveLength(2);
    for (const feature of features) {
      // §3.2: a Feature has "type", "geometry" and "properties"; an "id" is a string or number.
      expect(feature.type).toBe('Feature');
      expect(typeof feature.id).toBe('string');
      const geometry = feature.geometry as { type: string; coordinates: number[] };
      expect(geometry.type).toBe('Point');
      // §3.1.1, §4: longitude first, then latitude, WGS 84 decimal degrees.
      expect(geometry.coordinates).toHaveLength(2);
      const [longitude, latitude] = geometry.coordinates as [number, number];
      expect(longitude).toBeGreaterThanOrEqual(-180);
      expect(longitude).toBeLessThanOrEqual(180);
      expect(latitude).toBeGreaterThanOrEqual(-90);
      expect(latitude).toBeLessThanOrEqual(90);
      expect(feature.properties).toBeTypeOf('object');
    }
    expect((features[0]!.geometry as { coordinates: number[] }).coordinates).toEqual([8.5934, 53.5712]);
    expect(features[0]!.properties).toEqual({
      storeCode: 'BHV-01',
      name: 'Bäckerei Deichbrise, Lehe',
      street: 'Hafenstraße 145',
      addressExtra: 'im Hof',
      postalCode: '27576',
      city: 'Bremerhaven',
      region: 'Bremen',
      countryCode: 'DE',
      phone: '+494714829310',
      website: 'https://deichbrise.example/lehe',
      email: 'lehe@deichbrise.example',
      primaryCategory: 'Bäckerei',
      description: '=Frisch "aus dem Ofen"',
      openingHours: location().openingHours,
      specialHours: location().specialHours,
    });
    expect(features[1]!.id).toBe('BHV-03');
  });
});

describe('KML', () => {
  it('reads back as the same points with the same names and data', () => {
    const locations = [
      location(),
      location({ storeCode: 'BHV-02', name: 'Filiale <Mitte> & Co', latitude: 53.54, longitude: 8.58 }),
      location({ storeCode: 'BHV-03', latitude: null, longitude: null, positionSource: null }),
    ];
    const { body, omitted } = locationsKml(locations);
    expect(omitted).toBe(1);
    expect(body).toContain('xmlns="http://www.opengis.net/kml/2.2"');
    const parsed = kmlToGeoJson(new DOMParser().parseFromString(body, 'text/xml') as unknown as Document);
    expect(parsed.features.map((feature) => feature.properties?.name)).toEqual([
      'Bäckerei Deichbrise, Lehe',
      'Filiale <Mitte> & Co',
    ]);
    expect(parsed.features.map((feature) => feature.geometry)).toEqual([
      { type: 'Point', coordinates: [8.5934, 53.5712] },
      { type: 'Point', coordinates: [8.58, 53.54] },
    ]);
    const first = parsed.features[0]!.properties!;
    expect(first.storeCode).toBe('BHV-01');
    expect(first.description).toBe('=Frisch "aus dem Ofen"');
    expect(JSON.parse(first.openingHours as string)).toEqual(location().openingHours);
    // Nulls are left out rather than written as the text "null".
    expect(JSON.stringify(parsed)).not.toContain('"null"');
  });
});
