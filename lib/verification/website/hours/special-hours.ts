import type { SpecialHours } from '@/lib/locations/schemas';
import { minutesPerDay } from './time-and-days';
import { normaliseRanges } from './weekly-hours';

// Special hours gathered from `openingHoursSpecification` entries with `validFrom` / `validThrough`
// into the master data's shape: one entry per date range, closed when it states 00:00-00:00 and no
// other range (schema.org's way of saying closed). A range past midnight ends at 24:00 here: the
// shape has no "next day" for a date range.

type Range = { opens: number; closes: number };
type Entry = { startDate: string; endDate: string; ranges: Range[] };

const maximumEntries = 100;
const isoDate = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/** "2026-12-24" or "2026-12-24T00:00:00+01:00" as "2026-12-24"; null when no valid date. */
export function dateOf(text: string | null) {
  const date = text === null ? null : isoDate.exec(text.trim().slice(0, 40))?.[1];
  return date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : null;
}

export class SpecialHoursCollector {
  private readonly entries = new Map<string, Entry>();

  /** Whether one more date range fits (the master data keeps at most 100). */
  accepts(startDate: string, endDate: string) {
    return this.entries.size < maximumEntries || this.entries.has(`${startDate}/${endDate}`);
  }

  add(startDate: string, endDate: string, range: Range | 'closed') {
    const key = `${startDate}/${endDate}`;
    if (!this.accepts(startDate, endDate)) return;
    const entry = this.entries.get(key) ?? { startDate, endDate, ranges: [] };
    this.entries.set(key, entry);
    if (range === 'closed') return;
    entry.ranges.push({
      opens: range.opens,
      closes: range.closes > range.opens ? range.closes : minutesPerDay,
    });
  }

  result(): SpecialHours {
    return [...this.entries.values()]
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate))
      .map(({ startDate, endDate, ranges }) => ({
        startDate,
        endDate,
        closed: ranges.length === 0,
        ranges: normaliseRanges(ranges),
      }));
  }
}
