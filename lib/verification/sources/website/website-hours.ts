import { compareHours } from '@/lib/hours/compare-hours';
import type { HoursComparison } from '@/lib/hours/hours-types';
import { summariseDifferences, type HoursDifferenceSummary } from '@/lib/hours/summarise-differences';
import type { WebsiteObservation } from '@/lib/verification/website/observation';
import type { VerifiableLocation } from '../source-result';

// The page's hours against the master data, by meaning, over the four weeks from today in the
// organisation's time zone, with the public holidays of the location's Bundesland. As for
// OpenStreetMap: hours the master data does not have are not checked, and hours the page does not
// state are missing (worth adding to the page), not different.

/** Weekdays repeat in four weeks; seven findings show every kind of difference a week can have. */
export const hoursDifferencesShown = 7;

export type WebsiteHoursCheck =
  | { kind: 'notChecked' }
  | { kind: 'missing' }
  | { kind: 'equal'; from: string; to: string }
  | {
      kind: 'different';
      from: string;
      to: string;
      /** At most `hoursDifferencesShown`, in the order they first occur. */
      differences: HoursDifferenceSummary[];
      /** Further summarised differences left out. */
      moreDifferences: number;
    };

const hasHours = (location: VerifiableLocation) =>
  Object.values(location.openingHours ?? {}).some((ranges) => ranges.length > 0) ||
  (location.specialHours ?? []).length > 0;

export function checkWebsiteHours(
  location: VerifiableLocation,
  business: WebsiteObservation,
  now: Date,
): WebsiteHoursCheck {
  if (!hasHours(location)) return { kind: 'notChecked' };
  if (business.openingHours === null) return { kind: 'missing' };
  const comparison: HoursComparison = compareHours({
    master: { openingHours: location.openingHours, specialHours: location.specialHours },
    observed: {
      kind: 'structured',
      openingHours: business.openingHours,
      specialHours: business.specialHours,
    },
    place: location,
    start: now,
    timeZone: location.timeZone,
  });
  // Structured hours are always readable; only an OpenStreetMap value can be 'unreadable'.
  if (comparison.result !== 'different') return { kind: 'equal', from: comparison.from, to: comparison.to };
  const summaries = summariseDifferences(comparison.differences);
  return {
    kind: 'different',
    from: comparison.from,
    to: comparison.to,
    differences: summaries.slice(0, hoursDifferencesShown),
    moreDifferences: Math.max(0, summaries.length - hoursDifferencesShown),
  };
}
