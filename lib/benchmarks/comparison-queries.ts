import 'server-only';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PlainDate } from '@/lib/weeks/iso-week';

// The SQL behind a comparison. Minutes come from the view community_minutes (check-in lines
// and time entries alike), posts and reviews from check_ins. Each function is one query over
// the organisation's rows in the period (indexed by organisation and week), whatever the number
// of locations; sums are float8 so they arrive as exact JavaScript numbers.

export type ComparisonScope = {
  organisationId: string;
  /** Only this location's figures. */
  locationId: string | null;
  /** Only this member's figures: check-ins of their weeks and time they logged. */
  membershipId: string | null;
  /** Mondays of the first and the last week. */
  firstMonday: PlainDate;
  lastMonday: PlainDate;
};

function minutesConditions(scope: ComparisonScope) {
  return Prisma.join(
    [
      Prisma.sql`cm.organisation_id = ${scope.organisationId}::uuid`,
      Prisma.sql`cm.week_start BETWEEN ${scope.firstMonday}::date AND ${scope.lastMonday}::date`,
      scope.locationId ? Prisma.sql`cm.location_id = ${scope.locationId}::uuid` : Prisma.sql`true`,
      scope.membershipId ? Prisma.sql`cm.membership_id = ${scope.membershipId}::uuid` : Prisma.sql`true`,
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
      ) AS "activeLocations",
      (SELECT json_build_object('id', l.id, 'name', l.name, 'storeCode', l.store_code,
                                'assignedMembershipId', l.assigned_membership_id)
        FROM locations l
        WHERE l.id = ${scope.locationId}::uuid AND l.organisation_id = ${scope.organisationId}::uuid) AS location,
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

/** Every week of the period, weeks without anything recorded included as zeros. */
export async function findWeeklyTotals(scope: ComparisonScope): Promise<WeekRow[]> {
  return db.$queryRaw<WeekRow[]>`
    WITH weeks AS (
      SELECT generate_series(${scope.firstMonday}::date, ${scope.lastMonday}::date, interval '7 days')::date AS week_start
    ),
    m AS (
      SELECT cm.week_start, sum(cm.minutes)::float8 AS minutes
      FROM community_minutes cm WHERE ${minutesConditions(scope)}
      GROUP BY cm.week_start
    ),
    c AS (
      SELECT c.week_start, sum(c.posts_published)::float8 AS posts,
             sum(c.reviews_answered)::float8 AS reviews, count(*)::int AS check_ins
      FROM check_ins c WHERE ${checkInConditions(scope)}
      GROUP BY c.week_start
    )
    SELECT to_char(w.week_start, 'IYYY-"W"IW') AS week, to_char(w.week_start, 'YYYY-MM-DD') AS "weekStart",
           COALESCE(m.minutes, 0) AS minutes, COALESCE(c.posts, 0) AS posts,
           COALESCE(c.reviews, 0) AS "reviewsAnswered", COALESCE(c.check_ins, 0) AS "checkIns"
    FROM weeks w
    LEFT JOIN m ON m.week_start = w.week_start
    LEFT JOIN c ON c.week_start = w.week_start
    ORDER BY w.week_start`;
}

export type BreakdownRow = {
  kind: 'activity' | 'platform';
  /** The activity, or the platform's id. */
  id: string;
  platformKey: string | null;
  platformName: string | null;
  minutes: number;
};

/** Minutes per activity and per platform, from one pass over the period's minutes. */
export async function findBreakdowns(scope: ComparisonScope): Promise<BreakdownRow[]> {
  return db.$queryRaw<BreakdownRow[]>`
    WITH cm AS (
      SELECT cm.activity, cm.platform_id, sum(cm.minutes)::float8 AS minutes
      FROM community_minutes cm WHERE ${minutesConditions(scope)}
      GROUP BY cm.activity, cm.platform_id
    )
    SELECT 'activity' AS kind, cm.activity::text AS id, NULL AS "platformKey", NULL AS "platformName",
           sum(cm.minutes)::float8 AS minutes
    FROM cm GROUP BY cm.activity
    UNION ALL
    SELECT 'platform', p.id::text, p.key, p.name, sum(cm.minutes)::float8
    FROM cm JOIN platforms p ON p.id = cm.platform_id
    GROUP BY p.id, p.key, p.name
    ORDER BY 1, 5 DESC, 4, 2`;
}

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

export const perSubjectLimit = 50;

/** The organisation's locations (active ones, and archived ones with data), the 50 with the most minutes. */
export async function findPerLocation(scope: ComparisonScope): Promise<SubjectRow[]> {
  return db.$queryRaw<SubjectRow[]>`
    WITH m AS (
      SELECT cm.location_id, sum(cm.minutes)::float8 AS minutes
      FROM community_minutes cm WHERE ${minutesConditions(scope)} GROUP BY cm.location_id
    ),
    c AS (
      SELECT c.location_id, sum(c.posts_published)::float8 AS posts, sum(c.reviews_answered)::float8 AS reviews,
             count(*)::int AS check_ins
      FROM check_ins c WHERE ${checkInConditions(scope)} GROUP BY c.location_id
    ),
    rows AS (
      SELECT l.id::text AS id, l.name, l.store_code AS detail, COALESCE(m.minutes, 0) AS minutes,
             COALESCE(c.posts, 0) AS posts, COALESCE(c.reviews, 0) AS "reviewsAnswered",
             COALESCE(c.check_ins, 0) AS "checkIns"
      FROM locations l
      LEFT JOIN m ON m.location_id = l.id
      LEFT JOIN c ON c.location_id = l.id
      WHERE l.organisation_id = ${scope.organisationId}::uuid
        AND (l.archived_at IS NULL OR m.location_id IS NOT NULL OR c.location_id IS NOT NULL)
    )
    SELECT r.*, (count(*) OVER ())::int AS total,
           (count(*) FILTER (WHERE r.minutes > 0 OR r."checkIns" > 0) OVER ())::int AS "withData"
    FROM rows r
    ORDER BY r.minutes DESC, r.name, r.id
    LIMIT ${perSubjectLimit}`;
}

/** The organisation's members, the 50 with the most minutes. */
export async function findPerMember(scope: ComparisonScope): Promise<SubjectRow[]> {
  return db.$queryRaw<SubjectRow[]>`
    WITH m AS (
      SELECT cm.membership_id, sum(cm.minutes)::float8 AS minutes
      FROM community_minutes cm WHERE ${minutesConditions(scope)} GROUP BY cm.membership_id
    ),
    c AS (
      SELECT c.membership_id, sum(c.posts_published)::float8 AS posts, sum(c.reviews_answered)::float8 AS reviews,
             count(*)::int AS check_ins
      FROM check_ins c WHERE ${checkInConditions(scope)} GROUP BY c.membership_id
    ),
    rows AS (
      SELECT ms.id::text AS id, u.name, ms.role::text AS detail, COALESCE(m.minutes, 0) AS minutes,
             COALESCE(c.posts, 0) AS posts, COALESCE(c.reviews, 0) AS "reviewsAnswered",
             COALESCE(c.check_ins, 0) AS "checkIns"
      FROM memberships ms
      JOIN users u ON u.id = ms.user_id
      LEFT JOIN m ON m.membership_id = ms.id
      LEFT JOIN c ON c.membership_id = ms.id
      WHERE ms.organisation_id = ${scope.organisationId}::uuid
    )
    SELECT r.*, (count(*) OVER ())::int AS total,
           (count(*) FILTER (WHERE r.minutes > 0 OR r."checkIns" > 0) OVER ())::int AS "withData"
    FROM rows r
    ORDER BY r.minutes DESC, r.name, r.id
    LIMIT ${perSubjectLimit}`;
}
