import { afterAll, describe, expect, it } from 'vitest';
import type { OpeningHours } from '@/lib/locations/schemas';
import { compareHours } from './compare-hours';
import type { ObservedHours } from './hours-types';

// Daylight saving time and the server's own clock must not change a comparison: the same hours on
// the wall clock are equal in the week summer time starts or ends, and the answer is the same
// whatever time zone the server runs in (opening_hours evaluates on the server's clock).

const serverZones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const bremen = { countryCode: 'DE', region: 'Bremen', latitude: 53.0793, longitude: 8.8017 };
const none: OpeningHours['mon'] = [];

/** A bar open Friday and Saturday 22:00–02:00, as the master data writes it: split at midnight. */
const bar: OpeningHours = {
  mon: none,
  tue: none,
  wed: none,
  thu: none,
  fri: [{ opens: '22:00', closes: '24:00' }],
  sat: [
    { opens: '00:00', closes: '02:00' },
    { opens: '22:00', closes: '24:00' },
  ],
  sun: [{ opens: '00:00', closes: '02:00' }],
};

const weekday = [{ opens: '07:00', closes: '18:00' }];
const bakery: OpeningHours = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [{ opens: '07:00', closes: '13:00' }],
  sun: none,
};

function compareIn(
  serverZone: string,
  hours: OpeningHours,
  observed: ObservedHours,
  start: string,
  days = 28,
) {
  process.env.TZ = serverZone;
  return compareHours({
    master: { openingHours: hours, specialHours: [] },
    observed,
    place: bremen,
    start: new Date(start),
    days,
  });
}

const osm = (value: string): ObservedHours => ({ kind: 'osm', value });

describe.each(serverZones)('compareHours on a server in %s', (serverZone) => {
  it('finds overnight hours equal in the weeks summer time starts (29 March) and ends (25 October)', () => {
    for (const start of ['2026-03-16T12:00:00Z', '2026-10-12T12:00:00Z']) {
      expect(compareIn(serverZone, bar, osm('Fr,Sa 22:00-02:00'), start).result).toBe('equal');
      expect(compareIn(serverZone, bakery, osm('Mo-Fr 07:00-18:00; Sa 07:00-13:00'), start).result).toBe(
        'equal',
      );
    }
  });

  it('reports overnight hours that close later on the following morning', () => {
    const comparison = compareIn(serverZone, bar, osm('Fr,Sa 22:00-03:00'), '2026-10-12T12:00:00Z', 14);
    expect(comparison.result === 'different' && comparison.differences.map((day) => day.date)).toEqual([
      '2026-10-17',
      '2026-10-18',
      '2026-10-24',
      '2026-10-25',
    ]);
    expect(comparison.result === 'different' && comparison.differences[3]).toMatchObject({
      weekday: 'sun',
      master: [{ opens: '00:00', closes: '02:00' }],
      observed: [{ opens: '00:00', closes: '03:00' }],
    });
  });

  it('gives the same differences, holidays included, as on a server in UTC', () => {
    const observed = osm('Mo-Fr 07:00-18:00; Sa 07:00-12:00; PH off');
    const here = compareIn(serverZone, bakery, observed, '2026-10-19T12:00:00Z');
    const utc = compareIn('UTC', bakery, observed, '2026-10-19T12:00:00Z');
    expect(here).toEqual(utc);
    expect(here.result === 'different' && here.differences.find((day) => day.holiday)).toMatchObject({
      date: '2026-10-31',
      holiday: 'Reformationstag',
      master: [{ opens: '07:00', closes: '13:00' }],
      observed: [],
    });
  });

  it('reads sunrise and sunset on the clock of the place', () => {
    const comparison = compareIn(
      serverZone,
      { ...bakery, mon: none },
      osm('sunrise-sunset'),
      '2026-06-01T08:00:00Z',
      1,
    );
    const [interval] = comparison.result === 'different' ? comparison.differences[0]!.observed : [];
    // Bremen, 1 June 2026: sunrise 05:03, sunset 21:44 summer time.
    expect(interval?.opens).toMatch(/^05:0\d$/);
    expect(interval?.closes).toMatch(/^21:4\d$/);
  });
});
