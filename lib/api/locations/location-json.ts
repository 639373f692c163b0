import 'server-only';
import { toPresenceJson } from '@/lib/api/listings/presence';
import { locationScores } from '@/lib/listings/score';
import { getLocation } from '@/lib/locations/locations';
import type { MemberContext } from '@/lib/access/member-context';
import { toLocationJson, toLocationSummaryJson } from './representation';

/** One location as /api/v1 answers it, with its presence score: two queries, run at once. */
export async function loadLocationJson(member: MemberContext, locationId: string) {
  const [location, scores] = await Promise.all([
    getLocation(member, locationId),
    locationScores(member, [locationId]),
  ]);
  return toLocationJson(location, toPresenceJson(scores.get(location.id)));
}

/** List rows with their presence scores: one more query for the whole page, not one per row. */
export async function withPresenceScores(
  member: MemberContext,
  locations: Parameters<typeof toLocationSummaryJson>[0][],
) {
  const scores = await locationScores(
    member,
    locations.map((location) => location.id),
  );
  return locations.map((location) => toLocationSummaryJson(location, scores.get(location.id)?.score ?? null));
}
