import 'server-only';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { assertRole, type MemberContext, type SessionMemberContext } from '@/lib/access/member-context';

export async function listMembers(member: MemberContext) {
  return db.membership.findMany({
    where: { organisationId: member.organisation.id },
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
    orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }],
  });
}

/**
 * Any change that could leave the organisation without an owner is refused. Runs inside the
 * transaction that makes the change, with the owners' rows locked, so two owners demoting each
 * other at once cannot both succeed.
 */
async function assertAnotherOwnerRemains(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  organisationId: string,
  leavingMembershipId: string,
) {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM memberships WHERE organisation_id = ${organisationId}::uuid AND role = 'OWNER' FOR UPDATE`;
  if (!owners.some((owner) => owner.id !== leavingMembershipId)) throw new AppError('LAST_OWNER');
}

async function findMembershipInOrganisation(member: MemberContext, membershipId: string) {
  const target = await db.membership.findFirst({
    where: { id: membershipId, organisationId: member.organisation.id },
    select: { id: true, role: true, user: { select: { email: true } } },
  });
  if (!target) throw new AppError('NOT_FOUND');
  return target;
}

export async function changeMemberRole(member: MemberContext, membershipId: string, role: Role) {
  assertRole(member, 'OWNER');
  const target = await findMembershipInOrganisation(member, membershipId);
  if (target.role === role) return;
  await db.$transaction(async (tx) => {
    if (target.role === 'OWNER') await assertAnotherOwnerRemains(tx, member.organisation.id, target.id);
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    await recordMemberEvent(
      member,
      {
        action: 'member.role_changed',
        target: { type: 'membership', id: target.id },
        details: { member: target.user.email, from: target.role, to: role },
      },
      tx,
    );
  });
}

export async function removeMember(member: MemberContext, membershipId: string) {
  if (membershipId !== member.membershipId) assertRole(member, 'OWNER');
  const target = await findMembershipInOrganisation(member, membershipId);
  await db.$transaction(async (tx) => {
    if (target.role === 'OWNER') await assertAnotherOwnerRemains(tx, member.organisation.id, target.id);
    await tx.membership.delete({ where: { id: target.id } });
    await recordMemberEvent(
      member,
      {
        action: 'member.removed',
        target: { type: 'membership', id: target.id },
        details: { member: target.user.email, role: target.role, left: target.id === member.membershipId },
      },
      tx,
    );
  });
}

export function leaveOrganisation(member: SessionMemberContext) {
  return removeMember(member, member.membershipId);
}

/** Members as options for pickers (e.g. a location's responsible person). */
export async function listMemberNames(member: MemberContext) {
  const rows = await db.membership.findMany({
    where: { organisationId: member.organisation.id },
    select: { id: true, user: { select: { name: true } } },
    orderBy: { user: { name: 'asc' } },
  });
  return rows.map((row) => ({ id: row.id, name: row.user.name }));
}
