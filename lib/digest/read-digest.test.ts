import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { findMemberContext } from '@/lib/organisations/member-context';
import { createTeam } from '@/tests/support/factories';
import { isEmptyDigest, readWeeklyDigest } from './read-digest';
import { digestMonday, seedDigestTeam } from './test-support';

async function digestMemberOf(
  user: { id: string; email: string; name: string; locale: 'de' | 'en' },
  slug: string,
) {
  const member = await findMemberContext(user, slug);
  if (!member?.settings) throw new Error('no member');
  return { ...member, settings: member.settings };
}

describe('readWeeklyDigest', () => {
  it('tells a staff member about her own locations only', async () => {
    const { team } = await seedDigestTeam();
    const staff = await digestMemberOf(team.users.staff, team.organisation.slug);
    const digest = await readWeeklyDigest(staff, digestMonday);

    expect(digest.oversees).toBe(false);
    expect(digest.lastWeek).toEqual({ year: 2026, week: 48 });
    expect(digest.thisWeek).toEqual({ year: 2026, week: 49 });
    // Altstadt owes week 48; both of hers owe week 49. Geestemünde is nobody's.
    expect(digest.checkIns).toMatchObject({ myOverdue: 1, myOpen: 2 });
    // Hafen: one to fix; Altstadt: one stale, one never started.
    expect(digest.listings.mine).toEqual({ fixData: 1, recheck: 1, create: 1 });
    // The website check's change at Hafen; Lehe's is the manager's, Altstadt's is 10 days old.
    expect(digest.changes).toMatchObject({ total: 1, automatic: 1, locations: 1 });
    expect(digest.changes.latest).toEqual([
      expect.objectContaining({
        locationName: expect.stringMatching(/^Filiale Hafen/),
        source: 'WEBSITE',
        statusFrom: 'LIVE',
        statusTo: 'NEEDS_UPDATE',
      }),
    ]);
    expect(isEmptyDigest(digest)).toBe(false);
  });

  it('gives a manager the totals of the locations she oversees and the ones that need the most', async () => {
    const { team } = await seedDigestTeam();
    const manager = await digestMemberOf(team.users.manager, team.organisation.slug);
    const digest = await readWeeklyDigest(manager, digestMonday);

    expect(digest.oversees).toBe(true);
    // Lehe (hers) submitted week 48; Altstadt and Geestemünde did not.
    expect(digest.checkIns).toEqual({ myOverdue: 0, myOpen: 1, overseenOverdue: 2 });
    expect(digest.listings.mine).toEqual({ finishClaim: 1 });
    expect(digest.listings.overseen).toEqual({ fixData: 1, recheck: 1, create: 3, finishClaim: 1 });
    expect(
      digest.listings.topLocations.map((location) => [location.name.split(' ')[1], location.count]),
    ).toEqual([
      ['Altstadt', 2],
      ['Geestemünde', 2],
      ['Hafen', 1],
    ]);
    expect(digest.changes).toMatchObject({ total: 2, automatic: 1, locations: 2 });
    expect(digest.changes.latest.map((change) => change.changedByName)).toEqual(['Test', 'Maria Manager']);
  });

  it("limits a group-limited manager to her groups' locations", async () => {
    const { team, organisationId, locations } = await seedDigestTeam();
    const group = await db.locationGroup.create({ data: { organisationId, name: 'Lehe' } });
    await db.locationGroupMember.create({
      data: { groupId: group.id, locationId: locations.lehe, organisationId },
    });
    await db.membershipGroupLimit.create({
      data: { membershipId: team.manager.membershipId, groupId: group.id, organisationId },
    });
    const manager = await digestMemberOf(team.users.manager, team.organisation.slug);
    expect(manager.groupLimit).toEqual([group.id]);
    const digest = await readWeeklyDigest(manager, digestMonday);

    expect(digest.checkIns).toEqual({ myOverdue: 0, myOpen: 1, overseenOverdue: 0 });
    expect(digest.listings.overseen).toEqual({ finishClaim: 1 });
    expect(digest.listings.topLocations).toHaveLength(1);
    expect(digest.changes).toMatchObject({ total: 1, automatic: 0 });
  });

  it('has nothing to say to a member without locations in a quiet organisation', async () => {
    const team = await createTeam();
    const staff = await digestMemberOf(team.users.staff, team.organisation.slug);
    const digest = await readWeeklyDigest(staff, digestMonday);
    expect(digest.checkIns).toEqual({ myOverdue: 0, myOpen: 0, overseenOverdue: 0 });
    expect(digest.listings).toEqual({ mine: {}, overseen: {}, topLocations: [] });
    expect(isEmptyDigest(digest)).toBe(true);
  });
});
