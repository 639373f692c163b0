import { addDaysToDate, startOfDateIn, type PlainDate } from '@/lib/weeks/iso-week';

// How many minutes a calendar day has on the clock of a time zone: 1440, or 1380 and 1500 on the
// days the clocks go forward and back. One member cannot spend more than that in a day.

export function minutesInDay(date: PlainDate, timeZone: string): number {
  const start = startOfDateIn(date, timeZone);
  const end = startOfDateIn(addDaysToDate(date, 1), timeZone);
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}
