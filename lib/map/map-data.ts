import 'server-only';
// The locations map's data: where each location is (lib/locations) and how its presence on the
// platforms stands (lib/listings). It joins the two, so it lives above both.
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
import { groupKnownSql } from '@/lib/access/group-filter';
import { AppError } from '@/lib/errors';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { db } from '@/lib/db/prisma';
import { locationScores } from '@/lib/listings/score';
import { scoreBand } from '@/lib/listings/score-formula';
import { completenessScoreSql } from '@/lib/locations/completeness';
import { healthBands } from '@/lib/locations/health';
import type { MapLocationTuple, MapPayload } from '@/lib/locations/map-payload';

type LocatedRow = [
  id: string,
  name: string,
  city: string,
  latitude: number,
  longitude: number,
  completeness: number,
  approximation: MapLocationTuple[8],
  approximateWithinM: number,
];

/**
 * Everything the map draws, for every non-archived location with coordinates, in two queries run
 * at once: the locations as tuples (see lib/locations/map-payload.ts), coordinates rounded to about a metre,
 * sorted by name so the list beside the map needs no sorting; and the presence scores of all
 * locations (lib/listings/score.ts), which decide the marker's band. The master-data completeness
 * travels along for the popup. 10,000 locations make about 1 MB of JSON.
 *
 * The scores are a query of their own rather than a subquery joined to the locations: right after
 * a bulk insert, before PostgreSQL has analysed the tables, the planner expects one location and
 * would re-run the whole score aggregation once per location.
 *
 * Only the locations the member sees (a limited manager: their groups'), in the chosen group when
 * given (`filter.groupId`, a uuid; whether it is one the member may choose is checked in the
 * locations' statement: NOT_FOUND otherwise).
 */
export function loadMapPayload(member: MemberContext, filter: LocationGroupFilter = {}): Promise<MapPayload> {
  return cachedOrganisationRead(member, 'locations.mapPayload', [filter.groupId ?? null], () =>
    readMapPayload(member, filter),
  );
}

async function readMapPayload(member: MemberContext, filter: LocationGroupFilter): Promise<MapPayload> {
  const [[row], scores] = await Promise.all([
    db.$queryRaw<{ locations: LocatedRow[]; without_coordinates: number; group_known: boolean }[]>`
      SELECT
        ${groupKnownSql(member, filter.groupId)} AS group_known,
        coalesce(
          json_agg(
            json_build_array(
              l.id, l.name, l.city, round(l.latitude::numeric, 5)::float8, round(l.longitude::numeric, 5)::float8,
              (${completenessScoreSql})::int,
              CASE WHEN l.position_source <> 'GAZETTEER' THEN 0
                WHEN l.position_precision = 'MUNICIPALITY' THEN 1 ELSE 2 END,
              CASE WHEN l.position_source = 'GAZETTEER' THEN coalesce(l.position_precision_m, 0) ELSE 0 END
            )
            ORDER BY l.name, l.id
          ) FILTER (WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL),
          '[]'
        ) AS locations,
        (count(*) FILTER (WHERE l.latitude IS NULL OR l.longitude IS NULL))::int AS without_coordinates
      FROM locations l
      WHERE ${locationScopeSql(member, 'l', filter)} AND l.archived_at IS NULL`,
    locationScores(member, undefined, filter),
  ]);
  // The chosen group is checked in the same statement: a foreign or out-of-limit one is NOT_FOUND.
  if (!row?.group_known) throw new AppError('NOT_FOUND');
  const locations = (row?.locations ?? []).map(
    ([id, name, city, latitude, longitude, completeness, approximation, withinM]): MapLocationTuple => {
      // No score row when the organisation works with no platform at all: nothing is listed.
      const score = scores.get(id)?.score ?? 0;
      const band = healthBands.indexOf(scoreBand(score)) as MapLocationTuple[5];
      return [id, name, city, latitude, longitude, band, score, completeness, approximation, withinM];
    },
  );
  return { locations, withoutCoordinates: row?.without_coordinates ?? 0 };
}

/** For the map page: whether there is anything to draw, what is approximate, what is missing coordinates. */
export async function countMapLocations(member: MemberContext, filter: LocationGroupFilter = {}) {
  const [row] = await db.$queryRaw<{ located: number; approximate: number; without_coordinates: number }[]>`
    SELECT
      (count(*) FILTER (WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL))::int AS located,
      (count(*) FILTER (WHERE l.position_source = 'GAZETTEER'))::int AS approximate,
      (count(*) FILTER (WHERE l.latitude IS NULL OR l.longitude IS NULL))::int AS without_coordinates
    FROM locations l
    WHERE ${locationScopeSql(member, 'l', filter)} AND l.archived_at IS NULL`;
  return {
    located: row?.located ?? 0,
    approximate: row?.approximate ?? 0,
    withoutCoordinates: row?.without_coordinates ?? 0,
  };
}
