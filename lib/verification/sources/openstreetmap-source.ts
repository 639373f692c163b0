import type { OutboundClient } from '@/lib/outbound/outbound-fetch';
import { boxAround } from '@/lib/verification/osm/bounding-box';
import { clusterLocations, defaultClusterOptions, type Located } from '@/lib/verification/osm/clusters';
import { matchLocations } from '@/lib/verification/osm/match-location';
import { buildOverpassQuery, overpassTimeoutSeconds } from '@/lib/verification/osm/overpass-query';
import {
  OverpassAnswerError,
  parseOverpassAnswer,
  type OverpassAnswer,
} from '@/lib/verification/osm/parse-overpass';
import { defaultRadiusMetres } from '@/lib/verification/osm/select-candidate';
import { observationOfMatch } from './openstreetmap-observation';
import { isSuccessfulAnswer, unavailableOfOutcome } from './openstreetmap-unavailable';
import type { SourceResult, SourceUnavailable, VerifiableLocation } from './source-result';

// The OpenStreetMap source: one Overpass area query per cluster of nearby locations (every named
// business in the cluster's box), matched in the app against each location of the cluster. The
// caller (lib/verification/runs) plans the clusters, paces the requests and stores the results.

/** The clusters to ask Overpass about, and the ids of locations without a position (never matched). */
export function planOverpassClusters(locations: VerifiableLocation[]): {
  clusters: VerifiableLocation[][];
  withoutPosition: string[];
} {
  const { clusters, unlocated } = clusterLocations(locations);
  return {
    clusters: clusters.map((cluster) => cluster.locations),
    withoutPosition: unlocated.map((location) => location.id),
  };
}

export type OverpassClusterOptions = {
  /** The interpreter's URL (OVERPASS_URL), e.g. https://overpass-api.de/api/interpreter. */
  overpassUrl: string;
  /** The four weeks of opening hours compared start on this day; now by default. */
  now?: Date;
  /** How far from a location its element may be mapped; 150 m by default. */
  radiusMetres?: number;
};

const withoutPosition: SourceUnavailable = {
  outcome: 'unavailable',
  retryable: false,
  reason: 'no-position',
};

const isLocated = (location: VerifiableLocation): location is Located<VerifiableLocation> =>
  Number.isFinite(location.latitude) && Number.isFinite(location.longitude);

/**
 * One result per location of a cluster (by id, in the given order) from a single Overpass request.
 * When the request fails every located location gets the same SourceUnavailable; a location
 * without a position gets a non-retryable `no-position` and causes no request.
 */
export async function verifyOverpassCluster(
  locations: VerifiableLocation[],
  client: OutboundClient,
  options: OverpassClusterOptions,
): Promise<Map<string, SourceResult>> {
  const now = options.now ?? new Date();
  const radiusMetres = options.radiusMetres ?? defaultRadiusMetres;
  const located = locations.filter(isLocated);
  const answer = located.length > 0 ? await askOverpass(located, client, options, now) : null;
  const results = new Map<string, SourceResult>();
  if (answer && 'outcome' in answer) {
    for (const location of located) results.set(location.id, answer);
  } else if (answer) {
    for (const [timeZone, group] of groupByTimeZone(located)) {
      const matches = matchLocations(group, answer.candidates, { hoursStart: now, timeZone, radiusMetres });
      for (const location of group) {
        results.set(location.id, observationOfMatch(matches.get(location.id)!, location, answer));
      }
    }
  }
  return new Map(locations.map((location) => [location.id, results.get(location.id) ?? withoutPosition]));
}

async function askOverpass(
  located: Located<VerifiableLocation>[],
  client: OutboundClient,
  options: OverpassClusterOptions,
  now: Date,
): Promise<OverpassAnswer | SourceUnavailable> {
  // The box reaches at least the match radius beyond each location, so that an element the match
  // would accept is in the answer even for a location at the box's edge.
  const margin = Math.max(defaultClusterOptions.marginMetres, options.radiusMetres ?? 0);
  const query = buildOverpassQuery(boxAround(located, margin));
  const outcome = await client(options.overpassUrl, {
    purpose: 'overpass',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ data: query }).toString(),
    accept: 'application/json',
    // The query's own limit and a little for the transfer; the client may cap it lower (15 s).
    timeoutMs: (overpassTimeoutSeconds + 5) * 1_000,
  });
  if (!isSuccessfulAnswer(outcome)) return unavailableOfOutcome(outcome, now);
  try {
    return parseOverpassAnswer(outcome.json());
  } catch (error) {
    if (!(error instanceof OverpassAnswerError)) throw error;
    return { outcome: 'unavailable', retryable: true, reason: 'invalid-answer' };
  }
}

/** The organisation's locations share one time zone; should they not, each is compared in its own. */
function groupByTimeZone(located: Located<VerifiableLocation>[]) {
  const groups = new Map<string, Located<VerifiableLocation>[]>();
  for (const location of located) {
    const group = groups.get(location.timeZone);
    if (group) group.push(location);
    else groups.set(location.timeZone, [location]);
  }
  return groups;
}
