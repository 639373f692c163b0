import { describe, expect, it } from 'vitest';
import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import { compareHours } from './compare-hours';
import type { CompareHoursInput, HoursComparison } from './hours-types';

const bremen = { countryCode: 'DE', region: 'Bremen', latitude: 53.0793, longitude: 8.8017 };
const munich = { countryCode: 'DE', region: 'Bayern', latitude: 48.137, longitude: 11.575 };

const range = (opens: string, closes: string) => [{ opens, closes }];
const week = (days: Partial<OpeningHours>): OpeningHours => ({
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
  ...days,
});
const weekdaysAnd = (weekday: OpeningHours['mon'], saturday: OpeningHours['sat']) =>
  week({ mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: saturday });

/** Bakery hours: Mo–Fr 07:00–18:00, Sa 07:00–13:00. */
const bakery = weekdaysAnd(range('07:00', '18:00'), range('07:00', '13:00'));

function compareOsm(
  value: string,
  options: { hours?: OpeningHours; special?: SpecialHours; start: string } & Partial<
    Omit<CompareHoursInput, 'start'>
  >,
) {
  const { hours = bakery, special = [], start, ...rest } = options;
  return compareHours({
    master: { openingHours: hours, specialHours: special },
    observed: { kind: 'osm', value },
    place: bremen,
    start: new Date(start),
    ...rest,
  });
}

const differencesOf = (comparison: HoursComparison) =>
  comparison.result === 'different'
    ? comparison.differences.map((day) => ({
        date: day.date,
        holiday: day.holiday,
        master: day.master.map(({ opens, closes }) => `${opens}–${closes}`).join(', '),
        observed: day.observed.map(({ opens, closes }) => `${opens}–${closes}`).join(', '),
      }))
    : comparison.result;

describe('compareHours with an OpenStreetMap value', () => {
  it('finds the same hours equal over four weeks, whatever the notation', () => {
    const comparison = compareOsm('Mo-Fr 07:00-12:00,12:00-18:00; Sa 07:00-13:00', {
      start: '2026-06-08T08:00:00Z',
    });
    expect(comparison).toMatchObject({ result: 'equal', from: '2026-06-08', to: '2026-07-05', warnings: [] });
  });

  it('names each Saturday whose hours differ, with both sides', () => {
    const comparison = compareOsm('Mo-Fr 07:00-18:00; Sa 07:00-12:00', { start: '2026-06-08T08:00:00Z' });
    expect(differencesOf(comparison)).toEqual(
      ['2026-06-13', '2026-06-20', '2026-06-27', '2026-07-04'].map((date) => ({
        date,
        holiday: null,
        master: '07:00–13:00',
        observed: '07:00–12:00',
      })),
    );
    expect(comparison.result === 'different' && comparison.differences[0]!.weekday).toBe('sat');
  });

  it('starts on the date it is in the time zone: late Sunday evening UTC is Monday in Berlin', () => {
    const comparison = compareOsm('Mo-Fr 07:00-18:00; Sa 07:00-13:00', { start: '2026-06-07T22:30:00Z' });
    expect(comparison).toMatchObject({ from: '2026-06-08', to: '2026-07-05' });
    const inLondon = compareOsm('Mo-Fr 07:00-18:00; Sa 07:00-13:00', {
      start: '2026-06-07T22:30:00Z',
      timeZone: 'Europe/London',
    });
    expect(inLondon).toMatchObject({ from: '2026-06-07', to: '2026-07-04' });
  });

  it('holds the public holidays of the Bundesland: Easter closed on the map, open in the master data', () => {
    const comparison = compareOsm('Mo-Fr 07:00-18:00; Sa 07:00-13:00; PH off', {
      start: '2026-03-23T08:00:00Z',
    });
    expect(differencesOf(comparison)).toEqual([
      { date: '2026-04-03', holiday: 'Karfreitag', master: '07:00–18:00', observed: '' },
      { date: '2026-04-06', holiday: 'Ostermontag', master: '07:00–18:00', observed: '' },
    ]);
  });

  it('finds them equal when the special hours close on those holidays', () => {
    const special: SpecialHours = [
      { startDate: '2026-04-03', endDate: '2026-04-03', closed: true, ranges: [], note: 'Karfreitag' },
      { startDate: '2026-04-06', endDate: '2026-04-06', closed: true, ranges: [] },
    ];
    const comparison = compareOsm('Mo-Fr 07:00-18:00; Sa 07:00-13:00; PH off', {
      start: '2026-03-23T08:00:00Z',
      special,
    });
    expect(comparison.result).toBe('equal');
  });

  it('reports a holiday the source says open while the master data closes', () => {
    const special: SpecialHours = [
      { startDate: '2026-12-24', endDate: '2026-12-24', closed: false, ranges: range('07:00', '12:00') },
      { startDate: '2026-12-25', endDate: '2026-12-26', closed: true, ranges: [] },
    ];
    const openOnHolidays = compareOsm('Mo-Fr 07:00-18:00; Sa 07:00-13:00; Dec 24 07:00-12:00', {
      start: '2026-12-14T08:00:00Z',
      special,
    });
    expect(differencesOf(openOnHolidays)).toEqual([
      { date: '2026-12-25', holiday: '1. Weihnachtstag', master: '', observed: '07:00–18:00' },
      { date: '2026-12-26', holiday: '2. Weihnachtstag', master: '', observed: '07:00–13:00' },
    ]);
    const closedOnHolidays = compareOsm('Mo-Fr 07:00-18:00; Sa 07:00-13:00; Dec 24 07:00-12:00; PH off', {
      start: '2026-12-14T08:00:00Z',
      special,
    });
    // Four weeks from 14 December reach New Year's Day, which the master data keeps open.
    expect(differencesOf(closedOnHolidays)).toEqual([
      { date: '2027-01-01', holiday: 'Neujahr', master: '07:00–18:00', observed: '' },
    ]);
  });

  it('takes the holidays of the location’s own Bundesland', () => {
    const value = 'Mo-Fr 07:00-18:00; Sa 07:00-13:00; PH off';
    const start = '2026-01-05T08:00:00Z';
    expect(compareOsm(value, { start }).result).toBe('equal');
    for (const region of ['Bayern', 'Bavaria', 'DE-BY', 'by']) {
      const comparison = compareOsm(value, { start, place: { ...munich, region } });
      expect(differencesOf(comparison)).toEqual([
        { date: '2026-01-06', holiday: 'Heilige Drei Könige', master: '07:00–18:00', observed: '' },
      ]);
      expect(comparison.holidays).toEqual({ countryCode: 'DE', state: 'Bayern', stateCode: 'DE-BY' });
    }
  });

  it('keeps to the nationwide holidays when the region is not a Bundesland', () => {
    const comparison = compareOsm('Mo-Fr 07:00-18:00; Sa 07:00-13:00; PH off', {
      start: '2026-01-05T08:00:00Z',
      place: { ...munich, region: 'Oberbayern-Süd' },
    });
    // Not Baden-Württemberg's 6 January, which opening_hours assumes when it is given no place.
    expect(comparison).toMatchObject({ result: 'equal', holidays: { state: null, stateCode: null } });
  });

  it('reads 24/7 and off', () => {
    const allDay = week(
      Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, range('00:00', '24:00')]),
      ),
    );
    expect(compareOsm('24/7', { start: '2026-03-23T08:00:00Z', hours: allDay }).result).toBe('equal');
    expect(compareOsm('off', { start: '2026-03-23T08:00:00Z', hours: week({}) }).result).toBe('equal');
    const closedOnMap = compareOsm('off', { start: '2026-03-23T08:00:00Z' });
    expect(closedOnMap.result === 'different' && closedOnMap.differences).toHaveLength(24);
  });

  it('counts a comment alone as unknown, and open with a comment as open', () => {
    const byAppointment = compareOsm('Mo-Fr 07:00-18:00 "nach Vereinbarung"; Sa 07:00-13:00', {
      start: '2026-06-08T08:00:00Z',
    });
    expect(byAppointment.result === 'different' && byAppointment.differences[0]).toMatchObject({
      date: '2026-06-08',
      master: [{ opens: '07:00', closes: '18:00' }],
      observed: [{ opens: '07:00', closes: '18:00', unknown: true, comment: 'nach Vereinbarung' }],
    });
    const withNote = compareOsm('Mo-Fr 07:00-18:00 open "Mittagstisch ab 12"; Sa 07:00-13:00', {
      start: '2026-06-08T08:00:00Z',
    });
    expect(withNote.result).toBe('equal');
  });

  it('passes on what opening_hours notes about a sloppy value it still reads', () => {
    const comparison = compareOsm('Mo-Fr 7-18; Sa 7-13', { start: '2026-06-08T08:00:00Z' });
    expect(comparison).toMatchObject({ result: 'equal', warnings: ['without_minutes'] });
  });

  it.each([
    ['a time past the end of the day', 'Mo-Fr 25:00-26:00'],
    ['no opening hours at all', 'foo bar'],
    ['a value longer than OpenStreetMap allows', `Mo-Fr 07:00-18:00; ${'Sa 07:00-13:00; '.repeat(20)}`],
  ])('reports %s as unreadable, with the package’s message', (_, value) => {
    const comparison = compareOsm(value, { start: '2026-06-08T08:00:00Z' });
    expect(comparison).toMatchObject({ result: 'unreadable', value, from: '2026-06-08' });
    expect(comparison.result === 'unreadable' && comparison.message).toMatch(/\S/);
  });
});

describe('compareHours with hours in the master data’s shape', () => {
  it('compares weekly and special hours of a website with the master data', () => {
    const special: SpecialHours = [
      { startDate: '2026-06-10', endDate: '2026-06-10', closed: false, ranges: range('09:00', '12:00') },
    ];
    const comparison = compareHours({
      master: { openingHours: bakery, specialHours: [] },
      observed: {
        kind: 'structured',
        openingHours: weekdaysAnd(
          [...range('07:00', '12:00'), ...range('12:00', '18:00')],
          range('07:00', '12:00'),
        ),
        specialHours: special,
      },
      place: bremen,
      start: new Date('2026-06-08T08:00:00Z'),
      days: 7,
    });
    expect(differencesOf(comparison)).toEqual([
      { date: '2026-06-10', holiday: null, master: '07:00–18:00', observed: '09:00–12:00' },
      { date: '2026-06-13', holiday: null, master: '07:00–13:00', observed: '07:00–12:00' },
    ]);
  });

  it('lets the shorter special hours entry win where two overlap', () => {
    const special: SpecialHours = [
      { startDate: '2026-08-03', endDate: '2026-08-16', closed: true, ranges: [], note: 'Betriebsferien' },
      { startDate: '2026-08-08', endDate: '2026-08-08', closed: false, ranges: range('08:00', '12:00') },
    ];
    const comparison = compareOsm('Aug 03-Aug 16 off; Aug 08 08:00-12:00', {
      start: '2026-08-03T08:00:00Z',
      days: 14,
      hours: week({}),
      special,
    });
    expect(comparison.result).toBe('equal');
  });
});
