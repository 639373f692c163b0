import 'server-only';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';

/** One cell of the dashboard's overview map: where locations cluster, and how many. */
export type MiniMapCell = { latitude: number; longitude: number; count: number };
export type MiniMap = {
  cells: MiniMapCell[];
  bounds: { south: number; west: number; north: number; east: number } | null;
  located: number;
};

/** The grid is about this many cells across the longer side of the area the locations span. */
const cellsAcross = 32;

/**
 * The organisation's located, non-archived locations binned into a grid fitted to their extent,
 * in one query: a few hundred cells at most, whether it has 5 locations or 5,000, so the
 * dashboard can draw them as plain SVG without shipping a map library.
 */
export function loadMiniMap(member: MemberContext, filter: LocationGroupFilter = {}): Promise<MiniMap> {
  return cachedOrganisationRead(member, 'locations.miniMap', [filter.groupId ?? null], () =>
    readMiniMap(member, filter),
  );
}

async function readMiniMap(member: MemberContext, filter: LocationGroupFilter): Promise<MiniMap> {
  const rows = await db.$queryRaw<
    {
      latitude: number;
      longitude: number;
      count: number;
      south: number;
      west: number;
      north: number;
      east: number;
    }[]
  >`
    WITH located AS (
      SELECT l.latitude, l.longitude FROM locations l
      WHERE ${locationScopeSql(member, 'l', filter)} AND l.archived_at IS NULL
        AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL
    ), extent AS (
      SELECT min(latitude) AS south, max(latitude) AS north, min(longitude) AS west, max(longitude) AS east,
             greatest(max(latitude) - min(latitude), max(longitude) - min(longitude), 0.01) / ${cellsAcross} AS cell
      FROM located
    )
    SELECT avg(l.latitude)::float8 AS latitude, avg(l.longitude)::float8 AS longitude, count(*)::int AS count,
           e.south::float8 AS south, e.west::float8 AS west, e.north::float8 AS north, e.east::float8 AS east
    FROM located l CROSS JOIN extent e
    -- The northern and eastern edges belong to the last row and column, not to one of their own.
    GROUP BY least(floor((l.latitude - e.south) / e.cell), ${cellsAcross - 1}),
             least(floor((l.longitude - e.west) / e.cell), ${cellsAcross - 1}), e.south, e.west, e.north, e.east
    ORDER BY count DESC`;
  const first = rows[0];
  return {
    cells: rows.map(({ latitude, longitude, count }) => ({ latitude, longitude, count })),
    bounds: first ? { south: first.south, west: first.west, north: first.north, east: first.east } : null,
    located: rows.reduce((sum, row) => sum + row.count, 0),
  };
}
