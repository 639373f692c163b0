// A team whose manager is limited to one location group: the set-up every group-scope test of the
// data layer starts from. Groups are written straight into the tables (hand groups), so these
// tests do not depend on the group management's own functions.
import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/access/member-context';
import { addMember, addTestLocation, createTeam, createTestUser, memberContextOf } from './factories';

/** A hand group of `organisationId` named `name` holding `locationIds`. */
export async function insertTestGroup(organisationId: string, name: string, locationIds: string[]) {
  const group = await db.locationGroup.create({ data: { organisationId, name }, select: { id: true } });
  if (locationIds.length > 0) {
    await db.locationGroupMember.createMany({
      data: locationIds.map((locationId) => ({ groupId: group.id, locationId, organisationId })),
    });
  }
  return group.id;
}

/** Limits the membership `membershipId` to the groups `groupIds`. */
export async function limitToGroups(organisationId: string, membershipId: string, groupIds: string[]) {
  await db.membershipGroupLimit.createMany({
    data: groupIds.map((groupId) => ({ membershipId, groupId, organisationId })),
  });
}

/**
 * createTeam plus two located locations, one in group "Nord" and one in group "Süd", and a second
 * manager (`limited`) limited to "Nord". `manager` stays unlimited.
 */
export async function createGroupedTeam() {
  const team = await createTeam();
  const [inside, outside] = [
    await addTestLocation(team.owner, { name: 'Nord Lehe', latitude: 53.57, longitude: 8.59 }),
    await addTestLocation(team.owner, { name: 'Süd Wulsdorf', latitude: 53.51, longitude: 8.61 }),
  ];
  const organisationId = team.organisation.id;
  const [mine, other] = [
    await insertTestGroup(organisationId, 'Nord', [inside]),
    await insertTestGroup(organisationId, 'Süd', [outside]),
  ];
  const limitedUser = await createTestUser({ label: 'limited-manager' });
  const membership = await addMember(organisationId, limitedUser, 'MANAGER');
  await limitToGroups(organisationId, membership.id, [mine]);
  const limited: MemberContext = await memberContextOf(limitedUser, team.organisation.slug);
  return { ...team, limited, limitedUser, locations: { inside, outside }, groups: { mine, other } };
}
