import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { resolveGroupFilter } from '@/lib/access/group-filter';
import { locationScopeSql } from '@/lib/access/location-scope';
import type { MemberContext } from '@/lib/access/member-context';
import type { HolidayHoursChoice } from './schemas';

// Which locations a choice names, as SQL for the preview, the apply and the tests: the member's
// locations (a manager limited to location groups: only theirs) that are not archived, narrowed
// to a city or a region (equal, case-insensitively, as rule groups match) or a location group.

export type TargetChoice = Pick<HolidayHoursChoice, 'scope' | 'scopeValue' | 'groupId'>;

/**
 * The WHERE condition over locations aliased `l`. A group of another organisation, or outside a
 * limited manager's groups, is NOT_FOUND (one statement, only for a group).
 */
export async function targetLocationsWhere(member: MemberContext, choice: TargetChoice) {
  const groupId = choice.scope === 'GROUP' ? await resolveGroupFilter(member, choice.groupId) : null;
  const parts = [locationScopeSql(member, 'l', { groupId }), Prisma.sql`l.archived_at IS NULL`];
  if (choice.scope === 'CITY') parts.push(Prisma.sql`lower(l.city) = lower(${choice.scopeValue})`);
  if (choice.scope === 'REGION') parts.push(Prisma.sql`lower(l.region) = lower(${choice.scopeValue})`);
  return Prisma.join(parts, ' AND ');
}

/** Special hours rows aliased `h` that share a day with the period. */
export function overlapsPeriodSql(choice: Pick<HolidayHoursChoice, 'startDate' | 'endDate'>) {
  return Prisma.sql`h.start_date <= ${choice.endDate}::date AND h.end_date >= ${choice.startDate}::date`;
}
