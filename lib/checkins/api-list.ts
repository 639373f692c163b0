import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { locationScopeSql } from '@/lib/access/location-scope';
import { currentIsoWeek, weekStartOf, type IsoWeek } from '@/lib/weeks/iso-week';
import { checkInSchedule, findCheckInLocation } from './access';
import { readCheckIns } from './records';

/**
 * GET /api/v1/checkins: the stored check-ins of a week (default: the current week on the
 * organisation's clock), of all visible locations or of one. Weeks nobody started are not listed.
 */
export async function listCheckInsForApi(member: MemberContext, week?: IsoWeek, locationId?: string) {
  const schedule = await checkInSchedule(member);
  const resolvedWeek = week ?? currentIsoWeek(schedule.timeZone);
  const location = locationId ? await findCheckInLocation(member, locationId) : null;
  const ownOnly = hasRole(member, 'MANAGER')
    ? Prisma.sql`AND ${locationScopeSql(member, 'l')}`
    : Prisma.sql`AND l.assigned_membership_id = ${member.membershipId}::uuid`;
  const records = await readCheckIns(
    member.organisation.id,
    Prisma.sql`c.week_start = ${weekStartOf(resolvedWeek)}::date ${ownOnly}
      ${location ? Prisma.sql`AND c.location_id = ${location.id}::uuid` : Prisma.empty}`,
  );
  return { week: resolvedWeek, records };
}
