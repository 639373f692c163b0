import type { DayInterval, HoursComparison } from '@/lib/hours/hours-types';
import { summariseDifferences } from '@/lib/hours/summarise-differences';
import type { OsmElementLinks } from '@/lib/verification/osm/osm-links';
import type { OsmCandidateSummary, OsmFieldDifference } from '@/lib/verification/osm/osm-match-types';
import type { ObservationField } from './source-result';

// The OpenStreetMap source's `details`, stored with every observation: what the page needs to show
// the finding and link to the map, kept small (a handful of candidates and weekday summaries,
// never the whole answer).

export const maxCandidates = 10;
const maxHoursDays = 14;
const maxWarnings = 5;
const maxMessageLength = 300;

export type OsmCandidateDetails = OsmElementLinks & {
  /** "node/123". */
  externalId: string;
  name: string;
  brand: string | null;
  /** "Hafenstraße 12, 27568 Bremerhaven"; null when the element has no addr:* tags. */
  address: string | null;
  distanceMetres: number;
};

export type OsmDifferenceDetails = {
  field: ObservationField;
  /** The master value as written; null for opening hours (the master's are structured). */
  master: string | null;
  /** OpenStreetMap's value as written (opening hours: the raw opening_hours text). */
  osm: string | null;
  /** different: OpenStreetMap says something else; unreadable: its opening_hours cannot be read. */
  reason: 'different' | 'unreadable';
};

export type OsmHoursDayDetails = {
  weekday: string;
  /** A public holiday ("Ostermontag") is a finding of its own; null for an ordinary weekday. */
  holiday: string | null;
  /** The dates (YYYY-MM-DD) this weekday differs alike within the four weeks compared. */
  dates: string[];
  master: DayInterval[];
  observed: DayInterval[];
};

/** The four weeks compared (from, to: YYYY-MM-DD) and, when they differ, the differing days. */
export type OsmHoursDetails =
  | { result: 'equal'; from: string; to: string; warnings: string[] }
  | { result: 'different'; from: string; to: string; warnings: string[]; days: OsmHoursDayDetails[] }
  | { result: 'unreadable'; from: string; to: string; message: string };

export type OsmSourceDetails = {
  /** Found: the element's page and the editor there. Otherwise the map and editor at the location. */
  links: OsmElementLinks;
  /** Overpass cut its answer short (a runtime error remark): elements may be missing. */
  incomplete: boolean;
  /** How current Overpass' data was ("2026-03-02T09:41:17Z"), when it said so. */
  dataTimestamp: string | null;
  /** Found: metres between the element and the location's position. */
  distanceMetres?: number;
  /** Found: fields the master data has and OpenStreetMap does not state (worth adding, not wrong). */
  missing?: ObservationField[];
  /** Found: each differing field with both values. */
  differences?: OsmDifferenceDetails[];
  /** Found: the element's opening_hours exactly as tagged; null when it has none. */
  openingHours?: string | null;
  /** Found: the comparison of the hours by meaning; null when one side has none. */
  hours?: OsmHoursDetails | null;
  /** Ambiguous: the best fitting elements, best first, at most 10. */
  candidates?: OsmCandidateDetails[];
  /** Ambiguous: how many fitted, when more than the candidates listed. */
  candidateCount?: number;
  /** Not found: named elements within the radius that did not fit. */
  nearby?: number;
};

export function candidateDetails(summary: OsmCandidateSummary): OsmCandidateDetails {
  return {
    externalId: `${summary.type}/${summary.id}`,
    name: summary.name,
    brand: summary.brand,
    address: summary.address,
    distanceMetres: summary.distanceMetres,
    url: summary.url,
    editUrl: summary.editUrl,
  };
}

export function differenceDetails(difference: OsmFieldDifference): OsmDifferenceDetails {
  // OpenStreetMap's field names are the contract's (NapField and openingHours); the type checks it.
  const field: ObservationField = difference.field;
  return { field, master: difference.master, osm: difference.osm, reason: difference.reason };
}

export function hoursDetails(hours: HoursComparison | null): OsmHoursDetails | null {
  if (!hours) return null;
  const { from, to } = hours;
  if (hours.result === 'unreadable') {
    return { result: 'unreadable', from, to, message: hours.message.slice(0, maxMessageLength) };
  }
  const warnings = hours.warnings.slice(0, maxWarnings);
  if (hours.result === 'equal') return { result: 'equal', from, to, warnings };
  const days = summariseDifferences(hours.differences)
    .slice(0, maxHoursDays)
    .map(({ weekday, holiday, dates, master, observed }) => ({ weekday, holiday, dates, master, observed }));
  return { result: 'different', from, to, warnings, days };
}
