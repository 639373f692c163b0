import 'server-only';
import { db } from '@/lib/db/prisma';
import { scoreBand } from '@/lib/listings/score-formula';
import { locationScoresSql } from '@/lib/listings/score';
import type { MemberContext } from '@/lib/organisations/member-context';
import { completenessScoreSql } from './completeness';
import { healthBands } from './health';
import type { MapLocationTuple, MapPayload } from './map-payload';

type ScoredTuple = [
  id: string,
  name: string,
  city: string,
  latitude: number,
  longitude: number,
  score: number,
  completeness: number,
];

/**
 * Everything the map draws, for every non-archived location with coordinates, in one query:
 * tuples instead of objects (see map-payload.ts), coordinates rounded to about a metre, sorted by
 * name so the list beside the map needs no sorting. The marker's band is the presence score's
 * (lib/listings/score.ts, joined as a subquery); the master-data completeness travels along for
 * the popup. 10,000 locations make about 1 MB of JSON.
 */
export async function loadMapPayload(member: MemberContext): Promise<MapPayload> {
  const [row] = await db.$queryRaw<{ locations: ScoredTuple[]; without_coordinates: number }[]>`
    SELECT
      coalesce(
        json_agg(
          json_build_array(
            l.id, l.name, l.city, round(l.latitude::numeric, 5)::float8, round(l.longitude::numeric, 5)::float8,
            coalesce(s.score, 0), (${completenessScoreSql})::int
          )
          ORDER BY l.name, l.id
        ) FILTER (WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL),
        '[]'
      ) AS locations,
      (count(*) FILTER (WHERE l.latitude IS NULL OR l.longitude IS NULL))::int AS without_coordinates
    FROM locations l
    LEFT JOIN (${locationScoresSql(member)}) s ON s.location_id = l.id
    WHERE l.organisation_id = ${member.organisation.id}::uuid AND l.archived_at IS NULL`;
  // The band thresholds live in one place (scoreBand); mapping 10,000 tuples here takes about a millisecond.
  const locations = (row?.locations ?? []).map(
    ([id, name, city, latitude, longitude, score, completeness]): MapLocationTuple => [
      id,
      name,
      city,
      latitude,
      longitude,
      healthBands.indexOf(scoreBand(score)) as MapLocationTuple[5],
      score,
      completeness,
    ],
  );
  return { locations, withoutCoordinates: row?.without_coordinates ?? 0 };
}

/** For the map page: whether there is anything to draw, and what is missing coordinates. */
export async function countMapLocations(member: MemberContext) {
  const [row] = await db.$queryRaw<{ located: number; without_coordinates: number }[]>`
    SELECT
      (count(*) FILTER (WHERE latitude IS NOT NULL AND longitude IS NOT NULL))::int AS located,
      (count(*) FILTER (WHERE latitude IS NULL OR longitude IS NULL))::int AS without_coordinates
    FROM locations
    WHERE organisation_id = ${member.organisation.id}::uuid AND archived_at IS NULL`;
  return { located: row?.located ?? 0, withoutCoordinates: row?.without_coordinates ?? 0 };
}
