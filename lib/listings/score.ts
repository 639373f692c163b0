import 'server-only';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
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
 * Per location: the weight sums of its checklist and the score built from them, in one statement
 * for any number of locations. Items without a row are "not started": they only count as
 * applicable, so every location starts from the total weight of the enabled platforms and only
 * its item rows are read (a few per location), never the locations × platforms grid. The item
 * sums are grouped without looking at the locations; archived ones drop out in the join of `sums`
 * (looking each item's location up cost ~40 ms at 5,000 locations). The daily score snapshot
 * (lib/score-history/take-snapshot.ts) stores exactly these rows, so history and live score agree.
 * `scope`, a condition on \`locations l\` (locationScopeSql), narrows the locations to a member's
 * group limit and chosen group; without it, all the organisation's.
 */
export function scoreRowsSql(organisationId: string, locationIds?: string[], scope?: Prisma.Sql) {
  const onlyLocations = (column: Prisma.Sql) =>
    locationIds ? Prisma.sql`AND ${column} = ANY(${locationIds}::uuid[])` : Prisma.empty;
  return Prisma.sql`
    WITH enabled AS (${enabledPlatformsSql(organisationId)}),
    total AS (SELECT COALESCE(SUM(weight), 0)::float AS weight FROM enabled),
    item_sums AS (
      SELECT li.location_id,
        COALESCE(SUM(p.weight) FILTER (WHERE li.status = 'NOT_APPLICABLE'), 0)::float AS not_applicable,
        COALESCE(SUM(p.weight) FILTER (WHERE li.status IN ('CLAIMED', 'LIVE', 'NEEDS_UPDATE')), 0)::float AS listed,
        COALESCE(SUM(p.weight) FILTER (
          WHERE li.status IN ('CLAIMED', 'LIVE') AND COALESCE(cardinality(li.mismatched_fields), 0) = 0
        ), 0)::float AS correct,
        COALESCE(SUM(p.weight) FILTER (
          WHERE li.status IN ('CLAIMED', 'LIVE', 'NEEDS_UPDATE')
            AND li.last_checked_at >= now() - make_interval(days => (SELECT freshness_days FROM organisations WHERE id = ${organisationId}::uuid))
        ), 0)::float AS fresh
      FROM listing_items li
      JOIN enabled p ON p.id = li.platform_id
      WHERE li.organisation_id = ${organisationId}::uuid ${onlyLocations(Prisma.sql`li.location_id`)}
      GROUP BY li.location_id
    ),
    sums AS (
      SELECT l.id AS location_id,
        total.weight - COALESCE(s.not_applicable, 0) AS applicable,
        COALESCE(s.listed, 0) AS listed, COALESCE(s.correct, 0) AS correct, COALESCE(s.fresh, 0) AS fresh
      FROM locations l
      CROSS JOIN total
      LEFT JOIN item_sums s ON s.location_id = l.id
      WHERE ${scope ?? Prisma.sql`l.organisation_id = ${organisationId}::uuid`} AND l.archived_at IS NULL ${onlyLocations(Prisma.sql`l.id`)}
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

/** Scores of the given locations (or all the member sees), keyed by location id. */
export async function locationScores(
  member: MemberContext,
  locationIds?: string[],
  filter: LocationGroupFilter = {},
) {
  if (locationIds && locationIds.length === 0) return new Map<string, LocationScore>();
  const rows = await db.$queryRaw<ScoreRow[]>(
    scoreRowsSql(member.organisation.id, locationIds, locationScopeSql(member, 'l', filter)),
  );
  return new Map(rows.map((row) => [row.location_id, toScore(row)]));
}

/**
 * The organisation's score: the mean of its locations' scores and parts, in one query (cached).
 * `recordedItems` says whether anyone has recorded a checklist item yet: until then there is no
 * score worth showing, only first steps.
 */
export function organisationScore(member: MemberContext) {
  return cachedOrganisationRead(member, 'listings.organisationScore', [], () =>
    readOrganisationScore(member),
  );
}

/**
 * The organisation's score as one row (locations, mean parts and score, whether any item was
 * recorded), as SQL: the dashboard's read (lib/score-history/dashboard-presence.ts) adds its trend
 * to the same statement. Over the locations the member sees (a limited manager's groups), in the
 * chosen group when given (checked by the caller).
 */
export function organisationScoreSql(member: MemberContext, filter: LocationGroupFilter = {}) {
  const organisationId = member.organisation.id;
  return Prisma.sql`
    SELECT count(*)::int AS locations, avg(coverage)::float AS coverage, avg(correctness)::float AS correctness,
           avg(freshness)::float AS freshness, round(avg(score))::int AS score,
           EXISTS (SELECT 1 FROM listing_items li WHERE li.organisation_id = ${organisationId}::uuid) AS "recordedItems"
    FROM (${scoreRowsSql(organisationId, undefined, locationScopeSql(member, 'l', filter))}) scores`;
}

async function readOrganisationScore(member: MemberContext) {
  const [row] = await db.$queryRaw<
    {
      locations: number;
      coverage: number | null;
      correctness: number | null;
      freshness: number | null;
      score: number | null;
      recordedItems: boolean;
    }[]
  >(organisationScoreSql(member));
  return {
    recordedItems: row?.recordedItems ?? false,
    locations: row?.locations ?? 0,
    coverage: row?.coverage ?? 0,
    correctness: row?.correctness ?? 0,
    freshness: row?.freshness ?? 0,
    score: row?.score ?? 0,
  };
}
