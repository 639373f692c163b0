import 'server-only';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MemberContext } from '@/lib/organisations/member-context';
import { enabledPlatformsSql } from './platforms';
import { scoreWeights } from './score-formula';

export type LocationScore = {
  locationId: string;
  coverage: number;
  correctness: number;
  freshness: number;
  score: number;
};

/**
 * Per location: the weight sums of its checklist (locations × enabled platforms, items without
 * a row count as not started) and the score built from them. One statement, any number of locations.
 */
function scoreRowsSql(member: MemberContext, locationIds?: string[]) {
  const organisationId = member.organisation.id;
  return Prisma.sql`
    WITH enabled AS (${enabledPlatformsSql(organisationId)}),
    cells AS (
      SELECT l.id AS location_id, p.weight,
             COALESCE(li.status::text, 'NOT_STARTED') AS status,
             COALESCE(cardinality(li.mismatched_fields), 0) AS mismatches,
             li.last_checked_at
      FROM locations l
      CROSS JOIN enabled p
      LEFT JOIN listing_items li ON li.location_id = l.id AND li.platform_id = p.id
      WHERE l.organisation_id = ${organisationId}::uuid AND l.archived_at IS NULL
      ${locationIds ? Prisma.sql`AND l.id = ANY(${locationIds}::uuid[])` : Prisma.empty}
    ),
    sums AS (
      SELECT location_id,
        COALESCE(SUM(weight) FILTER (WHERE status <> 'NOT_APPLICABLE'), 0)::float AS applicable,
        COALESCE(SUM(weight) FILTER (WHERE status IN ('CLAIMED', 'LIVE', 'NEEDS_UPDATE')), 0)::float AS listed,
        COALESCE(SUM(weight) FILTER (WHERE status IN ('CLAIMED', 'LIVE') AND mismatches = 0), 0)::float AS correct,
        COALESCE(SUM(weight) FILTER (
          WHERE status IN ('CLAIMED', 'LIVE', 'NEEDS_UPDATE')
            AND last_checked_at >= now() - make_interval(days => (SELECT freshness_days FROM organisations WHERE id = ${organisationId}::uuid))
        ), 0)::float AS fresh
      FROM cells GROUP BY location_id
    ),
    parts AS (
      SELECT location_id,
        CASE WHEN applicable > 0 THEN listed / applicable ELSE 0 END AS coverage,
        CASE WHEN listed > 0 THEN correct / listed ELSE 0 END AS correctness,
        CASE WHEN listed > 0 THEN fresh / listed ELSE 0 END AS freshness
      FROM sums
    )
    SELECT location_id, coverage, correctness, freshness,
      round(100 * (${scoreWeights.coverage} * coverage + ${scoreWeights.correctness} * correctness + ${scoreWeights.freshness} * freshness))::int AS score
    FROM parts`;
}

type ScoreRow = {
  location_id: string;
  coverage: number;
  correctness: number;
  freshness: number;
  score: number;
};
const toScore = (row: ScoreRow): LocationScore => ({
  locationId: row.location_id,
  coverage: row.coverage,
  correctness: row.correctness,
  freshness: row.freshness,
  score: row.score,
});

/** Scores of the given locations (or all of the organisation's), keyed by location id. */
export async function locationScores(member: MemberContext, locationIds?: string[]) {
  if (locationIds && locationIds.length === 0) return new Map<string, LocationScore>();
  const rows = await db.$queryRaw<ScoreRow[]>(scoreRowsSql(member, locationIds));
  return new Map(rows.map((row) => [row.location_id, toScore(row)]));
}

/** The organisation's score: the mean of its locations' scores and parts, in one query. */
export async function organisationScore(member: MemberContext) {
  const [row] = await db.$queryRaw<
    {
      locations: number;
      coverage: number | null;
      correctness: number | null;
      freshness: number | null;
      score: number | null;
    }[]
  >`
    SELECT count(*)::int AS locations, avg(coverage)::float AS coverage, avg(correctness)::float AS correctness,
           avg(freshness)::float AS freshness, round(avg(score))::int AS score
    FROM (${scoreRowsSql(member)}) scores`;
  return {
    locations: row?.locations ?? 0,
    coverage: row?.coverage ?? 0,
    correctness: row?.correctness ?? 0,
    freshness: row?.freshness ?? 0,
    score: row?.score ?? 0,
  };
}
