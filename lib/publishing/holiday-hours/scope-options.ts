import 'server-only';
import { db } from '@/lib/db/prisma';
import { locationScopeSql } from '@/lib/access/location-scope';
import type { MemberContext } from '@/lib/access/member-context';

// What the form offers to choose from: the cities and regions of the member's active locations
// with their counts, and how many there are in all. One statement.

export type ScopeOptions = {
  total: number;
  cities: { value: string; count: number }[];
  regions: { value: string; count: number }[];
};

export async function holidayHoursScopeOptions(member: MemberContext): Promise<ScopeOptions> {
  const rows = await db.$queryRaw<{ kind: 'city' | 'region' | 'total'; value: string; count: number }[]>`
    WITH mine AS (SELECT l.city, l.region FROM locations l WHERE ${locationScopeSql(member, 'l')} AND l.archived_at IS NULL)
    SELECT 'total' AS kind, '' AS value, count(*)::int AS count FROM mine
    UNION ALL
    SELECT 'city', min(city), count(*)::int FROM mine GROUP BY lower(city)
    UNION ALL
    SELECT 'region', min(region), count(*)::int FROM mine WHERE region IS NOT NULL AND region <> '' GROUP BY lower(region)
    ORDER BY 1, 2`;
  const of = (kind: 'city' | 'region') =>
    rows.filter((row) => row.kind === kind).map(({ value, count }) => ({ value, count }));
  return {
    total: rows.find((row) => row.kind === 'total')?.count ?? 0,
    cities: of('city'),
    regions: of('region'),
  };
}
