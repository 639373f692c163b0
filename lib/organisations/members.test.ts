import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import {
  addMember,
  createTeam,
  createTestUser,
  expectAppError,
  memberContextOf,
} from '@/tests/support/factories';
import { changeMemberRole, leaveOrganisation, listMembers, removeMember } from './members';

function membershipsOf(organisationId: string) {
  return db.membership.findMany({
    where: { organisationId },
    select: { id: true, userId: true, role: true },
    orderBy: { id: 'asc' },
  });
}

describe('listMembers', () => {
  it('lists the members of the organisation only', async () => {
    const team = await createTeam();
    await createTeam();
    const members = await listMembers(team.staff);
    expect(members.map((member) => member.user.id).sort()).toEqual(
      [team.users.owner.id, team.users.manager.id, team.users.staff.id].sort(),
    );
  });
});

describe('tenant isolation', () => {
  it('treats membership ids of another organisation as not found and changes nothing', async () => {
    const a = await createTeam();
    const b = await createTeam();
    const before = await membershipsOf(b.organisation.id);

    await expectAppError(changeMemberRole(a.owner, b.staff.membershipId, 'OWNER'), 'NOT_FOUND');
    await expectAppError(changeMemberRole(a.owner, b.owner.membershipId, 'STAFF'), 'NOT_FOUND');
    await expectAppError(removeMember(a.owner, b.staff.membershipId), 'NOT_FOUND');
    await expectAppError(removeMember(a.owner, b.owner.membershipId), 'NOT_FOUND');

    expect(await membershipsOf(b.organisation.id)).toEqual(before);
  });
});

describe('changeMemberRole', () => {
  it('lets an owner change a role', async () => {
    const team = await createTeam();
    await changeMemberRole(team.owner, team.staff.membershipId, 'MANAGER');
    expect(await memberContextOf(team.users.staff, team.organisation.slug)).toMatchObject({
      role: 'MANAGER',
    });
  });

  it('is forbidden to managers and staff', async () => {
    const team = await createTeam();
    const before = await membershipsOf(team.organisation.id);
    await expectAppError(changeMemberRole(team.manager, team.staff.membershipId, 'MANAGER'), 'FORBIDDEN');
    await expectAppError(changeMemberRole(team.manager, team.manager.membershipId, 'OWNER'), 'FORBIDDEN');
    await expectAppError(changeMemberRole(team.staff, team.staff.membershipId, 'OWNER'), 'FORBIDDEN');
    expect(await membershipsOf(team.organisation.id)).toEqual(before);
  });

  it('does not demote the last owner', async () => {
    const team = await createTeam();
    await expectAppError(changeMemberRole(team.owner, team.owner.membershipId, 'MANAGER'), 'LAST_OWNER');
    expect(await memberContextOf(team.users.owner, team.organisation.slug)).toMatchObject({ role: 'OWNER' });
  });

  it('lets one of two owners be demoted', async () => {
    const team = await createTeam();
    await changeMemberRole(team.owner, team.manager.membershipId, 'OWNER');
    await changeMemberRole(team.owner, team.owner.membershipId, 'MANAGER');
    const roles = await membershipsOf(team.organisation.id);
    expect(roles.filter((membership) => membership.role === 'OWNER').map((m) => m.userId)).toEqual([
      team.users.manager.id,
    ]);
  });

  it('keeps an owner when two owners demote each other at the same moment', async () => {
    const team = await createTeam();
    await changeMemberRole(team.owner, team.manager.membershipId, 'OWNER');
    const secondOwner = await memberContextOf(team.users.manager, team.organisation.slug);

    const results = await Promise.allSettled([
      changeMemberRole(team.owner, secondOwner.membershipId, 'STAFF'),
      changeMemberRole(secondOwner, team.owner.membershipId, 'STAFF'),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { name: 'AppError', code: 'LAST_OWNER' },
    });
    const owners = (await membershipsOf(team.organisation.id)).filter((m) => m.role === 'OWNER');
    expect(owners).toHaveLength(1);
  });
});

describe('removeMember and leaveOrganisation', () => {
  it('lets an owner remove a member', async () => {
    const team = await createTeam();
    await removeMember(team.owner, team.staff.membershipId);
    expect(await db.membership.findUnique({ where: { id: team.staff.membershipId } })).toBeNull();
  });

  it('forbids managers and staff to remove others', async () => {
    const team = await createTeam();
    await expectAppError(removeMember(team.manager, team.staff.membershipId), 'FORBIDDEN');
    await expectAppError(removeMember(team.staff, team.owner.membershipId), 'FORBIDDEN');
    expect(await membershipsOf(team.organisation.id)).toHaveLength(3);
  });

  it('lets staff leave on their own', async () => {
    const team = await createTeam();
    await leaveOrganisation(team.staff);
    expect(await db.membership.findUnique({ where: { id: team.staff.membershipId } })).toBeNull();
  });

  it('does not let the last owner leave or be removed', async () => {
    const team = await createTeam();
    await expectAppError(leaveOrganisation(team.owner), 'LAST_OWNER');
    await expectAppError(removeMember(team.owner, team.owner.membershipId), 'LAST_OWNER');
    expect(await db.membership.findUnique({ where: { id: team.owner.membershipId } })).not.toBeNull();
  });

  it('lets one of two owners leave, and then not the other', async () => {
    const team = await createTeam();
    const secondOwnerUser = await createTestUser({ label: 'owner2' });
    await addMember(team.organisation.id, secondOwnerUser, 'OWNER');
    const secondOwner = await memberContextOf(secondOwnerUser, team.organisation.slug);

    await leaveOrganisation(team.owner);
    expect(await db.membership.findUnique({ where: { id: team.owner.membershipId } })).toBeNull();
    await expectAppError(leaveOrganisation(secondOwner), 'LAST_OWNER');
  });
});
