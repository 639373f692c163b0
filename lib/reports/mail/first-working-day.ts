import { addDaysToDate, instantAt, isoWeekdayOf, todayIn, type PlainDate } from '@/lib/weeks/iso-week';
import { addMonths, daysOfMonth, monthOfDate, type ReportMonth } from '../month';

// When the monthly report mail is due: on the first working day of the month (Monday to Friday,
// not a public holiday observed in all of Germany), on the organisation's clock, from its reminder
// hour to the end of that day. Holidays of single Länder (Epiphany, Corpus Christi, …) are not
// skipped: an organisation's Bundesland is not known, and a report a day early harms nobody. The
// job runs hourly, so a run missed by a deploy is made up within the day.

/** Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The public holidays of all German Länder in a year. */
export function nationwideHolidays(year: number): Set<PlainDate> {
  const easter = easterSunday(year);
  return new Set([
    `${year}-01-01`,
    addDaysToDate(easter, -2),
    addDaysToDate(easter, 1),
    `${year}-05-01`,
    addDaysToDate(easter, 39),
    addDaysToDate(easter, 50),
    `${year}-10-03`,
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

/** The month's first Monday-to-Friday that is not a nationwide public holiday. */
export function firstWorkingDay(month: ReportMonth): PlainDate {
  const holidays = nationwideHolidays(Number(month.slice(0, 4)));
  let day = daysOfMonth(month).first;
  while (isoWeekdayOf(day) > 5 || holidays.has(day)) day = addDaysToDate(day, 1);
  return day;
}

/**
 * The month whose report is due at `now` (the one before the current month) when today is the
 * current month's first working day and its reminder hour has come; null otherwise.
 */
export function reportDueMonth(
  schedule: { timeZone: string; reminderHour: number },
  now: Date,
): ReportMonth | null {
  const today = todayIn(schedule.timeZone, now);
  const month = monthOfDate(today);
  if (today !== firstWorkingDay(month)) return null;
  if (now.getTime() < instantAt(today, schedule.reminderHour, schedule.timeZone).getTime()) return null;
  return addMonths(month, -1);
}
