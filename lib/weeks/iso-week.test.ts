import { tz } from '@date-fns/tz';
import { getISODay, getISOWeek, getISOWeekYear, getISOWeeksInYear, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  currentIsoWeek,
  datesOfWeek,
  formatIsoWeek,
  instantAt,
  isoWeekdayOf,
  isoWeekOfDate,
  isoWeeksBetween,
  isPlainDate,
  minutesInWeek,
  mondayOf,
  parseIsoWeek,
  todayIn,
  weekInterval,
  weeksInIsoYear,
  weekStartOf,
} from './iso-week';

describe('ISO weeks', () => {
  it('parses and formats week labels', () => {
    expect(parseIsoWeek('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(formatIsoWeek({ year: 2026, week: 1 })).toBe('2026-W01');
  });

  it('refuses weeks that do not exist and text that is not a week', () => {
    for (const text of [
      '2025-W53',
      '2026-W54',
      '2026-W00',
      '2026-W5',
      '2026W48',
      '26-W48',
      '2026-w48',
      ' 2026-W48',
    ])
      expect(parseIsoWeek(text), text).toBeNull();
  });

  it('knows which years have a week 53', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2025)).toBe(52);
    expect(weeksInIsoYear(2027)).toBe(52);
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
  });

  it('puts dates around the year boundary in the right week', () => {
    expect(isoWeekOfDate('2026-12-28')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeekOfDate('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOfDate('2021-01-03')).toEqual({ year: 2020, week: 53 });
  });

  it('finds the Monday of a week and its seven dates', () => {
    expect(weekStartOf({ year: 2026, week: 48 })).toBe('2026-11-23');
    expect(weekStartOf({ year: 2026, week: 53 })).toBe('2026-12-28');
    expect(weekStartOf({ year: 2025, week: 1 })).toBe('2024-12-30');
    expect(datesOfWeek({ year: 2026, week: 53 })).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('steps across the year boundary', () => {
    expect(addIsoWeeks({ year: 2026, week: 52 }, 1)).toEqual({ year: 2026, week: 53 });
    expect(addIsoWeeks({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
    expect(addIsoWeeks({ year: 2025, week: 52 }, 1)).toEqual({ year: 2026, week: 1 });
    expect(addIsoWeeks({ year: 2027, week: 1 }, -1)).toEqual({ year: 2026, week: 53 });
    expect(isoWeeksBetween({ year: 2026, week: 52 }, { year: 2027, week: 2 }).map(formatIsoWeek)).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(isoWeeksBetween({ year: 2027, week: 2 }, { year: 2026, week: 52 })).toEqual([]);
  });

  it('measures the week on the clock of the time zone, daylight saving included', () => {
    const berlin = 'Europe/Berlin';
    // Clocks go forward on Sunday 29 March 2026 (2026-W13) and back on Sunday 25 October (W43).
    expect(minutesInWeek({ year: 2026, week: 13 }, berlin)).toBe(167 * 60);
    expect(minutesInWeek({ year: 2026, week: 43 }, berlin)).toBe(169 * 60);
    expect(minutesInWeek({ year: 2026, week: 48 }, berlin)).toBe(168 * 60);
    expect(minutesInWeek({ year: 2026, week: 43 }, 'UTC')).toBe(168 * 60);
    expect(weekInterval({ year: 2026, week: 48 }, berlin).start.toISOString()).toBe(
      '2026-11-22T23:00:00.000Z',
    );
    expect(weekInterval({ year: 2026, week: 26 }, berlin).start.toISOString()).toBe(
      '2026-06-21T22:00:00.000Z',
    );
  });

  it('tells the current week by the local date, not by UTC', () => {
    // Sunday 29 November 2026, 23:30 in Berlin is 22:30 UTC: still week 48 there.
    const sundayNight = new Date('2026-11-29T22:30:00Z');
    expect(currentIsoWeek('Europe/Berlin', sundayNight)).toEqual({ year: 2026, week: 48 });
    // 23:30 UTC is already Monday 00:30 in Berlin.
    expect(currentIsoWeek('Europe/Berlin', new Date('2026-11-29T23:30:00Z'))).toEqual({
      year: 2026,
      week: 49,
    });
    expect(currentIsoWeek('America/New_York', new Date('2026-11-30T03:00:00Z'))).toEqual({
      year: 2026,
      week: 48,
    });
    expect(todayIn('Europe/Berlin', new Date('2026-12-31T23:15:00Z'))).toBe('2027-01-01');
  });

  it('places local hours on the right instant across a clock change', () => {
    expect(instantAt('2026-03-27', 9, 'Europe/Berlin').toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(instantAt('2026-04-03', 9, 'Europe/Berlin').toISOString()).toBe('2026-04-03T07:00:00.000Z');
  });

  it('validates calendar dates', () => {
    expect(isPlainDate('2026-02-28')).toBe(true);
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-13-01')).toBe(false);
    expect(isPlainDate('26-01-01')).toBe(false);
  });

  it('round-trips every date through its week (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 200 }).map((offset) => {
      const date = new Date(Date.UTC(1950, 0, 1) + offset * 86_400_000);
      return date.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(day, (date) => {
        const week = isoWeekOfDate(date);
        const dates = datesOfWeek(week);
        expect(dates).toContain(date);
        expect(parseIsoWeek(formatIsoWeek(week))).toEqual(week);
        expect(week.week).toBeLessThanOrEqual(weeksInIsoYear(week.year));
      }),
    );
  });

  it('agrees with date-fns on every ISO week field (property)', () => {
    // The module counts days in UTC by hand (fast); date-fns is the reference it must match.
    const utc = { in: tz('UTC') };
    const day = fc.integer({ min: 0, max: 365 * 250 }).map((offset) => {
      const date = new Date(Date.UTC(1900, 0, 1) + offset * 86_400_000);
      return date.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(day, (date) => {
        const reference = new Date(`${date}T00:00:00Z`);
        const week = isoWeekOfDate(date);
        expect(week).toEqual({ year: getISOWeekYear(reference, utc), week: getISOWeek(reference, utc) });
        expect(weeksInIsoYear(week.year)).toBe(getISOWeeksInYear(reference, utc));
        expect(isoWeekdayOf(date)).toBe(getISODay(reference, utc));
        expect(mondayOf(date)).toBe(startOfISOWeek(reference, utc).toISOString().slice(0, 10));
        expect(weekStartOf(week)).toBe(mondayOf(date));
      }),
      { numRuns: 500 },
    );
  });
});
