import 'server-only';
import { locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { formatIsoWeek, weekStartOf, type IsoWeek } from '@/lib/weeks/iso-week';
import { checkInSchedule } from './access';
import { isOverdue } from './deadlines';

export type OverdueOwner = { membershipId: string | null; name: string | null; overdue: number };

/**
 * Who owns the week's overdue check-ins: active locations without a submitted check-in, counted
 * per assigned member (membershipId null: nobody is assigned), most first. Nothing is overdue
 * before the end of the organisation's check-in day. Staff see only their own count, a limited manager their groups'. Two queries.
 */
export async function overdueCheckInsByOwner(
  member: MemberContext,
  week: IsoWeek,
  now: Date = new Date(),
  filter: LocationGroupFilter = {},
): Promise<{ owners: OverdueOwner[]; total: number }> {
  const schedule = await checkInSchedule(member);
  if (!isOverdue(week, schedule, now)) return { owners: [], total: 0 };
  const ownOnly = hasRole(member, 'MANAGER')
    ? Prisma.empty
    : Prisma.sql`AND l.assigned_membership_id = ${member.membershipId}::uuid`;
  const owners = await cachedOrganisationRead(
    member,
    'checkins.overdueByOwner',
    [formatIsoWeek(week), filter.groupId ?? null],
    () =>
      db.$queryRaw<OverdueOwner[]>`
    SELECT l.assigned_membership_id AS "membershipId", u.name, count(*)::int AS overdue
    FROM locations l
    LEFT JOIN check_ins c ON c.location_id = l.id AND c.week_start = ${weekStartOf(week)}::date
    LEFT JOIN memberships ms ON ms.id = l.assigned_membership_id
    LEFT JOIN users u ON u.id = ms.user_id
    WHERE ${locationScopeSql(member, 'l', filter)} AND l.archived_at IS NULL
      AND c.status IS DISTINCT FROM 'SUBMITTED' ${ownOnly}
    GROUP BY l.assigned_membership_id, u.name
    ORDER BY overdue DESC, u.name NULLS LAST`,
  );
  return { owners, total: owners.reduce((sum, owner) => sum + owner.overdue, 0) };
}
