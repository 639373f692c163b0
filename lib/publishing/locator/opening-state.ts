import { TZDate } from '@date-fns/tz';
import { holidayRegionOf } from '@/lib/hours/holiday-region';
import { formatMinutes } from '@/lib/hours/local-days';
import { publicHolidaysIn } from '@/lib/hours/public-holidays';
import { structuredDays } from '@/lib/hours/structured-hours';
import { addDaysToDate, todayIn, type PlainDate } from '@/lib/weeks/iso-week';
import type { PublicLocation } from './locator-snapshot';

// Whether a location is open at a moment, and its hours for the next days, as a customer reads
// them: on the wall clock of the organisation's time zone, special hours replacing the weekly
// hours on their dates (lib/hours/structured-hours.ts), and public holidays of the location's
// Bundesland named. A public holiday without special hours is not claimed open or closed: the
// weekly hours are not known to hold on it (most shops close, bakeries and pharmacies often do
// not), so the locator says the hours are unconfirmed and the owner can set them for all
// locations at once (lib/publishing/holiday-hours).

export type HoursRange = { opens: string; closes: string };

export type LocatorDay = {
  date: PlainDate;
  ranges: HoursRange[];
  /** Special hours apply on this date. */
  special: boolean;
  /** The public holiday's name, when the date is one where the location is. */
  holiday: string | null;
  /** A public holiday without special hours: the weekly hours may not hold. */
  unconfirmed: boolean;
};

export type OpeningState =
  | { kind: 'open'; closes: string }
  | { kind: 'opensLater'; date: PlainDate; opens: string; inDays: number }
  | { kind: 'closed' }
  | { kind: 'holidayUnconfirmed'; holiday: string }
  | { kind: 'temporarilyClosed' };

type HoursOf = Pick<
  PublicLocation,
  'openingHours' | 'specialHours' | 'countryCode' | 'region' | 'temporarilyClosed'
>;

/** The date and the minute of the day it is at `now` in `timeZone`. */
export function wallClock(timeZone: string, now: Date) {
  const local = new TZDate(now.getTime(), timeZone);
  return { date: todayIn(timeZone, now), minute: local.getHours() * 60 + local.getMinutes() };
}

/** The location's hours on `count` dates from `from`. */
export function locatorDays(location: HoursOf, from: PlainDate, count: number): LocatorDay[] {
  const dates = Array.from({ length: count }, (_, index) => addDaysToDate(from, index));
  const holidays = publicHolidaysIn(holidayRegionOf(location.countryCode, location.region), dates);
  const specialDates = new Set(
    dates.filter((date) =>
      location.specialHours.some((entry) => entry.startDate <= date && date <= entry.endDate),
    ),
  );
  return structuredDays(location, dates).map(({ date, spans }) => {
    const special = specialDates.has(date);
    const holiday = holidays.get(date) ?? null;
    const unconfirmed = holiday !== null && !special;
    return {
      date,
      ranges: unconfirmed
        ? []
        : spans.map((span) => ({ opens: formatMinutes(span.start), closes: formatMinutes(span.end) })),
      special,
      holiday,
      unconfirmed,
    };
  });
}

/**
 * Open now (until when), or when it opens next within a week; null when the location states no
 * hours at all (it is not "closed" then: nobody said when it opens).
 */
export function openingState(location: HoursOf, timeZone: string, now: Date): OpeningState | null {
  if (location.temporarilyClosed) return { kind: 'temporarilyClosed' };
  const statesHours =
    Object.values(location.openingHours).some((ranges) => ranges.length > 0) ||
    location.specialHours.some((entry) => !entry.closed);
  if (!statesHours) return null;
  const clock = wallClock(timeZone, now);
  const days = locatorDays(location, clock.date, 8);
  const today = days[0]!;
  if (today.unconfirmed) return { kind: 'holidayUnconfirmed', holiday: today.holiday! };
  const current = formatMinutes(clock.minute);
  const openRange = today.ranges.find((range) => range.opens <= current && current < range.closes);
  if (openRange) return { kind: 'open', closes: openRange.closes };
  for (const [inDays, day] of days.entries()) {
    if (day.unconfirmed) continue;
    const next = day.ranges.find((range) => inDays > 0 || range.opens > current);
    if (next) return { kind: 'opensLater', date: day.date, opens: next.opens, inDays };
  }
  return { kind: 'closed' };
}
