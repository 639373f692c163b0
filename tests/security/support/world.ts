// The two organisations every entry-point case runs between: the victim, whose data the calls
// aim at, and the attacker, an unrelated organisation whose owner and API token try to reach it.
// Built fresh for each case, so a positive control (which really changes things) never affects
// another case.
import { randomBytes } from 'node:crypto';
import { createApiToken } from '@/lib/api-tokens/api-tokens';
import { createAuthSession, revokeAuthSession } from '@/lib/auth/auth-sessions';
import type { CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/prisma';
import type { MemberContext, SessionMemberContext } from '@/lib/access/member-context';
import { formatIsoWeek, isoWeekOfDate, todayIn } from '@/lib/weeks/iso-week';
import {
  addMember,
  addTestLocation,
  createTestOrganisation,
  createTestUser,
  insertTestLocation,
  memberContextOf,
  platformIdByKey,
} from '@/tests/support/factories';

export type Principal = { user: CurrentUser; member: SessionMemberContext; sessionId: string };

export type World = Awaited<ReturnType<typeof createWorld>>;

async function principal(user: CurrentUser, slug: string): Promise<Principal> {
  return {
    user,
    member: await memberContextOf(user, slug),
    sessionId: await createAuthSession(user.id, { userAgent: 'isolation test' }),
  };
}

async function revokedSessionOf(user: CurrentUser) {
  const sessionId = await createAuthSession(user.id, { userAgent: 'isolation test, signed out' });
  await revokeAuthSession(sessionId);
  return sessionId;
}

async function revokedTokenOf(member: MemberContext) {
  const { token, record } = await createApiToken(member, { name: 'Revoked integration' });
  await db.apiToken.update({ where: { id: record.id }, data: { revokedAt: new Date() } });
  return token;
}

/**
 * The other organisation, with its owner signed in and a token of its own. Shared by all cases:
 * its calls are refused or act on its own data, which no case looks at.
 */
export async function createAttacker() {
  const user = await createTestUser({ label: 'attacker-owner' });
  const organisation = await createTestOrganisation(user, `Attacker ${randomBytes(4).toString('hex')}`);
  const owner = await principal(user, organisation.slug);
  const [locationId, token] = await Promise.all([
    addTestLocation(owner.member, { name: 'Attacker Mitte' }),
    createApiToken(owner.member, { name: 'Attacker integration' }),
  ]);
  return { organisation, owner, token: token.token, locationId };
}

export type Attacker = Awaited<ReturnType<typeof createAttacker>>;

export async function createWorld(attacker: Attacker) {
  // Appears in the victim's location names only: no request ever carries it, so finding it in a
  // refused call's answer means the victim's data leaked.
  const marker = `SECRET-${randomBytes(6).toString('hex')}`;
  const [victimOwner, victimManager, victimStaff, victimLimitedManager] = await Promise.all([
    createTestUser({ label: 'victim-owner' }),
    createTestUser({ label: 'victim-manager' }),
    createTestUser({ label: 'victim-staff' }),
    createTestUser({ label: 'victim-limited-manager' }),
  ]);
  const organisation = await createTestOrganisation(victimOwner, `Victim ${marker.slice(7)}`);
  const [, , limitedMembership] = await Promise.all([
    addMember(organisation.id, victimManager, 'MANAGER'),
    addMember(organisation.id, victimStaff, 'STAFF'),
    addMember(organisation.id, victimLimitedManager, 'MANAGER'),
  ]);
  // A manager limited to a group holding one location of its own (placed, named without the
  // marker): every location the cases aim at is outside their group.
  const groupLocationId = await insertTestLocation(organisation.id, 'Gruppe Wulsdorf', {
    latitude: 53.51,
    longitude: 8.61,
  });
  const group = await db.locationGroup.create({
    data: { organisationId: organisation.id, name: 'Wulsdorf' },
    select: { id: true },
  });
  await db.locationGroupMember.create({
    data: { groupId: group.id, locationId: groupLocationId, organisationId: organisation.id },
  });
  await db.membershipGroupLimit.create({
    data: { membershipId: limitedMembership.id, groupId: group.id, organisationId: organisation.id },
  });
  const [owner, manager, staff, limitedManager] = await Promise.all([
    principal(victimOwner, organisation.slug),
    principal(victimManager, organisation.slug),
    principal(victimStaff, organisation.slug),
    principal(victimLimitedManager, organisation.slug),
  ]);
  const [assignedLocationId, otherLocationId, revokedOwnerSessionId, token, revokedToken] = await Promise.all(
    [
      addTestLocation(owner.member, {
        name: `${marker} Lehe`,
        assignedMembershipId: staff.member.membershipId,
        latitude: 53.57,
        longitude: 8.59,
      }),
      addTestLocation(owner.member, { name: `${marker} Geestemünde`, latitude: 53.53, longitude: 8.6 }),
      revokedSessionOf(victimOwner),
      createApiToken(owner.member, { name: 'Victim integration' }),
      revokedTokenOf(owner.member),
    ],
  );
  const today = todayIn(owner.member.organisation.timeZone);
  return {
    marker,
    /** What no answer to another organisation may contain. */
    secrets: [marker, organisation.id, assignedLocationId, otherLocationId],
    platformId: await platformIdByKey('google-business-profile'),
    today,
    week: formatIsoWeek(isoWeekOfDate(today)),
    victim: {
      organisation,
      owner,
      manager,
      staff,
      /** A manager limited to a location group that holds none of the locations the cases aim at. */
      limitedManager,
      revokedOwnerSessionId,
      token: token.token,
      revokedToken,
      /** Assigned to the staff member. */
      assignedLocationId,
      /** Assigned to nobody: staff may not act on it. */
      otherLocationId,
    },
    attacker,
  };
}
