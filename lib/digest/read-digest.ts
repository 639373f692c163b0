import 'server-only';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { locationScopeSql } from '@/lib/access/location-scope';
import type { CheckInSchedule } from '@/lib/checkins/deadlines';
import { isOverdue } from '@/lib/checkins/deadlines';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { VerificationSource } from '@/lib/generated/prisma/enums';
import { enabledPlatformsSql } from '@/lib/listings/platforms';
import type { NextAction } from '@/lib/listings/next-action';
import { owesCheckInSql } from '@/lib/reminders/open-locations';
import { addIsoWeeks, currentIsoWeek, weekInterval, weekStartOf, type IsoWeek } from '@/lib/weeks/iso-week';
import { nextActionTableSql, restingActions } from './next-action-sql';

// "What needs my attention" for one member, in three statements whatever the organisation's size:
// - check-ins: the member's assigned locations that owe last week's check-in (once it is overdue)
//   or this week's, by the reminders' rule (lib/reminders/open-locations.ts); for managers and
//   owners also how many of last week's are overdue in the locations they oversee;
// - listings: checklist items whose next step (lib/listings/next-action.ts) asks for work,
//   counted per step: on the member's assigned locations, and for managers and owners over the
//   locations they oversee with the few locations that need the most;
// - changes: the last 7 days of listing changes on the member's locations (staff: assigned ones;
//   managers and owners: those they oversee), by people and by the automatic checks.
// "Oversee": the organisation, or a group-limited manager's groups (lib/access/location-scope.ts).

export const changeWindowDays = 7;
/** How many locations and changes a digest names (the counts cover all). */
export const namedLimit = 3;
export const namedChangesLimit = 5;

export type ActionCounts = Partial<Record<NextAction, number>>;

export type DigestChange = {
  locationId: string;
  locationName: string;
  platformName: string;
  changedAt: string;
  changedByName: string;
  source: VerificationSource | null;
  statusFrom: string | null;
  statusTo: string | null;
};

export type WeeklyDigest = {
  oversees: boolean;
  lastWeek: IsoWeek;
  thisWeek: IsoWeek;
  checkIns: { myOverdue: number; myOpen: number; overseenOverdue: number };
  listings: {
    mine: ActionCounts;
    overseen: ActionCounts;
    topLocations: { id: string; name: string; count: number }[];
  };
  changes: { total: number; automatic: number; locations: number; latest: DigestChange[] };
};

type DigestMember = MemberContext & {
  membershipId: string;
  settings: CheckInSchedule & { freshnessDays: number };
};

export async function readWeeklyDigest(member: DigestMember, now: Date): Promise<WeeklyDigest> {
  const oversees = hasRole(member, 'MANAGER');
  const thisWeek = currentIsoWeek(member.settings.timeZone, now);
  const lastWeek = addIsoWeeks(thisWeek, -1);
  // Staff see their assigned locations only; managers and owners everything they oversee.
  const locations = Prisma.sql`${locationScopeSql(member, 'l')} AND l.archived_at IS NULL ${
    oversees ? Prisma.empty : Prisma.sql`AND l.assigned_membership_id = ${member.membershipId}::uuid`
  }`;
  const [checkIns, listings, changes] = await Promise.all([
    readCheckIns(member, locations, { thisWeek, lastWeek, now }),
    readListings(member, locations, now),
    readChanges(member, locations, now),
  ]);
  return { oversees, thisWeek, lastWeek, checkIns, listings, changes };
}

function weekSql(week: IsoWeek, timeZone: string) {
  return {
    start: Prisma.sql`${weekStartOf(week)}::date`,
    end: Prisma.sql`${weekInterval(week, timeZone).end}::timestamp`,
  };
}

async function readCheckIns(
  member: DigestMember,
  locations: Prisma.Sql,
  { thisWeek, lastWeek, now }: { thisWeek: IsoWeek; lastWeek: IsoWeek; now: Date },
): Promise<WeeklyDigest['checkIns']> {
  const last = weekSql(lastWeek, member.settings.timeZone);
  const current = weekSql(thisWeek, member.settings.timeZone);
  const lastOverdue = isOverdue(lastWeek, member.settings, now);
  const mine = Prisma.sql`l.assigned_membership_id = ${member.membershipId}::uuid`;
  const [row] = await db.$queryRaw<WeeklyDigest['checkIns'][]>`
    SELECT
      count(*) FILTER (WHERE ${lastOverdue}::boolean AND ${mine} AND ${owesCheckInSql(last.start, last.end)})::int AS "myOverdue",
      count(*) FILTER (WHERE ${mine} AND ${owesCheckInSql(current.start, current.end)})::int AS "myOpen",
      count(*) FILTER (WHERE ${lastOverdue}::boolean AND ${owesCheckInSql(last.start, last.end)})::int AS "overseenOverdue"
    FROM locations l
    WHERE ${locations}`;
  return row ?? { myOverdue: 0, myOpen: 0, overseenOverdue: 0 };
}

async function readListings(
  member: DigestMember,
  locations: Prisma.Sql,
  now: Date,
): Promise<WeeklyDigest['listings']> {
  const organisationId = member.organisation.id;
  const [row] = await db.$queryRaw<WeeklyDigest['listings'][]>`
    -- Counted per location and step at once (a few rows per location, not one per item), so the
    -- three sums below read a small table in memory.
    WITH items AS (
      SELECT l.id AS location_id, l.name AS location_name, na.action, count(*)::int AS n,
             l.assigned_membership_id IS NOT DISTINCT FROM ${member.membershipId}::uuid AS mine
      FROM locations l
      CROSS JOIN (${enabledPlatformsSql(organisationId)}) p
      JOIN organisations o ON o.id = ${organisationId}::uuid
      LEFT JOIN listing_items li
        ON li.location_id = l.id AND li.platform_id = p.id AND li.organisation_id = ${organisationId}::uuid
      JOIN ${nextActionTableSql('na')}
        ON na.status = COALESCE(li.status::text, 'NOT_STARTED')
       AND na.mismatched = (COALESCE(cardinality(li.mismatched_fields), 0) > 0)
       AND na.fresh = COALESCE(
             li.last_checked_at >= ${now}::timestamptz - make_interval(days => o.freshness_days), false)
      WHERE ${locations} AND na.action <> ALL(${restingActions}::text[])
      GROUP BY l.id, na.action
    )
    SELECT
      COALESCE((SELECT json_object_agg(action, n) FROM (
        SELECT action, sum(n)::int AS n FROM items WHERE mine GROUP BY action) x), '{}') AS mine,
      COALESCE((SELECT json_object_agg(action, n) FROM (
        SELECT action, sum(n)::int AS n FROM items GROUP BY action) x), '{}') AS overseen,
      COALESCE((SELECT json_agg(t) FROM (
        SELECT location_id AS id, location_name AS name, sum(n)::int AS count
        FROM items GROUP BY location_id, location_name
        ORDER BY sum(n) DESC, location_name, location_id LIMIT ${namedLimit}) t), '[]') AS "topLocations"`;
  return row ?? { mine: {}, overseen: {}, topLocations: [] };
}

async function readChanges(
  member: DigestMember,
  locations: Prisma.Sql,
  now: Date,
): Promise<WeeklyDigest['changes']> {
  const since = new Date(now.getTime() - changeWindowDays * 86_400_000);
  // The organisation's week of changes first (one range of the index on organisation and time),
  // then their items and locations, as "what changed since last month" does.
  const [row] = await db.$queryRaw<WeeklyDigest['changes'][]>`
    WITH recent AS MATERIALIZED (
      SELECT lc.id, lc.listing_item_id, lc.changed_at, lc.changed_by_name, lc.source, lc.changes
      FROM listing_changes lc
      WHERE lc.organisation_id = ${member.organisation.id}::uuid
        AND lc.changed_at > ${since}::timestamptz AND lc.changed_at <= ${now}::timestamptz
    ),
    mine AS (
      SELECT r.*, l.id AS location_id, l.name AS location_name, p.name AS platform_name
      FROM recent r
      JOIN listing_items li ON li.id = r.listing_item_id
      JOIN locations l ON l.id = li.location_id
      JOIN platforms p ON p.id = li.platform_id
      WHERE ${locations}
    )
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE source IS NOT NULL)::int AS automatic,
           count(DISTINCT location_id)::int AS locations,
           COALESCE((SELECT json_agg(c ORDER BY c."changedAt" DESC) FROM (
             SELECT location_id AS "locationId", location_name AS "locationName",
                    platform_name AS "platformName", changed_at AT TIME ZONE 'UTC' AS "changedAt",
                    changed_by_name AS "changedByName", source::text AS source,
                    changes->'status'->>'from' AS "statusFrom", changes->'status'->>'to' AS "statusTo"
             FROM mine ORDER BY changed_at DESC, id DESC LIMIT ${namedChangesLimit}) c), '[]') AS latest
    FROM mine`;
  return row ?? { total: 0, automatic: 0, locations: 0, latest: [] };
}

/** Items waiting for someone, over all steps. */
export function sumActions(counts: ActionCounts) {
  return Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
}

/** Whether the digest has anything to say: nothing is sent otherwise. */
export function isEmptyDigest(digest: WeeklyDigest) {
  const { checkIns, listings, changes } = digest;
  return (
    checkIns.myOverdue + checkIns.myOpen + (digest.oversees ? checkIns.overseenOverdue : 0) === 0 &&
    sumActions(listings.mine) + (digest.oversees ? sumActions(listings.overseen) : 0) === 0 &&
    changes.total === 0
  );
}
