import 'server-only';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MemberContext } from '@/lib/organisations/member-context';
import { completenessScoreSql, healthBandSql } from './completeness';
import type { MapPayload } from './map-payload';

/**
 * Everything the map draws, for every non-archived location with coordinates, in one query:
 * tuples instead of objects (see map-payload.ts), coordinates rounded to about a metre, sorted by
 * name so the list beside the map needs no sorting. 10,000 locations make about 1 MB of JSON.
 */
export async function loadMapPayload(member: MemberContext): Promise<MapPayload> {
  const band = healthBandSql(Prisma.sql`(${completenessScoreSql})`);
  const [row] = await db.$queryRaw<{ locations: MapPayload['locations']; without_coordinates: number }[]>`
    SELECT
      coalesce(
        json_agg(
          json_build_array(
            l.id, l.name, l.city, round(l.latitude::numeric, 5)::float8, round(l.longitude::numeric, 5)::float8,
            CASE ${band} WHEN 'good' THEN 0 WHEN 'fair' THEN 1 ELSE 2 END
          )
          ORDER BY l.name, l.id
        ) FILTER (WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL),
        '[]'
      ) AS locations,
      (count(*) FILTER (WHERE l.latitude IS NULL OR l.longitude IS NULL))::int AS without_coordinates
    FROM locations l
    WHERE l.organisation_id = ${member.organisation.id}::uuid AND l.archived_at IS NULL`;
  return { locations: row?.locations ?? [], withoutCoordinates: row?.without_coordinates ?? 0 };
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
