import { describe, expect, it } from 'vitest';
import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import { locatorDays, openingState } from './opening-state';

// The open-now label as a customer in Berlin reads it, at fixed instants (December 2026 is
// CET, UTC+1; 2027-03-28 is the night summer time starts). A bakery in Bremen with a lunch break
// on weekdays, Saturday mornings and closed on Sunday.

const zone = 'Europe/Berlin';
const none: OpeningHours['mon'] = [];
const weekday = [
  { opens: '08:00', closes: '12:00' },
  { opens: '14:00', closes: '18:00' },
];
const weeklyHours: OpeningHours = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [{ opens: '09:00', closes: '13:00' }],
  sun: none,
};

function bakery(specialHours: SpecialHours = [], extra: { temporarilyClosed?: boolean } = {}) {
  return {
    openingHours: weeklyHours,
    specialHours,
    countryCode: 'DE',
    region: 'Bremen',
    temporarilyClosed: extra.temporarilyClosed ?? false,
  };
}

/** The instant it is `time` on the wall clock in Berlin on `date` in winter (UTC+1). */
const berlinWinter = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);

describe('openingState', () => {
  it('is open until the end of the current range', () => {
    // Tuesday 2026-12-08, 10:00
    expect(openingState(bakery(), zone, berlinWinter('2026-12-08', '10:00'))).toEqual({
      kind: 'open',
      closes: '12:00',
    });
    expect(openingState(bakery(), zone, berlinWinter('2026-12-08', '15:30'))).toEqual({
      kind: 'open',
      closes: '18:00',
    });
  });

  it('is open one minute before closing and opens later the same day at the closing minute', () => {
    expect(openingState(bakery(), zone, berlinWinter('2026-12-08', '11:59'))).toEqual({
      kind: 'open',
      closes: '12:00',
    });
    expect(openingState(bakery(), zone, berlinWinter('2026-12-08', '12:00'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-08',
      opens: '14:00',
      inDays: 0,
    });
    // Seconds do not keep it open: 11:59:59 is still open, 12:00:00 is not.
    expect(openingState(bakery(), zone, new Date('2026-12-08T11:59:59+01:00'))?.kind).toBe('open');
  });

  it('opens at the first range when it is earlier in the day', () => {
    expect(openingState(bakery(), zone, berlinWinter('2026-12-08', '06:30'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-08',
      opens: '08:00',
      inDays: 0,
    });
  });

  it('opens tomorrow after the last range of the day', () => {
    expect(openingState(bakery(), zone, berlinWinter('2026-12-08', '17:59'))?.kind).toBe('open');
    expect(openingState(bakery(), zone, berlinWinter('2026-12-08', '18:00'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-09',
      opens: '08:00',
      inDays: 1,
    });
  });

  it('reads the wall clock of the organisation, not UTC', () => {
    // 23:30 UTC on Tuesday is 00:30 on Wednesday in Berlin: it opens today (Wednesday) at 08:00.
    expect(openingState(bakery(), zone, new Date('2026-12-08T23:30:00Z'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-09',
      opens: '08:00',
      inDays: 0,
    });
  });

  it('opens on a later weekday over a closed Sunday', () => {
    // Saturday 2026-12-12, 13:00: closed for the weekend, opens Monday.
    expect(openingState(bakery(), zone, berlinWinter('2026-12-12', '13:00'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-14',
      opens: '08:00',
      inDays: 2,
    });
  });

  it('keeps the wall-clock hours across the start of summer time', () => {
    // Tuesday 2027-03-30, 08:30 CEST (06:30 UTC), two days after the clocks went forward (the
    // Monday is Easter Monday).
    expect(openingState(bakery(), zone, new Date('2027-03-30T06:30:00Z'))).toEqual({
      kind: 'open',
      closes: '12:00',
    });
    expect(openingState(bakery(), zone, new Date('2027-03-30T05:59:00Z'))?.kind).toBe('opensLater');
  });

  it('does not claim the weekly hours on a public holiday without special hours', () => {
    // Friday 2026-12-25 is a public holiday in Bremen; the bakery's Friday hours may not hold.
    const state = openingState(bakery(), zone, berlinWinter('2026-12-25', '10:00'));
    expect(state?.kind).toBe('holidayUnconfirmed');
    expect(state?.kind === 'holidayUnconfirmed' && state.holiday).toMatch(/weihnacht/i);
  });

  it('skips unconfirmed holidays when saying when it opens next', () => {
    // Thursday 2026-12-24 after closing: the 25th and 26th are holidays, the 27th a Sunday.
    expect(openingState(bakery(), zone, berlinWinter('2026-12-24', '19:00'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-28',
      opens: '08:00',
      inDays: 4,
    });
  });

  it('uses special hours on a public holiday', () => {
    const christmas = bakery([
      {
        startDate: '2026-12-25',
        endDate: '2026-12-25',
        closed: false,
        ranges: [{ opens: '10:00', closes: '14:00' }],
      },
    ]);
    expect(openingState(christmas, zone, berlinWinter('2026-12-25', '11:00'))).toEqual({
      kind: 'open',
      closes: '14:00',
    });
    expect(openingState(christmas, zone, berlinWinter('2026-12-25', '13:59'))?.kind).toBe('open');
    expect(openingState(christmas, zone, berlinWinter('2026-12-25', '09:00'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-25',
      opens: '10:00',
      inDays: 0,
    });
    // After 14:00 the 26th is an unconfirmed holiday and the 27th a Sunday.
    expect(openingState(christmas, zone, berlinWinter('2026-12-25', '14:00'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-28',
      opens: '08:00',
      inDays: 3,
    });
  });

  it('special hours replace the weekly hours on an ordinary day too', () => {
    const shortDay = bakery([
      {
        startDate: '2026-12-08',
        endDate: '2026-12-08',
        closed: false,
        ranges: [{ opens: '08:00', closes: '10:00' }],
      },
    ]);
    expect(openingState(shortDay, zone, berlinWinter('2026-12-08', '09:59'))).toEqual({
      kind: 'open',
      closes: '10:00',
    });
    expect(openingState(shortDay, zone, berlinWinter('2026-12-08', '10:00'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-09',
      opens: '08:00',
      inDays: 1,
    });
    const closedDay = bakery([{ startDate: '2026-12-08', endDate: '2026-12-08', closed: true, ranges: [] }]);
    expect(openingState(closedDay, zone, berlinWinter('2026-12-08', '10:00'))).toEqual({
      kind: 'opensLater',
      date: '2026-12-09',
      opens: '08:00',
      inDays: 1,
    });
  });

  it('says temporarily closed whatever the hours', () => {
    expect(
      openingState(bakery([], { temporarilyClosed: true }), zone, berlinWinter('2026-12-08', '10:00')),
    ).toEqual({ kind: 'temporarilyClosed' });
  });

  it('says nothing when the location states no hours at all (it is not "closed" then)', () => {
    const noHours = { ...bakery(), openingHours: { ...weeklyHours, ...allDays(none) } };
    expect(openingState(noHours, zone, berlinWinter('2026-12-08', '10:00'))).toBeNull();
    // A closure alone states no opening hours either.
    const closedOnly = bakery([{ startDate: '2026-12-08', endDate: '2026-12-08', closed: true, ranges: [] }]);
    expect(
      openingState(
        { ...closedOnly, openingHours: noHours.openingHours },
        zone,
        berlinWinter('2026-12-08', '10:00'),
      ),
    ).toBeNull();
  });

  it('says closed when its only hours are more than a week away', () => {
    const later = bakery([
      {
        startDate: '2026-12-20',
        endDate: '2026-12-20',
        closed: false,
        ranges: [{ opens: '10:00', closes: '14:00' }],
      },
    ]);
    const onlyLater = { ...later, openingHours: { ...weeklyHours, ...allDays(none) } };
    expect(openingState(onlyLater, zone, berlinWinter('2026-12-08', '10:00'))).toEqual({ kind: 'closed' });
  });
});

describe('locatorDays', () => {
  it('marks special days and public holidays over two weeks', () => {
    const days = locatorDays(
      bakery([
        {
          startDate: '2026-12-24',
          endDate: '2026-12-24',
          closed: false,
          ranges: [{ opens: '08:00', closes: '12:00' }],
        },
        { startDate: '2026-12-31', endDate: '2026-12-31', closed: true, ranges: [] },
        {
          startDate: '2027-01-01',
          endDate: '2027-01-01',
          closed: false,
          ranges: [{ opens: '11:00', closes: '15:00' }],
        },
      ]),
      '2026-12-21',
      14,
    );
    expect(days).toHaveLength(14);
    expect(days.map((day) => day.date)).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    const on = (date: string) => days.find((day) => day.date === date)!;

    // An ordinary Monday: weekly hours, nothing marked.
    expect(on('2026-12-21')).toEqual({
      date: '2026-12-21',
      ranges: weekday,
      special: false,
      holiday: null,
      unconfirmed: false,
    });
    // Christmas Eve is no public holiday; special hours replace the weekly ones.
    expect(on('2026-12-24')).toMatchObject({
      ranges: [{ opens: '08:00', closes: '12:00' }],
      special: true,
      holiday: null,
      unconfirmed: false,
    });
    // Both Christmas days are holidays without special hours: no hours claimed.
    for (const date of ['2026-12-25', '2026-12-26']) {
      expect(on(date)).toMatchObject({ ranges: [], special: false, unconfirmed: true });
      expect(on(date).holiday).toMatch(/weihnacht/i);
    }
    // A Sunday: closed, no holiday.
    expect(on('2026-12-27')).toMatchObject({ ranges: [], special: false, holiday: null, unconfirmed: false });
    // Closed by special hours.
    expect(on('2026-12-31')).toMatchObject({ ranges: [], special: true, holiday: null, unconfirmed: false });
    // New Year's Day with special hours: a holiday, confirmed by the owner's hours.
    expect(on('2027-01-01')).toMatchObject({
      ranges: [{ opens: '11:00', closes: '15:00' }],
      special: true,
      unconfirmed: false,
    });
    expect(on('2027-01-01').holiday).toMatch(/neujahr/i);
    expect(on('2027-01-02')).toMatchObject({ ranges: [{ opens: '09:00', closes: '13:00' }], special: false });
  });

  it('knows the Bundesland: Reformation Day is a holiday in Bremen, not in Bayern', () => {
    const bremen = locatorDays(bakery(), '2027-10-31', 1)[0]!;
    const bayern = locatorDays({ ...bakery(), region: 'Bayern' }, '2027-10-31', 1)[0]!;
    expect(bremen.holiday).not.toBeNull();
    expect(bayern.holiday).toBeNull();
  });
});

function allDays(ranges: OpeningHours['mon']): OpeningHours {
  return { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: ranges, sun: ranges };
}
