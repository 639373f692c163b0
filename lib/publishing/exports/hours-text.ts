// Hours as text for the platforms' sheets: 24-hour times, ranges "06:30-13:00" joined by commas.
import type { Weekday } from '@/lib/locations/field-values';
import type { PublishableLocation } from '../publishable-location';

type Range = { opens: string; closes: string };

export function rangesText(ranges: readonly Range[]) {
  return ranges.map((range) => `${range.opens}-${range.closes}`).join(',');
}

/** One day's hours, or `closedWord` when the location does not open that day. */
export function dayText(location: PublishableLocation, day: Weekday, closedWord: string) {
  const ranges = location.openingHours[day];
  return ranges.length > 0 ? rangesText(ranges) : closedWord;
}

/**
 * Special hours as "2026-12-24: 08:00-12:00; 2026-12-25/2026-12-26: Closed": one entry per date
 * or date range (ISO 8601, a range as start/end), separated by semicolons.
 */
export function specialHoursText(location: PublishableLocation, closedWord: string) {
  return location.specialHours
    .map((entry) => {
      const dates =
        entry.startDate === entry.endDate ? entry.startDate : `${entry.startDate}/${entry.endDate}`;
      return `${dates}: ${entry.closed ? closedWord : rangesText(entry.ranges)}`;
    })
    .join('; ');
}
