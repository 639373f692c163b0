import { TZDate } from '@date-fns/tz';

// ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday) and the calendar dates
// they span. A week is a calendar concept: "2026-W48" is the same seven dates everywhere. Time
// zones matter only when a week meets the clock: which week it is now, and how long a week
// lasts (167 or 169 hours when daylight saving starts or ends in it).
//
// Calendar arithmetic runs on UTC dates with plain day counts: a date-fns function given a
// time-zone context asks Intl for the zone's offset on every field it reads, which made parsing
// and listing the weeks of a year-long comparison cost ~60 ms per request.

/** An ISO week, e.g. { year: 2026, week: 48 }. `year` is the ISO week-numbering year. */
export type IsoWeek = { year: number; week: number };

/** A calendar date as YYYY-MM-DD. */
export type PlainDate = string;

const dayMs = 86_400_000;
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
  // 28 December is always in the year's last week.
  return isoWeekOfDate(toPlainDate(utcDate(year, 12, 28))).week;
}

/** The ISO week a calendar date belongs to (1 January 2027 belongs to 2026-W53). */
export function isoWeekOfDate(date: PlainDate): IsoWeek {
  // A week belongs to the year its Thursday is in, and is numbered by that Thursday's day of year.
  const day = toUtcDate(date);
  const thursday = new Date(day.getTime() + (4 - isoWeekdayOfUtc(day)) * dayMs);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - utcDate(year, 1, 1).getTime()) / dayMs);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** The Monday of an ISO week. */
export function weekStartOf({ year, week }: IsoWeek): PlainDate {
  // 4 January is always in week 1.
  const january4 = utcDate(year, 1, 4);
  const firstMonday = january4.getTime() - (isoWeekdayOfUtc(january4) - 1) * dayMs;
  return toPlainDate(new Date(firstMonday + (week - 1) * 7 * dayMs));
}

/** The Monday of the ISO week a date belongs to. */
export function mondayOf(date: PlainDate): PlainDate {
  return addDaysToDate(date, 1 - isoWeekdayOf(date));
}

/** The ISO week whose Monday is `weekStart`. */
export function isoWeekOfMonday(weekStart: PlainDate): IsoWeek {
  return isoWeekOfDate(weekStart);
}

/** The seven dates of a week, Monday to Sunday. */
export function datesOfWeek(week: IsoWeek): PlainDate[] {
  const monday = weekStartOf(week);
  return Array.from({ length: 7 }, (_, index) => addDaysToDate(monday, index));
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
  return isoWeekdayOfUtc(toUtcDate(date));
}

function isoWeekdayOfUtc(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

export function addDaysToDate(date: PlainDate, days: number): PlainDate {
  return toPlainDate(new Date(toUtcDate(date).getTime() + days * dayMs));
}

export function isPlainDate(text: string): boolean {
  const match = plainDatePattern.exec(text);
  if (!match) return false;
  const date = toUtcDate(text);
  return toPlainDate(date) === text;
}

/** A date column read by Prisma (midnight UTC) as YYYY-MM-DD, and back. */
export function toPlainDate(date: Date, timeZone = 'UTC'): PlainDate {
  if (timeZone === 'UTC') return formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const zoned = new TZDate(date.getTime(), timeZone);
  return formatDate(zoned.getFullYear(), zoned.getMonth() + 1, zoned.getDate());
}

function formatDate(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
