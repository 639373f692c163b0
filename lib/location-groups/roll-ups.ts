import 'server-only';
import { locationGroupLimit, locationScopeSql } from '@/lib/access/location-scope';
import type { MemberContext } from '@/lib/access/member-context';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { LocationGroupKind, LocationGroupRuleField } from '@/lib/generated/prisma/enums';
import { enabledPlatformsSql } from '@/lib/listings/platforms';
import { scoreRowsSql } from '@/lib/listings/score';
import { currentIsoWeek, weekStartOf } from '@/lib/weeks/iso-week';
import { assertMayReadGroups } from './access';

// Per group, the figures a chain looks at: active locations, their mean presence score (the
// score of lib/listings/score.ts, the same rows the dashboard averages), checklist items needing
// action, and this week's check-ins submitted against due; plus a row for the active locations in
// no group. One statement whatever the number of locations and groups, scoped like every location
// read (a limited manager sees their groups, and no "without group" row: it would always be empty).

export type LocationGroupRollUp = {
  /** Null for the row of locations in no group. */
  id: string | null;
  name: string | null;
  kind: LocationGroupKind | null;
  ruleField: LocationGroupRuleField | null;
  ruleValue: string | null;
  /** All members, archived ones included. */
  memberCount: number;
  activeLocations: number;
  /** Mean presence score (0–100) of the active locations; null without any. */
  score: number | null;
  /** Checklist items on enabled platforms that need fixing: "needs update", or live/claimed with wrong data. */
  listingsNeedingAction: number;
  checkinsSubmitted: number;
  /** One check-in per active location and week. */
  checkinsDue: number;
};

type RollUpRow = {
  id: string | null;
  name: string | null;
  kind: LocationGroupKind | null;
  rule_field: LocationGroupRuleField | null;
  rule_value: string | null;
  member_count: number;
  active_locations: number;
  score: number | null;
  listings_needing_action: number;
  checkins_submitted: number;
};

export function rollUpsSql(member: MemberContext, weekStart: string) {
  const organisationId = member.organisation.id;
  const limit = locationGroupLimit(member);
  const ungrouped = limit
    ? Prisma.empty
    : Prisma.sql`
      UNION ALL
      SELECT NULL::uuid, NULL, NULL, NULL, NULL, count(*)::int, count(*)::int, round(avg(s.score))::int,
             COALESCE(sum(s.needing), 0)::int, (count(*) FILTER (WHERE s.submitted))::int
      FROM scoped s
      WHERE NOT EXISTS (SELECT 1 FROM location_group_members m WHERE m.location_id = s.id)`;
  return Prisma.sql`
    WITH scores AS (${scoreRowsSql(organisationId)}),
    needing AS (
      SELECT li.location_id, count(*)::int AS items
      FROM listing_items li
      JOIN (${enabledPlatformsSql(organisationId)}) p ON p.id = li.platform_id
      WHERE li.organisation_id = ${organisationId}::uuid
        AND (li.status = 'NEEDS_UPDATE'
          OR (li.status IN ('CLAIMED', 'LIVE') AND COALESCE(cardinality(li.mismatched_fields), 0) > 0))
      GROUP BY li.location_id
    ),
    scoped AS (
      SELECT l.id, sc.score, COALESCE(n.items, 0) AS needing, c.status = 'SUBMITTED' AS submitted
      FROM locations l
      JOIN scores sc ON sc.location_id = l.id
      LEFT JOIN needing n ON n.location_id = l.id
      LEFT JOIN check_ins c ON c.location_id = l.id AND c.week_start = ${weekStart}::date
      WHERE ${locationScopeSql(member, 'l')} AND l.archived_at IS NULL
    ),
    grouped AS (
      SELECT g.id, g.name, g.kind, g.rule_field, g.rule_value,
             count(m.location_id)::int AS member_count, count(s.id)::int AS active_locations,
             round(avg(s.score))::int AS score, COALESCE(sum(s.needing), 0)::int AS listings_needing_action,
             (count(*) FILTER (WHERE s.submitted))::int AS checkins_submitted
      FROM location_groups g
      LEFT JOIN location_group_members m ON m.group_id = g.id
      LEFT JOIN scoped s ON s.id = m.location_id
      WHERE g.organisation_id = ${organisationId}::uuid
        ${limit ? Prisma.sql`AND g.id = ANY(${limit}::uuid[])` : Prisma.empty}
      GROUP BY g.id
    )
    SELECT * FROM (
      SELECT id, name, kind, rule_field, rule_value, member_count, active_locations, score,
             listings_needing_action, checkins_submitted
      FROM grouped
      ${ungrouped}
    ) rows
    ORDER BY id IS NULL, lower(name), id`;
}

/**
 * The member's groups by name with their figures, then the locations in no group: one statement
 * (~100 ms at 5,000 locations, 50 groups and 60,000 checklist items, about the dashboard's score),
 * cached by the organisation's data version like the dashboard's reads.
 */
export async function locationGroupRollUps(member: MemberContext, now: Date = new Date()) {
  assertMayReadGroups(member);
  const weekStart = weekStartOf(currentIsoWeek(member.organisation.timeZone, now));
  return cachedOrganisationRead(member, 'locationGroups.rollUps', [weekStart], () =>
    readRollUps(member, weekStart),
  );
}

async function readRollUps(member: MemberContext, weekStart: string) {
  const rows = await db.$queryRaw<RollUpRow[]>(rollUpsSql(member, weekStart));
  return rows.map((row): LocationGroupRollUp => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    ruleField: row.rule_field,
    ruleValue: row.rule_value,
    memberCount: row.member_count,
    activeLocations: row.active_locations,
    score: row.score,
    listingsNeedingAction: row.listings_needing_action,
    checkinsSubmitted: row.checkins_submitted,
    checkinsDue: row.active_locations,
  }));
}
