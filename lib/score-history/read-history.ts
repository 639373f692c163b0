import 'server-only';
import { z } from 'zod';
import type { MemberContext } from '@/lib/access/member-context';
import { isGroupLimited, locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { HistoryPeriod } from './period';

// Reading the daily score snapshots (take-snapshot.ts) back: one statement per series, a day per
// row, scoped to the member's organisation. Days without a snapshot (before the first one, or
// when the job could not run) are simply missing; charts draw what there is.

export type ScoreHistoryPoint = {
  /** The organisation's local date, YYYY-MM-DD. */
  date: string;
  score: number;
  coverage: number;
  correctness: number;
  freshness: number;
};

export type OrganisationScoreHistoryPoint = ScoreHistoryPoint & { locations: number };

/**
 * The daily series of the member's locations in the period as SQL (date, score, coverage,
 * correctness, freshness, locations; oldest first): the organisation's own snapshots when the
 * member sees every location and chose no group; otherwise the locations' snapshots of the
 * member's groups (or the chosen group) averaged per day, as the organisation's snapshot averages
 * them. Location snapshots are kept for a limited time (take-snapshot.ts), so such a series reaches
 * back that far. `filter.groupId` must have been checked (resolveGroupFilter).
 */
export function scoreHistorySeriesSql(
  member: MemberContext,
  period: HistoryPeriod,
  filter: LocationGroupFilter = {},
) {
  if (!isGroupLimited(member) && !filter.groupId) {
    return Prisma.sql`
      SELECT s.snapshot_date::text AS date, s.score, s.coverage, s.correctness, s.freshness, s.locations
      FROM organisation_score_snapshots s
      WHERE s.organisation_id = ${member.organisation.id}::uuid
        AND s.snapshot_date BETWEEN ${period.from}::date AND ${period.to}::date
      ORDER BY s.snapshot_date`;
  }
  return Prisma.sql`
    SELECT s.snapshot_date::text AS date, round(avg(s.score))::int AS score, avg(s.coverage)::float AS coverage,
           avg(s.correctness)::float AS correctness, avg(s.freshness)::float AS freshness,
           count(*)::int AS locations
    FROM location_score_snapshots s
    JOIN locations l ON l.id = s.location_id
    WHERE s.organisation_id = ${member.organisation.id}::uuid AND ${locationScopeSql(member, 'l', filter)}
      AND s.snapshot_date BETWEEN ${period.from}::date AND ${period.to}::date
    GROUP BY s.snapshot_date
    ORDER BY s.snapshot_date`;
}

/**
 * The daily score of the member's locations (the mean over the active ones; the organisation's
 * when they see all) in the period, oldest first; in the chosen group when given (checked by the caller).
 */
export async function organisationScoreHistory(
  member: MemberContext,
  period: HistoryPeriod,
  filter: LocationGroupFilter = {},
): Promise<OrganisationScoreHistoryPoint[]> {
  return db.$queryRaw<OrganisationScoreHistoryPoint[]>(scoreHistorySeriesSql(member, period, filter));
}

/**
 * One location's daily score in the period, oldest first, in one statement that also proves the
 * location is the organisation's: another organisation's (or an unknown) id is NOT_FOUND.
 * Archived locations keep their history.
 */
export async function locationScoreHistory(
  member: MemberContext,
  locationId: string,
  period: HistoryPeriod,
): Promise<ScoreHistoryPoint[]> {
  if (!z.uuid().safeParse(locationId).success) throw new AppError('NOT_FOUND');
  const rows = await db.$queryRaw<(Partial<ScoreHistoryPoint> & { date: string | null })[]>`
    SELECT s.snapshot_date::text AS date, s.score, s.coverage, s.correctness, s.freshness
    FROM locations l
    LEFT JOIN location_score_snapshots s
      ON s.location_id = l.id AND s.snapshot_date BETWEEN ${period.from}::date AND ${period.to}::date
    WHERE l.id = ${locationId}::uuid AND ${locationScopeSql(member, 'l')}
    ORDER BY s.snapshot_date`;
  if (rows.length === 0) throw new AppError('NOT_FOUND');
  return rows.flatMap((row) =>
    row.date === null
      ? []
      : [
          {
            date: row.date,
            score: row.score!,
            coverage: row.coverage!,
            correctness: row.correctness!,
            freshness: row.freshness!,
          },
        ],
  );
}
