import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateOsmHours, type OsmHoursPlace } from '@/lib/hours/osm-hours';
import { structuredDays } from '@/lib/hours/structured-hours';
import { weekdays } from '@/lib/locations/field-values';
import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import { addDaysToDate, type PlainDate } from '@/lib/weeks/iso-week';
import { bakery, today, week } from '../json-ld/test-support';
import { maxOsmValueLength, osmOpeningHours, osmOpeningHoursDetails } from './osm-opening-hours';

// The value is read back by the opening_hours package (through lib/hours, as the automatic checks
// read OpenStreetMap) day by day over a window that covers every special hours entry, and compared
// with the days the master data gives (lib/hours/structured-hours.ts).

const place: OsmHoursPlace = {
  region: { countryCode: 'DE', state: 'Bremen', stateCode: 'DE-HB' },
  position: { latitude: 53.5529, longitude: 8.5786 },
  timeZone: 'Europe/Berlin',
};

function datesFrom(from: PlainDate, to: PlainDate): PlainDate[] {
  const dates: PlainDate[] = [];
  for (let date = from; date <= to; date = addDaysToDate(date, 1)) dates.push(date);
  return dates;
}

/** Each day of the window as the package reads the value, beside the master data's day. */
function readBack(
  hours: { openingHours: OpeningHours; specialHours: SpecialHours },
  value: string,
  from: PlainDate,
) {
  const last = hours.specialHours.reduce(
    (latest, entry) => (entry.endDate > latest ? entry.endDate : latest),
    from,
  );
  const dates = datesFrom(from, addDaysToDate(last, 14));
  const read = evaluateOsmHours(value, place, dates);
  if (!read.readable) throw new Error(`opening_hours cannot read ${JSON.stringify(value)}: ${read.message}`);
  const expected = structuredDays(hours, dates);
  return { read: read.days, expected };
}

const spansOnly = (days: { date: PlainDate; spans: { start: number; end: number }[] }[]) =>
  days.map(({ date, spans }) => ({ date, spans: spans.map(({ start, end }) => [start, end]) }));

describe('osmOpeningHours', () => {
  it('writes weekly and upcoming special hours in the wiki’s syntax', () => {
    expect(osmOpeningHours(bakery, today)).toEqual({
      value:
        'Mo-Fr 06:30-18:00; Sa 07:00-12:00; 2026 Dec 25-26 off; 2026 Dec 24 07:00-12:00; ' +
        '2026 Dec 31 07:00-11:00,20:00-24:00',
      warnings: [],
    });
  });

  it('is read back by opening_hours to the same hours on every day of the special hours', () => {
    const { value } = osmOpeningHours(bakery, today);
    const { read, expected } = readBack(bakery, value, today);
    expect(read.length).toBeGreaterThan(25);
    expect(spansOnly(read)).toEqual(spansOnly(expected));
  });

  it('groups days: runs of three as a range, two and single days as a list', () => {
    const morning = [{ opens: '08:00', closes: '12:00' }];
    const evening = [{ opens: '17:00', closes: '20:00' }];
    const hours = {
      openingHours: week({
        mon: morning,
        tue: morning,
        thu: morning,
        fri: evening,
        sat: morning,
        sun: morning,
      }),
      specialHours: [],
    };
    expect(osmOpeningHours(hours, today).value).toBe('Mo,Tu,Th,Sa,Su 08:00-12:00; Fr 17:00-20:00');
  });

  it('writes ranges over a month and a year end, a shorter entry inside a longer one after it', () => {
    const hours = {
      openingHours: week({ mon: [{ opens: '09:00', closes: '17:00' }] }),
      specialHours: [
        {
          startDate: '2027-01-04',
          endDate: '2027-01-04',
          closed: false,
          ranges: [{ opens: '10:00', closes: '12:00' }],
        },
        { startDate: '2026-12-28', endDate: '2027-01-08', closed: true, ranges: [] },
        { startDate: '2027-01-29', endDate: '2027-02-02', closed: true, ranges: [] },
      ],
    };
    const { value, warnings } = osmOpeningHours(hours, today);
    expect(value).toBe(
      'Mo 09:00-17:00; 2026 Dec 28-2027 Jan 08 off; 2027 Jan 29-2027 Feb 02 off; 2027 Jan 04 10:00-12:00',
    );
    expect(warnings).toEqual([]);
    const { read, expected } = readBack(hours, value, today);
    expect(spansOnly(read)).toEqual(spansOnly(expected));
  });

  it('leaves out special hours that have ended, and says when there is nothing to publish', () => {
    expect(osmOpeningHours(bakery, '2027-01-01').value).toBe('Mo-Fr 06:30-18:00; Sa 07:00-12:00');
    expect(
      osmOpeningHours({ openingHours: week({}), specialHours: bakery.specialHours }, '2027-01-01'),
    ).toEqual({
      value: '',
      warnings: ['The location has no opening hours to publish.'],
    });
  });

  it('drops the farthest special hours to stay within 255 characters, and says so', () => {
    const specialHours = Array.from({ length: 20 }, (_, index) => ({
      startDate: addDaysToDate('2026-12-07', index * 7),
      endDate: addDaysToDate('2026-12-07', index * 7),
      closed: false,
      ranges: [{ opens: '10:00', closes: '12:00' }],
    }));
    const hours = { openingHours: bakery.openingHours, specialHours };
    const { value, warnings } = osmOpeningHours(hours, today);
    const details = osmOpeningHoursDetails(hours, today);
    expect(value.length).toBeLessThanOrEqual(maxOsmValueLength);
    expect(value.length).toBeGreaterThan(maxOsmValueLength - 30);
    expect(details.leftOutFrom).toMatch(/^2027-/);
    expect(value).not.toContain('2027 Apr');
    expect(warnings).toEqual([
      `Special hours from ${details.leftOutFrom} on are left out: OpenStreetMap takes at most 255 characters.`,
    ]);
  });

  it('reads back any weekly and special hours the master data can hold', () => {
    const time = fc.integer({ min: 0, max: 96 }).map((quarter) => quarter * 15);
    const clock = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    // Up to three ranges in a day, in order and apart, as the schema allows.
    const ranges = fc.uniqueArray(time, { maxLength: 6 }).map((times) => {
      const sorted = [...times].sort((a, b) => a - b);
      const pairs: { opens: string; closes: string }[] = [];
      for (let index = 0; index + 1 < sorted.length; index += 2) {
        pairs.push({ opens: clock(sorted[index]!), closes: clock(sorted[index + 1]!) });
      }
      return pairs;
    });
    const openingHours = fc
      .tuple(...weekdays.map(() => ranges))
      .map((days) => Object.fromEntries(weekdays.map((day, index) => [day, days[index]!])) as OpeningHours);
    const entry = fc
      .record({
        start: fc.integer({ min: -10, max: 90 }),
        days: fc.integer({ min: 0, max: 20 }),
        ranges,
        closed: fc.boolean(),
      })
      .map(({ start, days, ranges, closed }) => ({
        startDate: addDaysToDate(today, start),
        endDate: addDaysToDate(today, start + days),
        closed: closed || ranges.length === 0,
        ranges: closed ? [] : ranges,
      }));
    fc.assert(
      fc.property(openingHours, fc.array(entry, { maxLength: 8 }), (openingHours, specialHours) => {
        const details = osmOpeningHoursDetails({ openingHours, specialHours }, today);
        if (details.tooLong) return;
        expect(details.value.length).toBeLessThanOrEqual(maxOsmValueLength);
        expect(details.validatorWarnings).toEqual([]);
        const kept = specialHours.filter(
          (each) => !details.leftOutFrom || each.startDate < details.leftOutFrom,
        );
        const { read, expected } = readBack(
          { openingHours, specialHours: kept },
          details.value || 'off',
          today,
        );
        expect(spansOnly(read)).toEqual(spansOnly(expected));
      }),
      { numRuns: 150 },
    );
  });
});
