import { weekdays, type Weekday } from '@/lib/locations/field-values';
import type { OpeningHours } from '@/lib/locations/schemas';
import { normaliseRanges } from '@/lib/verification/website/hours/weekly-hours';
import type { GooglePeriod } from './google-place-schema';

// Google's regular opening hours into the master data's shape. A period runs from `open` to
// `close` on a week that starts on Sunday (day 0); it may end on a later day. Read by meaning as
// the website reader reads schema.org hours: a period past midnight ("Fri 18:00 to Sat 02:00") is
// 18:00–24:00 on Friday and 00:00–02:00 on Saturday, a period over whole days is 00:00–24:00 on
// each, and a period without `close` is Google's way of saying open around the clock.

const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;

type Range = { opens: number; closes: number };

const weekdayOfGoogleDay = (day: number): Weekday => weekdays[(day + 6) % 7]!;
const minuteOfWeek = (point: GooglePeriod['open']) =>
  point.day * minutesPerDay + point.hour * 60 + point.minute;

/** The periods as weekly hours; null when Google states none (it does not know the hours). */
export function openingHoursOfPeriods(periods: readonly GooglePeriod[] | undefined): OpeningHours | null {
  if (!periods || periods.length === 0) return null;
  const days = new Map<Weekday, Range[]>(weekdays.map((day) => [day, []]));
  for (const period of periods) {
    if (!period.close) {
      for (const ranges of days.values()) ranges.push({ opens: 0, closes: minutesPerDay });
      continue;
    }
    const start = minuteOfWeek(period.open);
    let end = minuteOfWeek(period.close);
    if (end <= start) end += minutesPerWeek;
    for (let cursor = start; cursor < end;) {
      const dayStart = cursor - (cursor % minutesPerDay);
      const pieceEnd = Math.min(end, dayStart + minutesPerDay);
      const day = weekdayOfGoogleDay((dayStart / minutesPerDay) % 7);
      days.get(day)!.push({ opens: cursor - dayStart, closes: pieceEnd - dayStart });
      cursor = pieceEnd;
    }
  }
  return Object.fromEntries(weekdays.map((day) => [day, normaliseRanges(days.get(day)!)])) as OpeningHours;
}
