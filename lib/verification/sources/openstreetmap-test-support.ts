import { fixtureLocations } from '@/lib/verification/osm/fixtures';
import type { MatchableLocation } from '@/lib/verification/osm/osm-match-types';
import type { OsmSourceDetails } from './openstreetmap-details';
import type { SourceObservation, SourceResult, VerifiableLocation } from './source-result';

// The OpenStreetMap fixtures' test locations as the sources read them, for the source's tests.

/** Four weeks in June 2026 without a public holiday in Bremen or Lower Saxony. */
export const now = new Date('2026-06-08T08:00:00Z');

const verifiable = (location: MatchableLocation): VerifiableLocation => ({
  ...location,
  primaryCategory: null,
  timeZone: 'Europe/Berlin',
});

export const at = Object.fromEntries(
  Object.entries(fixtureLocations).map(([key, location]) => [key, verifiable(location)]),
) as Record<keyof typeof fixtureLocations, VerifiableLocation>;

/** A location not geocoded yet. */
export const nowhere: VerifiableLocation = { ...at.meyer, id: 'nowhere', latitude: null, longitude: null };

/** The result as an observation with the source's details; throws when it is none. */
export function observation(
  result: SourceResult | undefined,
): SourceObservation & { details: OsmSourceDetails } {
  if (!result || result.outcome === 'unavailable') {
    throw new Error(`no observation: ${JSON.stringify(result)}`);
  }
  return result as SourceObservation & { details: OsmSourceDetails };
}
