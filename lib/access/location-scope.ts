// Which of the organisation's locations a member may see and change, and the group a page or
// request narrows them to. Every location-scoped query of the data layer builds its filter here,
// with Prisma (locationScopeWhere) or in SQL (locationScopeSql), so a manager limited to some
// location groups (membership_group_limits) never reads or writes another group's location, and
// a group filter means the same everywhere. Pure: no database access.
import { Prisma } from '@/lib/generated/prisma/client';
import type { MemberContext } from './member-context';

/** A narrowing a member chose: one location group of their organisation (validated by the caller). */
export type LocationGroupFilter = { groupId?: string | null };

/** The groups the member is limited to, or null when they see every location of the organisation. */
export function locationGroupLimit(member: Pick<MemberContext, 'role' | 'groupLimit'>): string[] | null {
  if (member.role !== 'MANAGER') return null;
  return member.groupLimit && member.groupLimit.length > 0 ? member.groupLimit : null;
}

/** Whether the member is limited to some location groups. */
export function isGroupLimited(member: Pick<MemberContext, 'role' | 'groupLimit'>) {
  return locationGroupLimit(member) !== null;
}

/**
 * The Prisma filter for the locations the member may see, narrowed to `filter.groupId` when
 * given. Staff's narrowing to their assigned locations stays with the features that apply it
 * (check-ins, time entries).
 */
export function locationScopeWhere(
  member: Pick<MemberContext, 'role' | 'groupLimit' | 'organisation'>,
  filter: LocationGroupFilter = {},
): Prisma.LocationWhereInput {
  const limit = locationGroupLimit(member);
  const and: Prisma.LocationWhereInput[] = [];
  if (limit) and.push({ groupMemberships: { some: { groupId: { in: limit } } } });
  if (filter.groupId) and.push({ groupMemberships: { some: { groupId: filter.groupId } } });
  return { organisationId: member.organisation.id, ...(and.length > 0 ? { AND: and } : {}) };
}

/**
 * The same filter as SQL over a locations table aliased `alias` (e.g. `l`): the organisation, the
 * member's group limit and the chosen group.
 */
export function locationScopeSql(
  member: Pick<MemberContext, 'role' | 'groupLimit' | 'organisation'>,
  alias: string,
  filter: LocationGroupFilter = {},
): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`locationScopeSql: bad alias ${alias}`);
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const parts = [Prisma.sql`${column('organisation_id')} = ${member.organisation.id}::uuid`];
  const limit = locationGroupLimit(member);
  if (limit) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM location_group_members scope_gm
      WHERE scope_gm.location_id = ${column('id')} AND scope_gm.group_id = ANY(${limit}::uuid[]))`);
  }
  if (filter.groupId) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM location_group_members filter_gm
      WHERE filter_gm.location_id = ${column('id')} AND filter_gm.group_id = ${filter.groupId}::uuid)`);
  }
  return Prisma.join(parts, ' AND ');
}
