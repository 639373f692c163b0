import { compareCandidate } from './compare-candidate';
import { osmSpotLinks } from './osm-links';
import type { MatchableLocation, MatchOptions, OsmMatch } from './osm-match-types';
import type { OsmCandidate } from './parse-overpass';
import { selectCandidate } from './select-candidate';

// A location against the elements of its cluster's Overpass answer: found and consistent, found
// with differences (which fields), ambiguous (the candidates listed) or not found. Matching
// happens here, in the app, so one area query serves every location in it.

export function matchLocation(
  location: MatchableLocation,
  candidates: readonly OsmCandidate[],
  options: MatchOptions,
): OsmMatch {
  const selection = selectCandidate(location, candidates, options.radiusMetres);
  if (selection.kind === 'not-found') {
    return { status: 'not-found', nearby: selection.nearby, spot: osmSpotLinks(location) };
  }
  if (selection.kind === 'ambiguous') {
    return { status: 'ambiguous', candidates: selection.summaries, spot: osmSpotLinks(location) };
  }
  const { nap, hours, differences, missing } = compareCandidate(location, selection.candidate, options);
  return {
    status: differences.length === 0 ? 'consistent' : 'different',
    element: { ...selection.summary, tags: selection.candidate.tags },
    differences,
    missing,
    nap,
    hours,
  };
}

/** Every location of a cluster against the cluster's candidates, by location id. */
export function matchLocations(
  locations: readonly MatchableLocation[],
  candidates: readonly OsmCandidate[],
  options: MatchOptions,
): Map<string, OsmMatch> {
  return new Map(locations.map((location) => [location.id, matchLocation(location, candidates, options)]));
}
