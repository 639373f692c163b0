import 'server-only';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PlainDate } from '@/lib/weeks/iso-week';

// The SQL behind a comparison. Organisation-wide, it reads the rollups the database keeps by
// trigger (migration comparison_rollups): minutes per week, platform and activity, check-ins per
// week, and per location and member over aligned blocks of 1, 4, 16 and 64 weeks, so a year is a
// handful of rows per location. One location or member: the view community_minutes (check-in
// lines and time entries alike) and check_ins directly, which are few rows then. Each function
// is one query whatever the number of locations; sums are float8, so they arrive as exact
// JavaScript numbers (integers far below 2^53).

export type ComparisonScope = {
  organisationId: string;
  /** Only this location's figures. */
  locationId: string | null;
  /** Only this member's figures: check-ins of their weeks and time they logged. */
  membershipId: string | null;
  /** Mondays of the first and the last week: the weeks of the trend. */
  firstMonday: PlainDate;
  lastMonday: PlainDate;
  /**
   * Monday of the last week that counts in totals, breakdowns and tables (the running week does
   * not unless asked for); before firstMonday when no week counts.
   */
  countedLastMonday: PlainDate;
  /**
   * The location groups a limited manager sees (null: every location) and the group chosen as a
   * filter (null: none): with either, only those locations' figures count, read from the sources
   * instead of the organisation's rollups.
   */
  groupLimit: string[] | null;
  groupId: string | null;
};

/** Whether the scope is narrowed to some location groups. */
function isGroupScoped(scope: ComparisonScope) {
  return scope.groupLimit !== null || scope.groupId !== null;
}

/** The scope's group narrowing of the location in `column`, as SQL (true without one). */
function groupConditions(scope: ComparisonScope, column: Prisma.Sql) {
  const conditions: Prisma.Sql[] = [];
  if (scope.groupLimit)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM location_group_members scope_gm
      WHERE scope_gm.location_id = ${column} AND scope_gm.group_id = ANY(${scope.groupLimit}::uuid[]))`);
  if (scope.groupId)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM location_group_members filter_gm
      WHERE filter_gm.location_id = ${column} AND filter_gm.group_id = ${scope.groupId}::uuid)`);
  return conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`true`;
}

function minutesConditions(scope: ComparisonScope) {
  return Prisma.join(
    [
      Prisma.sql`cm.organisation_id = ${scope.organisationId}::uuid`,
      Prisma.sql`cm.week_start BETWEEN ${scope.firstMonday}::date AND ${scope.lastMonday}::date`,
      scope.locationId ? Prisma.sql`cm.location_id = ${scope.locationId}::uuid` : Prisma.sql`true`,
      scope.membershipId ? Prisma.sql`cm.membership_id = ${scope.membershipId}::uuid` : Prisma.sql`true`,
      groupConditions(scope, Prisma.sql`cm.location_id`),
    ],
    ' AND ',
  );
}

function checkInConditions(scope: ComparisonScope) {
  return Prisma.join(
    [
      Prisma.sql`c.organisation_id = ${scope.organisationId}::uuid`,
      Prisma.sql`c.week_start BETWEEN ${scope.firstMonday}::date AND ${scope.lastMonday}::date`,
      scope.locationId ? Prisma.sql`c.location_id = ${scope.locationId}::uuid` : Prisma.sql`true`,
      scope.membershipId ? Prisma.sql`c.membership_id = ${scope.membershipId}::uuid` : Prisma.sql`true`,
      groupConditions(scope, Prisma.sql`c.location_id`),
    ],
    ' AND ',
  );
}

export type ScopeSubjects = {
  /** Non-archived locations in scope: the organisation's, the one location, or those assigned to the member. */
  activeLocations: number;
  location: { id: string; name: string; storeCode: string; assignedMembershipId: string | null } | null;
  member: { id: string; name: string } | null;
};

/** The location and member asked for, when they belong to the organisation, and the locations in scope. */
export async function findScopeSubjects(scope: ComparisonScope): Promise<ScopeSubjects> {
  const [row] = await db.$queryRaw<ScopeSubjects[]>`
    SELECT
      (SELECT count(*)::int FROM locations l
        WHERE l.organisation_id = ${scope.organisationId}::uuid AND l.archived_at IS NULL
          AND ${scope.locationId ? Prisma.sql`l.id = ${scope.locationId}::uuid` : Prisma.sql`true`}
          AND ${scope.membershipId ? Prisma.sql`l.assigned_membership_id = ${scope.membershipId}::uuid` : Prisma.sql`true`}
          AND ${groupConditions(scope, Prisma.sql`l.id`)}
      ) AS "activeLocations",
      (SELECT json_build_object('id', l.id, 'name', l.name, 'storeCode', l.store_code,
                                'assignedMembershipId', l.assigned_membership_id)
        FROM locations l
        WHERE l.id = ${scope.locationId}::uuid AND l.organisation_id = ${scope.organisationId}::uuid
          AND ${groupConditions(scope, Prisma.sql`l.id`)}) AS location,
      (SELECT json_build_object('id', m.id, 'name', u.name)
        FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.id = ${scope.membershipId}::uuid AND m.organisation_id = ${scope.organisationId}::uuid) AS member`;
  return row!;
}

export type WeekRow = {
  week: string;
  weekStart: PlainDate;
  minutes: number;
  posts: number;
  reviewsAnswered: number;
  checkIns: number;
};

export type BreakdownRow = {
  kind: 'activity' | 'platform';
  /** The activity, or the platform's id. */
  id: string;
  platformKey: string | null;
  platformName: string | null;
  minutes: number;
};

export type SubjectRow = {
  id: string;
  name: string;
  /** Store code of a location, role of a member. */
  detail: string;
  minutes: number;
  posts: number;
  reviewsAnswered: number;
  checkIns: number;
  /** Rows in the whole table (before the top 50) and those with anything recorded. */
  total: number;
  withData: number;
};

export type ComparisonFacts = {
  /** Every week of the period, counted or not. */
  weeks: WeekRow[];
  /** The rest over the counted weeks only. */
  breakdown: BreakdownRow[];
  /** Locations (archived ones too) with minutes or a check-in in the counted weeks. */
  locationsWithData: number;
  perLocation: SubjectRow[] | null;
  perMember: SubjectRow[] | null;
};

export const perSubjectLimit = 50;

/** The top rows of a per-location or per-member table, with the table's counts, as JSON. */
function subjectTableSql(rows: Prisma.Sql) {
  return Prisma.sql`(
    SELECT json_agg(r ORDER BY r.minutes DESC, r.name, r.id)
    FROM (
      SELECT t.*, (count(*) OVER ())::int AS total,
             (count(*) FILTER (WHERE t.minutes > 0 OR t."checkIns" > 0) OVER ())::int AS "withData"
      FROM (${rows}) t
      ORDER BY t.minutes DESC, t.name, t.id
      LIMIT ${perSubjectLimit}
    ) r
  )`;
}

/**
 * Everything a comparison of one location or member counts, in one query that reads the
 * period's minutes once and its check-ins once: grouping sets give the totals per week, per
 * activity and platform, per location and per member from the same pass. Weeks without anything
 * recorded come out as zeros. Every week has its row; the other groups sum only the counted weeks
 * (`counted`). The tables per location and member (the 50 with the most minutes) only on request.
 */
async function findScopedFacts(scope: ComparisonScope, withTables: boolean): Promise<ComparisonFacts> {
  const perLocation = subjectTableSql(Prisma.sql`
    SELECT l.id::text AS id, l.name, l.store_code AS detail, COALESCE(m.counted, 0) AS minutes,
           COALESCE(c.counted_posts, 0) AS posts, COALESCE(c.counted_reviews, 0) AS "reviewsAnswered",
           COALESCE(c.counted_check_ins, 0) AS "checkIns"
    FROM locations l
    LEFT JOIN m ON m.by = 'location' AND m.location_id = l.id
    LEFT JOIN c ON c.by = 'location' AND c.location_id = l.id
    WHERE l.organisation_id = ${scope.organisationId}::uuid AND ${groupConditions(scope, Prisma.sql`l.id`)}
      AND (l.archived_at IS NULL OR m.counted > 0 OR c.counted_check_ins > 0)`);
  const perMember = subjectTableSql(Prisma.sql`
    SELECT ms.id::text AS id, u.name, ms.role::text AS detail, COALESCE(m.counted, 0) AS minutes,
           COALESCE(c.counted_posts, 0) AS posts, COALESCE(c.counted_reviews, 0) AS "reviewsAnswered",
           COALESCE(c.counted_check_ins, 0) AS "checkIns"
    FROM memberships ms
    JOIN users u ON u.id = ms.user_id
    LEFT JOIN m ON m.by = 'member' AND m.membership_id = ms.id
    LEFT JOIN c ON c.by = 'member' AND c.membership_id = ms.id
    WHERE ms.organisation_id = ${scope.organisationId}::uuid`);
  const countedWeek = (column: Prisma.Sql) => Prisma.sql`${column} <= ${scope.countedLastMonday}::date`;
  const [row] = await db.$queryRaw<[ComparisonFacts]>`
    WITH m AS MATERIALIZED (
      SELECT CASE WHEN GROUPING(cm.week_start) = 0 THEN 'week'
                  WHEN GROUPING(cm.activity) = 0 THEN 'activity-platform'
                  WHEN GROUPING(cm.location_id) = 0 THEN 'location' ELSE 'member' END AS by,
             cm.week_start, cm.activity, cm.platform_id, cm.location_id, cm.membership_id,
             sum(cm.minutes)::float8 AS minutes,
             COALESCE(sum(cm.minutes) FILTER (WHERE ${countedWeek(Prisma.sql`cm.week_start`)}), 0)::float8 AS counted
      FROM community_minutes cm
      WHERE ${minutesConditions(scope)}
      GROUP BY GROUPING SETS ((cm.week_start), (cm.activity, cm.platform_id), (cm.location_id), (cm.membership_id))
    ),
    c AS MATERIALIZED (
      SELECT CASE WHEN GROUPING(c.week_start) = 0 THEN 'week'
                  WHEN GROUPING(c.location_id) = 0 THEN 'location' ELSE 'member' END AS by,
             c.week_start, c.location_id, c.membership_id,
             sum(c.posts_published)::float8 AS posts, sum(c.reviews_answered)::float8 AS reviews,
             count(*)::int AS check_ins,
             COALESCE(sum(c.posts_published) FILTER (WHERE ${countedWeek(Prisma.sql`c.week_start`)}), 0)::float8 AS counted_posts,
             COALESCE(sum(c.reviews_answered) FILTER (WHERE ${countedWeek(Prisma.sql`c.week_start`)}), 0)::float8 AS counted_reviews,
             (count(*) FILTER (WHERE ${countedWeek(Prisma.sql`c.week_start`)}))::int AS counted_check_ins
      FROM check_ins c
      WHERE ${checkInConditions(scope)}
      GROUP BY GROUPING SETS ((c.week_start), (c.location_id), (c.membership_id))
    ),
    weeks AS (
      SELECT generate_series(${scope.firstMonday}::date, ${scope.lastMonday}::date, interval '7 days')::date AS week_start
    )
    SELECT
      (SELECT json_agg(json_build_object(
                'week', to_char(w.week_start, 'IYYY-"W"IW'), 'weekStart', to_char(w.week_start, 'YYYY-MM-DD'),
                'minutes', COALESCE(m.minutes, 0), 'posts', COALESCE(c.posts, 0),
                'reviewsAnswered', COALESCE(c.reviews, 0), 'checkIns', COALESCE(c.check_ins, 0))
              ORDER BY w.week_start)
        FROM weeks w
        LEFT JOIN m ON m.by = 'week' AND m.week_start = w.week_start
        LEFT JOIN c ON c.by = 'week' AND c.week_start = w.week_start) AS weeks,
      (SELECT COALESCE(json_agg(b ORDER BY b.kind, b.minutes DESC, b."platformName", b.id), '[]')
        FROM (
          SELECT 'activity' AS kind, m.activity::text AS id, NULL AS "platformKey", NULL AS "platformName",
                 sum(m.counted) AS minutes
          FROM m WHERE m.by = 'activity-platform' GROUP BY m.activity
          UNION ALL
          SELECT 'platform', p.id::text, p.key, p.name, sum(m.counted)
          FROM m JOIN platforms p ON p.id = m.platform_id
          WHERE m.by = 'activity-platform'
          GROUP BY p.id, p.key, p.name
        ) b) AS breakdown,
      (SELECT count(*)::int FROM (
          SELECT m.location_id FROM m WHERE m.by = 'location' AND m.counted > 0
          UNION
          SELECT c.location_id FROM c WHERE c.by = 'location' AND c.counted_check_ins > 0
        ) x) AS "locationsWithData",
      ${withTables ? Prisma.sql`COALESCE(${perLocation}, '[]')` : Prisma.sql`NULL`} AS "perLocation",
      ${withTables ? Prisma.sql`COALESCE(${perMember}, '[]')` : Prisma.sql`NULL`} AS "perMember"`;
  return row;
}

const blockEpoch = Date.UTC(2001, 0, 1);
const blockSizes = [64, 16, 4, 1] as const;
const dayMs = 86_400_000;

/**
 * The rollup blocks (1, 4, 16 or 64 weeks, aligned from Monday 2001-01-01) that make up the
 * weeks firstMonday..lastMonday exactly: from the left, always the largest block that starts
 * there and ends in the period.
 */
export function periodBlocks(firstMonday: PlainDate, lastMonday: PlainDate) {
  const weekIndex = (date: PlainDate) => Math.round((Date.parse(date) - blockEpoch) / (7 * dayMs));
  const last = weekIndex(lastMonday);
  const blocks: { weeks: number; start: PlainDate }[] = [];
  for (let week = weekIndex(firstMonday); week <= last;) {
    const weeks = blockSizes.find((size) => week % size === 0 && week + size - 1 <= last) ?? 1;
    blocks.push({ weeks, start: new Date(blockEpoch + week * 7 * dayMs).toISOString().slice(0, 10) });
    week += weeks;
  }
  return blocks;
}

/**
 * Everything a comparison counts organisation-wide, from the rollups: the weeks from minutes per
 * week and platform and check-ins per week, the breakdown from the former, the locations with
 * data and the tables per location and member (on request) from the blocks covering the counted
 * weeks. Same results as findScopedFacts would give.
 */
async function findOrganisationFacts(scope: ComparisonScope, withTables: boolean): Promise<ComparisonFacts> {
  const blocks = periodBlocks(scope.firstMonday, scope.countedLastMonday);
  const sizes = blocks.map((block) => block.weeks);
  const starts = blocks.map((block) => block.start);
  const perLocation = subjectTableSql(Prisma.sql`
    SELECT l.id::text AS id, l.name, l.store_code AS detail, COALESCE(s.minutes, 0) AS minutes,
           COALESCE(s.posts, 0) AS posts, COALESCE(s.reviews, 0) AS "reviewsAnswered",
           COALESCE(s.check_ins, 0) AS "checkIns"
    FROM locations l
    LEFT JOIN s ON s.by = 'location' AND s.location_id = l.id -- the rollups keep no empty rows
    WHERE l.organisation_id = ${scope.organisationId}::uuid AND (l.archived_at IS NULL OR s.location_id IS NOT NULL)`);
  const perMember = subjectTableSql(Prisma.sql`
    SELECT ms.id::text AS id, u.name, ms.role::text AS detail, COALESCE(s.minutes, 0) AS minutes,
           COALESCE(s.posts, 0) AS posts, COALESCE(s.reviews, 0) AS "reviewsAnswered",
           COALESCE(s.check_ins, 0) AS "checkIns"
    FROM memberships ms
    JOIN users u ON u.id = ms.user_id
    LEFT JOIN s ON s.by = 'member' AND s.membership_id = ms.id
    WHERE ms.organisation_id = ${scope.organisationId}::uuid`);
  const blockRows = Prisma.sql`
      FROM unnest(${sizes}::int[], ${starts}::date[]) AS b(weeks, start)
      JOIN subject_block_totals t
        ON t.organisation_id = ${scope.organisationId}::uuid AND t.block_weeks = b.weeks AND t.block_start = b.start
      -- The same blocks again as plain lists, so the planner reads them through the primary key.
      WHERE t.block_weeks = ANY(${sizes}::int[]) AND t.block_start = ANY(${starts}::date[])`;
  const subjects = Prisma.sql`
    s AS MATERIALIZED (
      SELECT CASE WHEN GROUPING(t.location_id) = 0 THEN 'location' ELSE 'member' END AS by,
             t.location_id, t.membership_id, sum(t.minutes)::float8 AS minutes, sum(t.posts)::float8 AS posts,
             sum(t.reviews)::float8 AS reviews, sum(t.check_ins)::int AS check_ins
      ${blockRows}
      GROUP BY GROUPING SETS ((t.location_id), (t.membership_id))
    ),`;
  // With the tables the per-location sums are there already; without, the blocks are read for the count alone.
  const locationsWithData = withTables
    ? Prisma.sql`(SELECT count(*)::int FROM s WHERE s.by = 'location' AND (s.minutes > 0 OR s.check_ins > 0))`
    : Prisma.sql`(SELECT count(*)::int FROM (
          SELECT t.location_id ${blockRows}
          GROUP BY t.location_id HAVING sum(t.minutes) > 0 OR sum(t.check_ins) > 0) x)`;
  const [row] = await db.$queryRaw<[ComparisonFacts]>`
    WITH ${withTables ? subjects : Prisma.empty}
    p AS MATERIALIZED (
      SELECT p.week_start, p.platform_id, p.activity, p.minutes
      FROM weekly_platform_minutes p
      WHERE p.organisation_id = ${scope.organisationId}::uuid
        AND p.week_start BETWEEN ${scope.firstMonday}::date AND ${scope.lastMonday}::date
    ),
    weeks AS (
      SELECT generate_series(${scope.firstMonday}::date, ${scope.lastMonday}::date, interval '7 days')::date AS week_start
    )
    SELECT
      (SELECT json_agg(json_build_object(
                'week', to_char(w.week_start, 'IYYY-"W"IW'), 'weekStart', to_char(w.week_start, 'YYYY-MM-DD'),
                'minutes', COALESCE((SELECT sum(p.minutes) FROM p WHERE p.week_start = w.week_start), 0)::float8,
                'posts', COALESCE(c.posts, 0)::float8, 'reviewsAnswered', COALESCE(c.reviews, 0)::float8,
                'checkIns', COALESCE(c.check_ins, 0))
              ORDER BY w.week_start)
        FROM weeks w
        LEFT JOIN weekly_check_in_totals c
          ON c.organisation_id = ${scope.organisationId}::uuid AND c.week_start = w.week_start) AS weeks,
      (SELECT COALESCE(json_agg(b ORDER BY b.kind, b.minutes DESC, b."platformName", b.id), '[]')
        FROM (
          SELECT 'activity' AS kind, p.activity::text AS id, NULL AS "platformKey", NULL AS "platformName",
                 sum(p.minutes)::float8 AS minutes
          FROM p WHERE p.week_start <= ${scope.countedLastMonday}::date GROUP BY p.activity
          UNION ALL
          SELECT 'platform', pl.id::text, pl.key, pl.name, sum(p.minutes)::float8
          FROM p JOIN platforms pl ON pl.id = p.platform_id
          WHERE p.week_start <= ${scope.countedLastMonday}::date
          GROUP BY pl.id, pl.key, pl.name
        ) b) AS breakdown,
      ${locationsWithData} AS "locationsWithData",
      ${withTables ? Prisma.sql`COALESCE(${perLocation}, '[]')` : Prisma.sql`NULL`} AS "perLocation",
      ${withTables ? Prisma.sql`COALESCE(${perMember}, '[]')` : Prisma.sql`NULL`} AS "perMember"`;
  return row;
}

/**
 * Everything a comparison counts: organisation-wide from the rollups, else (one location or
 * member, or locations narrowed to groups) from the sources.
 */
export async function findComparisonFacts(
  scope: ComparisonScope,
  withTables: boolean,
): Promise<ComparisonFacts> {
  return scope.locationId || scope.membershipId || isGroupScoped(scope)
    ? findScopedFacts(scope, withTables)
    : findOrganisationFacts(scope, withTables);
}
