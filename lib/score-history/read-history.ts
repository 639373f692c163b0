import 'server-only';
import { z } from 'zod';
import type { MemberContext } from '@/lib/access/member-context';
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

/** The organisation's daily score (the mean over its active locations) in the period, oldest first. */
export async function organisationScoreHistory(
  member: MemberContext,
  period: HistoryPeriod,
): Promise<OrganisationScoreHistoryPoint[]> {
  return db.$queryRaw<OrganisationScoreHistoryPoint[]>`
    SELECT snapshot_date::text AS date, score, coverage, correctness, freshness, locations
    FROM organisation_score_snapshots
    WHERE organisation_id = ${member.organisation.id}::uuid
      AND snapshot_date BETWEEN ${period.from}::date AND ${period.to}::date
    ORDER BY snapshot_date`;
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
    WHERE l.id = ${locationId}::uuid AND l.organisation_id = ${member.organisation.id}::uuid
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
