import type { SpecialHours } from '@/lib/locations/schemas';
import type { PlainDate } from '@/lib/weeks/iso-week';
import { normaliseSpans, type DaySpans } from './day-spans';
import type { StructuredHours } from './hours-types';
import { clockMinutes, weekdayOf } from './local-days';

// The days of weekly hours and special hours. A special hours entry replaces the weekly hours on
// each of its dates; where entries overlap, the shorter one wins (one open day inside a closure
// for the holidays), and of two equally long ones the later in the list. Public holidays are
// ordinary days here unless special hours say otherwise: that is how the master data means them.

type SpecialEntry = SpecialHours[number];

const spanDays = (entry: SpecialEntry) =>
  (Date.parse(`${entry.endDate}T00:00:00Z`) - Date.parse(`${entry.startDate}T00:00:00Z`)) / 86_400_000;

function specialEntryOn(date: PlainDate, entries: readonly SpecialEntry[]): SpecialEntry | null {
  let chosen: SpecialEntry | null = null;
  for (const entry of entries) {
    if (entry.startDate > date || entry.endDate < date) continue;
    if (!chosen || spanDays(entry) <= spanDays(chosen)) chosen = entry;
  }
  return chosen;
}

export function structuredDays(hours: StructuredHours, dates: readonly PlainDate[]): DaySpans[] {
  return dates.map((date) => {
    const special = specialEntryOn(date, hours.specialHours ?? []);
    const ranges = special
      ? special.closed
        ? []
        : special.ranges
      : (hours.openingHours?.[weekdayOf(date)] ?? []);
    const spans = ranges.map((range) => ({
      start: clockMinutes(date, range.opens),
      end: clockMinutes(date, range.closes),
      unknown: false,
    }));
    return { date, spans: normaliseSpans(spans) };
  });
}
