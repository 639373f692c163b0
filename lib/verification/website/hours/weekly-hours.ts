import { weekdays, type Weekday } from '@/lib/locations/field-values';
import type { OpeningHours } from '@/lib/locations/schemas';
import { minutesPerDay, nextDay, timeText } from './time-and-days';

// Weekly hours gathered from a page's statements into the master data's shape: ranges per weekday,
// sorted, overlapping ranges joined. Pages write times as schema.org documents them, which differs
// from the master data in three ways that are read here by meaning:
// - closing after midnight ("opens 18:00, closes 02:00") is 18:00-24:00 and 00:00-02:00 next day;
// - "closes 23:59" and "closes 00:00" after an opening mean the end of the day, 24:00;
// - "opens 00:00, closes 00:00" says the day is closed.

type Range = { opens: number; closes: number };

/** A stated range in minutes, read by meaning; "closed" for 00:00-00:00, null when unreadable. */
export function rangeByMeaning(opens: number, closes: number): Range | 'closed' | null {
  if (opens === 0 && closes === 0) return 'closed';
  const end = closes === minutesPerDay - 1 || (closes === 0 && opens > 0) ? minutesPerDay : closes;
  if (opens >= minutesPerDay || end === opens) return null;
  return { opens, closes: end };
}

/** Sorted, with overlapping ranges joined; ranges that only touch stay apart, as the master data allows. */
export function normaliseRanges(ranges: readonly Range[]) {
  const sorted = [...ranges].sort((a, b) => a.opens - b.opens || a.closes - b.closes);
  const joined: Range[] = [];
  for (const range of sorted) {
    const last = joined.at(-1);
    if (last && range.opens < last.closes) last.closes = Math.max(last.closes, range.closes);
    else joined.push({ ...range });
  }
  return joined.map((range) => ({ opens: timeText(range.opens), closes: timeText(range.closes) }));
}

export class WeeklyHours {
  private readonly days = new Map<Weekday, Range[]>();

  /** Whether anything was stated about any weekday (a closed day counts). */
  get stated() {
    return this.days.size > 0;
  }

  markStated(day: Weekday) {
    if (!this.days.has(day)) this.days.set(day, []);
  }

  /** Adds a range read by meaning (see rangeByMeaning); one past midnight continues the next day. */
  add(day: Weekday, range: Range) {
    this.markStated(day);
    if (range.closes > range.opens) {
      this.days.get(day)!.push(range);
      return;
    }
    this.days.get(day)!.push({ opens: range.opens, closes: minutesPerDay });
    if (range.closes > 0) this.add(nextDay(day), { opens: 0, closes: range.closes });
  }

  result(): OpeningHours | null {
    if (!this.stated) return null;
    return Object.fromEntries(
      weekdays.map((day) => [day, normaliseRanges(this.days.get(day) ?? [])]),
    ) as OpeningHours;
  }
}
