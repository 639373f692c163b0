import { TZDate, tz } from '@date-fns/tz';
import {
  addDays,
  addWeeks,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  getISOWeeksInYear,
  startOfISOWeek,
} from 'date-fns';

// ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday) and the calendar dates
// they span. A week is a calendar concept: "2026-W48" is the same seven dates everywhere. Time
// zones matter only when a week meets the clock: which week it is now, and how long a week
// lasts (167 or 169 hours when daylight saving starts or ends in it).

/** An ISO week, e.g. { year: 2026, week: 48 }. `year` is the ISO week-numbering year. */
export type IsoWeek = { year: number; week: number };

/** A calendar date as YYYY-MM-DD. */
export type PlainDate = string;

const utc = tz('UTC');
const isoWeekPattern = /^(\d{4})-W(\d{2})$/;
const plainDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "2026-W48"; null when the text is not an ISO week or the week does not exist (2025-W53). */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = isoWeekPattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1900 || year > 9999 || week < 1 || week > weeksInIsoYear(year)) return null;
  return { year, week };
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** 52 or 53: the ISO years with a week 53 are those whose 1 January or 31 December is a Thursday. */
export function weeksInIsoYear(year: number): number {
  return getISOWeeksInYear(utcDate(year, 1, 4), { in: utc });
}

/** The ISO week a calendar date belongs to (1 January 2027 belongs to 2026-W53). */
export function isoWeekOfDate(date: PlainDate): IsoWeek {
  const day = toUtcDate(date);
  return { year: getISOWeekYear(day, { in: utc }), week: getISOWeek(day, { in: utc }) };
}

/** The Monday of an ISO week. */
export function weekStartOf({ year, week }: IsoWeek): PlainDate {
  // 4 January is always in week 1.
  const firstMonday = startOfISOWeek(utcDate(year, 1, 4), { in: utc });
  return toPlainDate(addWeeks(firstMonday, week - 1, { in: utc }));
}

/** The Monday of the ISO week a date belongs to. */
export function mondayOf(date: PlainDate): PlainDate {
  return toPlainDate(startOfISOWeek(toUtcDate(date), { in: utc }));
}

/** The ISO week whose Monday is `weekStart`. */
export function isoWeekOfMonday(weekStart: PlainDate): IsoWeek {
  return isoWeekOfDate(weekStart);
}

/** The seven dates of a week, Monday to Sunday. */
export function datesOfWeek(week: IsoWeek): PlainDate[] {
  const monday = toUtcDate(weekStartOf(week));
  return Array.from({ length: 7 }, (_, index) => toPlainDate(addDays(monday, index, { in: utc })));
}

export function addIsoWeeks(week: IsoWeek, count: number): IsoWeek {
  return isoWeekOfDate(addDaysToDate(weekStartOf(week), count * 7));
}

export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year - b.year || a.week - b.week;
}

/** The ISO weeks from `from` to `to`, both included (empty when `to` is before `from`). */
export function isoWeeksBetween(from: IsoWeek, to: IsoWeek): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let week = from; compareIsoWeeks(week, to) <= 0; week = addIsoWeeks(week, 1)) weeks.push(week);
  return weeks;
}

/** The calendar date it is now in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): PlainDate {
  return toPlainDate(new TZDate(now.getTime(), timeZone), timeZone);
}

/** The ISO week it is now in a time zone (late Sunday evening in Berlin is still that week). */
export function currentIsoWeek(timeZone: string, now: Date = new Date()): IsoWeek {
  return isoWeekOfDate(todayIn(timeZone, now));
}

/** The instant a calendar date begins in a time zone (local midnight). */
export function startOfDateIn(date: PlainDate, timeZone: string): Date {
  const [year, month, day] = splitDate(date);
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, timeZone).getTime());
}

/** The instant an hour of a date begins in a time zone, e.g. Friday 09:00 in Berlin. */
export function instantAt(date: PlainDate, hour: number, timeZone: string): Date {
  const [year, month, day] = splitDate(date);
  return new Date(new TZDate(year, month - 1, day, hour, 0, 0, timeZone).getTime());
}

/** Where the week begins and ends on the clock of a time zone ([start, end)). */
export function weekInterval(week: IsoWeek, timeZone: string): { start: Date; end: Date } {
  const start = startOfDateIn(weekStartOf(week), timeZone);
  const end = startOfDateIn(weekStartOf(addIsoWeeks(week, 1)), timeZone);
  return { start, end };
}

/** How long a week lasts in a time zone: 168 hours, 167 or 169 when the clocks change in it. */
export function minutesInWeek(week: IsoWeek, timeZone: string): number {
  const { start, end } = weekInterval(week, timeZone);
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

/** The date of an ISO weekday (1 = Monday … 7 = Sunday) in a week. */
export function dateOfWeekday(week: IsoWeek, isoWeekday: number): PlainDate {
  return addDaysToDate(weekStartOf(week), isoWeekday - 1);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: PlainDate): number {
  return getISODay(toUtcDate(date), { in: utc });
}

export function addDaysToDate(date: PlainDate, days: number): PlainDate {
  return toPlainDate(addDays(toUtcDate(date), days, { in: utc }));
}

export function isPlainDate(text: string): boolean {
  const match = plainDatePattern.exec(text);
  if (!match) return false;
  const date = toUtcDate(text);
  return toPlainDate(date) === text;
}

/** A date column read by Prisma (midnight UTC) as YYYY-MM-DD, and back. */
export function toPlainDate(date: Date, timeZone = 'UTC'): PlainDate {
  const zoned = new TZDate(date.getTime(), timeZone);
  const year = String(zoned.getFullYear()).padStart(4, '0');
  const month = String(zoned.getMonth() + 1).padStart(2, '0');
  const day = String(zoned.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function toUtcDate(date: PlainDate): Date {
  const [year, month, day] = splitDate(date);
  return utcDate(year, month, day);
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}

function splitDate(date: PlainDate): [number, number, number] {
  const match = plainDatePattern.exec(date);
  if (!match) throw new RangeError(`Not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
