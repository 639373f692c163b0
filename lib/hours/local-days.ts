import { addDaysToDate, todayIn, type PlainDate } from '@/lib/weeks/iso-week';
import { weekdays, type Weekday } from '@/lib/locations/field-values';

// Both sides of an hours comparison are read on the clock of the place: "Sa 08:00–13:00" means
// 08:00 on the wall clock whether it is summer or winter time. So the comparison works on local
// dates and minutes of the day (0–1440), never on instants, and a change of daylight saving time
// within the four weeks cannot make two equal schedules look different.
//
// opening_hours evaluates a value on the server's own clock (Date's local fields). Its dates are
// built the same way here ("floating" dates: the local fields of the server hold the wall clock of
// the place), so the server's time zone does not matter. Where the server's clock skips an hour
// (02:00–03:00 on the day its summer time starts), both sides read the same skipped time alike.

export const minutesPerDay = 24 * 60;

export type ComparisonWindow = { dates: PlainDate[]; from: PlainDate; to: PlainDate };

/** `days` local dates from the date it is at `start` in `timeZone`. */
export function comparisonWindow(start: Date, timeZone: string, days: number): ComparisonWindow {
  const from = todayIn(timeZone, start);
  const dates = Array.from({ length: days }, (_, index) => addDaysToDate(from, index));
  return { dates, from, to: dates.at(-1)! };
}

const split = (date: PlainDate) => date.split('-').map(Number) as [number, number, number];

/** The server-local Date whose fields read `date` at `minutes` past midnight. */
export function floatingDate(date: PlainDate, minutes = 0): Date {
  const [year, month, day] = split(date);
  return new Date(year, month - 1, day, 0, minutes);
}

/** Minutes since `date`'s midnight that a floating Date reads; 1440 for the next midnight. */
export function minutesOfDay(date: PlainDate, instant: Date): number {
  if (instant.getTime() >= floatingDate(date, minutesPerDay).getTime()) return minutesPerDay;
  if (instant.getTime() <= floatingDate(date).getTime()) return 0;
  return instant.getHours() * 60 + instant.getMinutes();
}

/** "08:30" as minutes of the day read through the server's clock, as opening_hours reads it. */
export function clockMinutes(date: PlainDate, time: string): number {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return minutes >= minutesPerDay ? minutesPerDay : minutesOfDay(date, floatingDate(date, minutes));
}

export function weekdayOf(date: PlainDate): Weekday {
  const [year, month, day] = split(date);
  // getUTCDay: 0 is Sunday; weekdays start on Monday.
  return weekdays[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;
}

export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
