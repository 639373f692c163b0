import 'server-only';
import { locationScopeWhere } from '@/lib/access/location-scope';
import type { MemberContext } from '@/lib/access/member-context';
import { escapeLike } from '@/lib/db/like-pattern';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertMayManageGroups, assertReadableGroupId } from './access';
import { recordGroupEvent } from './groups';

// A group's locations: the page of members (by name), and adding or removing locations of a hand
// group. A rule group's members follow its rule (database triggers), so they are not changed by
// hand. A location of another organisation, or outside a limited manager's groups, is NOT_FOUND
// and nothing is written.

export const groupMembersPageSize = 50;

const memberColumns = {
  id: true,
  name: true,
  storeCode: true,
  city: true,
  postalCode: true,
  region: true,
  archivedAt: true,
} as const;

export type GroupMemberRow = Prisma.LocationGetPayload<{ select: typeof memberColumns }>;

function searchWhere(query: string): Prisma.LocationWhereInput {
  const text = query.trim().toLowerCase().replaceAll('ß', 'ss');
  return text ? { searchText: { contains: escapeLike(text) } } : {};
}

/** A page of the group's locations by name (3 statements in one transaction), optionally narrowed by a search. */
export async function listGroupMembers(
  member: MemberContext,
  groupId: string,
  { page = 1, q = '' }: { page?: number; q?: string } = {},
) {
  const id = assertReadableGroupId(member, groupId);
  const where: Prisma.LocationWhereInput = {
    AND: [locationScopeWhere(member, { groupId: id }), searchWhere(q)],
  };
  const [group, total, rows] = await db.$transaction([
    db.locationGroup.findFirst({
      where: { id, organisationId: member.organisation.id },
      select: { id: true },
    }),
    db.location.count({ where }),
    db.location.findMany({
      where,
      select: memberColumns,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * groupMembersPageSize,
      take: groupMembersPageSize,
    }),
  ]);
  if (!group) throw new AppError('NOT_FOUND');
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / groupMembersPageSize)) };
}

/**
 * Active locations the member may add that are not in the group yet, by name, at most 20: those
 * matching the search, or without one the first 20 (a small business ticks from them directly).
 */
export async function searchLocationsToAdd(member: MemberContext, groupId: string, query: string) {
  assertMayManageGroups(member);
  const id = assertReadableGroupId(member, groupId);
  return db.location.findMany({
    where: {
      AND: [
        locationScopeWhere(member),
        { archivedAt: null, groupMemberships: { none: { groupId: id } } },
        searchWhere(query),
      ],
    },
    select: memberColumns,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 20,
  });
}

/** The group, locked for the change: a hand group of the organisation, else NOT_FOUND or CONFLICT. */
async function lockHandGroup(tx: Transaction, member: MemberContext, groupId: string) {
  const [group] = await tx.$queryRaw<{ id: string; name: string; rule_field: string | null }[]>`
    SELECT id, name, rule_field FROM location_groups
    WHERE id = ${groupId}::uuid AND organisation_id = ${member.organisation.id}::uuid FOR UPDATE`;
  if (!group) throw new AppError('NOT_FOUND');
  if (group.rule_field !== null) {
    throw new AppError('CONFLICT', {
      messageKey: 'locationGroups.errors.ruleGroupMembers',
      field: 'locationIds',
    });
  }
  return group;
}

/** Every id must be a location the member may see, else NOT_FOUND (one statement). */
async function assertLocationsInScope(tx: Transaction, member: MemberContext, locationIds: string[]) {
  const found = await tx.location.count({
    where: { AND: [locationScopeWhere(member), { id: { in: locationIds } }] },
  });
  if (found !== locationIds.length) throw new AppError('NOT_FOUND', { field: 'locationIds' });
}

/** Adds locations to a hand group (those already in it stay); answers how many were added. */
export async function addLocationsToGroup(member: MemberContext, groupId: string, locationIds: string[]) {
  assertMayManageGroups(member);
  const id = assertReadableGroupId(member, groupId);
  return db.$transaction(async (tx) => {
    const group = await lockHandGroup(tx, member, id);
    await assertLocationsInScope(tx, member, locationIds);
    const { count } = await tx.locationGroupMember.createMany({
      data: locationIds.map((locationId) => ({
        groupId: group.id,
        locationId,
        organisationId: member.organisation.id,
      })),
      skipDuplicates: true,
    });
    if (count > 0)
      await recordGroupEvent(tx, member, 'location_group.members_changed', group, {
        added: count,
        removed: 0,
      });
    return { added: count };
  });
}

/** Removes locations from a hand group (ones not in it are ignored); answers how many were removed. */
export async function removeLocationsFromGroup(
  member: MemberContext,
  groupId: string,
  locationIds: string[],
) {
  assertMayManageGroups(member);
  const id = assertReadableGroupId(member, groupId);
  return db.$transaction(async (tx) => {
    const group = await lockHandGroup(tx, member, id);
    await assertLocationsInScope(tx, member, locationIds);
    const { count } = await tx.locationGroupMember.deleteMany({
      where: { groupId: group.id, organisationId: member.organisation.id, locationId: { in: locationIds } },
    });
    if (count > 0)
      await recordGroupEvent(tx, member, 'location_group.members_changed', group, {
        added: 0,
        removed: count,
      });
    return { removed: count };
  });
}
