import { describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db/prisma';
import { addMember, createTestOrganisation, createTestUser } from '@/tests/support/factories';
import { deleteAccount, deletedAccountLabel, LastOwnerError, planAccountDeletion } from './account-deletion';
import { createFilledTeam, idsOfOrganisation, rowsMentioning } from './test-support';

const password = 'Deichbrise-Lehe-2026!';

async function withPassword<T extends { id: string }>(user: T) {
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

describe('deleteAccount', () => {
  it('deletes the account, its sessions and the organisations only it belongs to; the teams keep their history', async () => {
    const team = await createFilledTeam();
    const staff = await withPassword(team.users.staff);
    const solo = await createTestOrganisation(staff);
    const soloIds = await idsOfOrganisation(solo.id);
    await db.auditEvent.create({
      data: {
        organisationId: team.organisation.id,
        userId: null,
        actorLabel: team.users.owner.email,
        action: 'member.removed',
        details: { email: staff.email },
      },
    });
    expect(await planAccountDeletion(staff.id)).toEqual({
      blockedBy: [],
      deletedWithAccount: [{ id: solo.id, name: solo.name, slug: solo.slug }],
    });

    expect(await deleteAccount(staff, { currentPassword: password })).toBe(1);

    expect(await db.user.findUnique({ where: { id: staff.id } })).toBeNull();
    expect(await db.authSession.count({ where: { userId: staff.id } })).toBe(0);
    expect(await rowsMentioning(soloIds)).toEqual({ audit_events: 1 }); // organisation.deleted
    // Neither the address nor the name is left anywhere.
    expect(await rowsMentioning([staff.email, staff.name])).toEqual({});
    // The team's check-in and time entry stay, belonging to nobody (as when a member is removed).
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: team.checkInId } })).toMatchObject({
      membershipId: null,
    });
    expect(
      await db.timeEntry.count({ where: { organisationId: team.organisation.id, membershipId: null } }),
    ).toBe(1);
    expect(
      await db.listingChange.findFirstOrThrow({ where: { listingItemId: team.listingItemId } }),
    ).toMatchObject({
      changedById: null,
      changedByName: deletedAccountLabel,
    });
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { action: 'member.removed', organisationId: team.organisation.id },
      }),
    ).toMatchObject({ details: { email: deletedAccountLabel } });
    const events = await db.auditEvent.findMany({
      where: {
        action: { in: ['organisation.deleted', 'account.deleted'] },
        organisationId: null,
        actorLabel: deletedAccountLabel,
      },
      orderBy: { createdAt: 'asc' },
    });
    expect(events.map((event) => [event.action, event.userId, event.details])).toEqual([
      ['organisation.deleted', null, { name: solo.name, slug: solo.slug }],
      ['account.deleted', null, { organisationsDeleted: 1 }],
    ]);
  });

  it('refuses the last owner of an organisation with other members, naming it, and changes nothing', async () => {
    const team = await createFilledTeam();
    const owner = await withPassword(team.users.owner);
    const solo = await createTestOrganisation(owner);
    const before = await rowsMentioning([owner.id, owner.email, solo.id]);

    const refusal = await deleteAccount(owner, { currentPassword: password }).catch((error) => error);
    expect(refusal).toBeInstanceOf(LastOwnerError);
    expect(refusal.organisations).toEqual([
      { id: team.organisation.id, name: team.organisation.name, slug: team.organisation.slug },
    ]);
    expect(await rowsMentioning([owner.id, owner.email, solo.id])).toEqual(before);

    // With a second owner the way is free.
    await db.membership.update({ where: { id: team.manager.membershipId }, data: { role: 'OWNER' } });
    expect(await planAccountDeletion(owner.id)).toMatchObject({ blockedBy: [] });
    await deleteAccount(owner, { currentPassword: password });
    expect(await db.organisation.count({ where: { id: team.organisation.id } })).toBe(1);
  });

  it('refuses a wrong password on its field and changes nothing', async () => {
    const user = await withPassword(await createTestUser());
    await db.authSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    for (const currentPassword of ['wrong password', undefined]) {
      await expect(deleteAccount(user, { currentPassword })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        messageKey: 'dataRights.errors.currentPasswordWrong',
        field: 'currentPassword',
      });
    }
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await db.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
  });

  it('lets an account without a password confirm with its email address', async () => {
    const user = await createTestUser();
    const organisation = await createTestOrganisation(user);
    await addMember(organisation.id, await createTestUser(), 'STAFF');
    await db.membership.updateMany({
      where: { organisationId: organisation.id, role: 'STAFF' },
      data: { role: 'OWNER' },
    });
    await expect(deleteAccount(user, { confirmEmail: 'someone-else@ortsbild.test' })).rejects.toMatchObject({
      messageKey: 'dataRights.errors.emailMismatch',
      field: 'confirmEmail',
    });
    expect(await deleteAccount(user, { confirmEmail: user.email })).toBe(0);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.membership.count({ where: { organisationId: organisation.id } })).toBe(1);
  });
});
