import type { GoogleFieldDifference, GoogleHoursComparison } from './google-compare';
import type { GoogleCandidate } from './google-pick-place';
import type { ObservationField } from './source-result';

// The Google source's `details`, stored with every observation: what the page needs to show the
// finding, kept small (a handful of candidates and weekday summaries, never Google's answer). The
// place itself is in the observation: externalId (place id), sourceUrl (Google Maps), observed.

export type GoogleSourceDetails = {
  /** A place was read: OPERATIONAL, CLOSED_TEMPORARILY, CLOSED_PERMANENTLY; null if Google says none. */
  businessStatus?: string | null;
  /** The place is closed for good: the outcome is not-found, though the place is named. */
  closedPermanently?: true;
  /** Consistent or different: each NAP field Google states otherwise, with both values as written. */
  differences?: GoogleFieldDifference[];
  /** Consistent or different: fields the master data has and Google does not state (worth adding). */
  missing?: ObservationField[];
  /** Consistent or different: the weekly hours by meaning; absent when one side has none. */
  hours?: GoogleHoursComparison;
  /** Ambiguous: the places that fit, in Google's order, at most 5. */
  candidates?: GoogleCandidate[];
  /** Ambiguous: how many fitted (more than the candidates listed when over 5). */
  candidateCount?: number;
  /** Not found by the search: the query sent and how many places Google answered (none fitted). */
  searchedFor?: string;
  resultCount?: number;
  /** The place id known from last time, which Google no longer knows; a search was made instead. */
  expiredPlaceId?: string;
};
