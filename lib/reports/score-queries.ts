import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { isGroupLimited, locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ScorePoint } from './report-types';

// The presence score of the report: every day of the month and the last snapshot of each month
// before it (from the daily snapshots, lib/score-history), in one statement. For the whole
// organisation its own snapshots; narrowed to a group (or a manager's groups) the mean of those
// locations' snapshots on the same days: each location's ~40 days are probed by its primary key
// (location, day) with the days as one array, never a year of the organisation's snapshots read
// and filtered (that hash join took ~350 ms for half of 5,000 locations with a year of
// snapshots, the probes ~100 ms on a busy two-core machine).

export type ScoreRow = ScorePoint & { inMonth: boolean };

export async function readScoreSeries(
  member: MemberContext,
  filter: LocationGroupFilter,
  range: { trendFrom: string; from: string; to: string },
): Promise<ScoreRow[]> {
  const organisationId = member.organisation.id;
  const scoped = Boolean(filter.groupId) || isGroupLimited(member);
  const wanted = Prisma.sql`
    SELECT snapshot_date FROM organisation_score_snapshots
    WHERE organisation_id = ${organisationId}::uuid AND snapshot_date BETWEEN ${range.from}::date AND ${range.to}::date
    UNION
    SELECT max(snapshot_date) FROM organisation_score_snapshots
    WHERE organisation_id = ${organisationId}::uuid
      AND snapshot_date >= ${range.trendFrom}::date AND snapshot_date < ${range.from}::date
    GROUP BY date_trunc('month', snapshot_date)`;
  const points = scoped
    ? Prisma.sql`
      SELECT s.snapshot_date, round(avg(s.score))::int AS score, avg(s.coverage)::float AS coverage,
             avg(s.correctness)::float AS correctness, avg(s.freshness)::float AS freshness,
             count(*)::int AS locations
      FROM locations l
      JOIN location_score_snapshots s
        ON s.location_id = l.id
       AND s.snapshot_date = ANY((SELECT array_agg(snapshot_date) FROM wanted)::date[])
      WHERE ${locationScopeSql(member, 'l', filter)}
      GROUP BY s.snapshot_date`
    : Prisma.sql`
      SELECT s.snapshot_date, s.score, s.coverage, s.correctness, s.freshness, s.locations
      FROM organisation_score_snapshots s
      WHERE s.organisation_id = ${organisationId}::uuid AND s.snapshot_date IN (SELECT snapshot_date FROM wanted)`;
  return db.$queryRaw<ScoreRow[]>`
    WITH wanted AS (${wanted}), points AS (${points})
    SELECT snapshot_date::text AS date, score, coverage, correctness, freshness, locations,
           snapshot_date >= ${range.from}::date AS "inMonth"
    FROM points ORDER BY snapshot_date`;
}
