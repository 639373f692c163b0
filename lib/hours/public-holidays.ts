import { LRUCache } from 'lru-cache';
import OpeningHours from 'opening_hours';
import type { PlainDate } from '@/lib/weeks/iso-week';
import { nominatimPlaceOf, type HolidayRegion } from './holiday-region';
import { floatingDate, minutesPerDay } from './local-days';

// The names of the public holidays in a window, from the same data opening_hours evaluates PH
// with: the value "PH" is open exactly on the holidays, each interval named by its comment.

const cache = new LRUCache<string, ReadonlyMap<PlainDate, string>>({ max: 256 });

/** Holiday names by date; empty for a country opening_hours has no holidays for. */
export function publicHolidaysIn(
  region: HolidayRegion,
  dates: readonly PlainDate[],
): ReadonlyMap<PlainDate, string> {
  if (dates.length === 0) return new Map();
  const key = [region.countryCode, region.stateCode ?? '', dates[0], dates.length].join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const holidays = new Map<PlainDate, string>();
  try {
    // The position only matters for sunrise; holidays follow the country and state.
    const hours = new OpeningHours('PH', nominatimPlaceOf(region, { latitude: 51.16, longitude: 10.45 }));
    const intervals = hours.getOpenIntervals(
      floatingDate(dates[0]!),
      floatingDate(dates.at(-1)!, minutesPerDay),
    );
    for (const date of dates) {
      const noon = floatingDate(date, 12 * 60).getTime();
      const holiday = intervals.find(([from, to]) => from.getTime() <= noon && noon < to.getTime());
      if (holiday) holidays.set(date, holiday[3] ?? '');
    }
  } catch {
    // No holiday data for this country: no day is named a holiday.
  }
  cache.set(key, holidays);
  return holidays;
}
