import {
  addDaysToDate,
  dateOfWeekday,
  isoWeekOfDate,
  isoWeeksBetween,
  todayIn,
  weekStartOf,
  type IsoWeek,
  type PlainDate,
} from '@/lib/weeks/iso-week';

// A report month ("2026-11") and the days and weeks it covers, on the organisation's calendar.
// Pure: no database access.

export type ReportMonth = string;

export const reportMonthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month a local date lies in. */
export function monthOfDate(date: PlainDate): ReportMonth {
  return date.slice(0, 7);
}

/** The month it is now in a time zone. */
export function currentMonthIn(timeZone: string, now = new Date()): ReportMonth {
  return monthOfDate(todayIn(timeZone, now));
}

/** The month before (or `count` months from) `month`. */
export function addMonths(month: ReportMonth, count: number): ReportMonth {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and last day of the month. */
export function daysOfMonth(month: ReportMonth): { first: PlainDate; last: PlainDate } {
  const first = `${month}-01`;
  return { first, last: addDaysToDate(`${addMonths(month, 1)}-01`, -1) };
}

/**
 * The weeks a month reports on: the ISO weeks whose check-in day (the organisation's ISO weekday,
 * Friday by default) falls in the month, so every week belongs to exactly one month and its
 * punctuality and its hours are read in the same report.
 */
export function weeksOfMonth(month: ReportMonth, checkinWeekday: number): IsoWeek[] {
  const { first, last } = daysOfMonth(month);
  return isoWeeksBetween(
    isoWeekOfDate(addDaysToDate(first, -7)),
    isoWeekOfDate(addDaysToDate(last, 7)),
  ).filter((week) => monthOfDate(dateOfWeekday(week, checkinWeekday)) === month);
}

/** The Mondays of the weeks, as the tables store them. */
export function mondaysOf(weeks: IsoWeek[]): PlainDate[] {
  return weeks.map(weekStartOf);
}

/** The month-end dates of the `count` months before `month`, oldest first (for the trend). */
export function previousMonthEnds(month: ReportMonth, count: number): PlainDate[] {
  return Array.from({ length: count }, (_, index) => daysOfMonth(addMonths(month, index - count)).last);
}

/** "November 2026" / "November 2026" in the reader's language. */
export function formatReportMonth(month: ReportMonth, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** The months a report can be read for, newest first: the current one back to the organisation's first. */
export function selectableMonths(earliest: ReportMonth, latest: ReportMonth): ReportMonth[] {
  const months: ReportMonth[] = [];
  for (let month = latest; month >= earliest && months.length < 240; month = addMonths(month, -1))
    months.push(month);
  return months;
}
