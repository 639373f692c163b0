import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { assertMaySetGroupLimits } from './access';

// Which groups a manager is limited to (membership_group_limits): an owner sets them on the
// members page or through the API. No groups: the manager sees every location. Limits are for
// managers only (owners see everything, staff their assigned locations).

/** Every member's limit of the organisation, by membership id (for the members page). */
export async function listManagerGroupLimits(member: MemberContext) {
  assertMaySetGroupLimits(member);
  const rows = await db.membershipGroupLimit.findMany({
    where: { organisationId: member.organisation.id },
    select: { membershipId: true, groupId: true },
  });
  const limits = new Map<string, string[]>();
  for (const row of rows)
    limits.set(row.membershipId, [...(limits.get(row.membershipId) ?? []), row.groupId]);
  return limits;
}

/** The groups one member is limited to, by name. */
export async function getManagerGroupLimit(member: MemberContext, membershipId: string) {
  assertMaySetGroupLimits(member);
  const target = await findTarget(member, membershipId);
  const groups = await db.locationGroup.findMany({
    where: { organisationId: member.organisation.id, managerLimits: { some: { membershipId: target.id } } },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return { membershipId: target.id, role: target.role, groups };
}

async function findTarget(member: MemberContext, membershipId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(membershipId)) throw new AppError('NOT_FOUND');
  const target = await db.membership.findFirst({
    where: { id: membershipId, organisationId: member.organisation.id },
    select: { id: true, role: true, user: { select: { email: true } } },
  });
  if (!target) throw new AppError('NOT_FOUND');
  return target;
}

/**
 * Replaces a manager's limit with `groupIds` (empty lifts it). A group of another organisation is
 * NOT_FOUND; limiting someone who is not a manager is refused (CONFLICT) unless lifting it.
 */
export async function setManagerGroupLimit(member: MemberContext, membershipId: string, groupIds: string[]) {
  assertMaySetGroupLimits(member);
  const target = await findTarget(member, membershipId);
  if (target.role !== 'MANAGER' && groupIds.length > 0) {
    throw new AppError('CONFLICT', {
      messageKey: 'locationGroups.errors.limitOnlyForManagers',
      field: 'groupIds',
    });
  }
  await db.$transaction(async (tx) => {
    const groups = await tx.locationGroup.findMany({
      where: { organisationId: member.organisation.id, id: { in: groupIds } },
      select: { id: true, name: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    if (groups.length !== groupIds.length) throw new AppError('NOT_FOUND', { field: 'groupIds' });
    await tx.membershipGroupLimit.deleteMany({
      where: { membershipId: target.id, organisationId: member.organisation.id },
    });
    if (groups.length > 0) {
      await tx.membershipGroupLimit.createMany({
        data: groups.map((group) => ({
          membershipId: target.id,
          groupId: group.id,
          organisationId: member.organisation.id,
        })),
      });
    }
    await recordMemberEvent(
      member,
      {
        action: 'member.group_limit_changed',
        target: { type: 'membership', id: target.id },
        details: {
          member: target.user.email,
          groups: groups.map((group) => group.name).join(', '),
          lifted: groups.length === 0,
        },
      },
      tx,
    );
  });
  return getManagerGroupLimit(member, target.id);
}
