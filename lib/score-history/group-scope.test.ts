import { describe, expect, it } from 'vitest';
import { organisationScore } from '@/lib/listings/score';
import { expectAppError } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { todayIn } from '@/lib/weeks/iso-week';
import { dashboardPresence } from './dashboard-presence';
import { listingMovements } from './listing-movements';
import { locationScoreHistory, organisationScoreHistory } from './read-history';
import { takeScoreSnapshot } from './take-snapshot';
import { firstPlatformIds, insertListingItem, insertStatusChange } from './test-support';

/** The grouped team with the outside location live on a platform (changed 3 days ago) and today's snapshot. */
async function seed() {
  const team = await createGroupedTeam();
  const [platformId] = await firstPlatformIds(1);
  const item = await insertListingItem(team.owner, {
    locationId: team.locations.outside,
    platformId: platformId!,
    status: 'LIVE',
  });
  await insertStatusChange(item, 'NOT_STARTED', 'LIVE', 3);
  await takeScoreSnapshot(team.organisation.id);
  const today = todayIn(team.owner.organisation.timeZone);
  return { ...team, today, period: { from: '2026-01-01', to: today } };
}

describe('score history of a manager limited to a location group', () => {
  it("averages their groups' location snapshots; the organisation's trend stays the owner's", async () => {
    const team = await seed();
    const owners = await organisationScoreHistory(team.owner, team.period);
    const limited = await organisationScoreHistory(team.limited, team.period);
    expect(owners.at(-1)).toMatchObject({ date: team.today, locations: 2 });
    expect(limited.at(-1)).toMatchObject({ date: team.today, locations: 1, score: 0 });
    expect(owners.at(-1)!.score).toBeGreaterThan(0);

    const presence = await dashboardPresence(team.limited, team.period);
    const { history, movements, ...live } = presence;
    expect(live).toEqual(await organisationScore(team.limited));
    expect(live.locations).toBe(1);
    expect(history).toEqual(limited);
    expect(movements).toEqual({ gained: 0, lost: 0, corrected: 0 });
    expect(movements).toEqual(await listingMovements(team.limited));
    expect((await listingMovements(team.owner)).gained).toBe(1);

    await expectAppError(
      locationScoreHistory(team.limited, team.locations.outside, team.period),
      'NOT_FOUND',
    );
    expect(await locationScoreHistory(team.limited, team.locations.inside, team.period)).toHaveLength(1);
  });

  it("filters the owner's trend and presence by a group, averaging the same way", async () => {
    const team = await seed();
    const filter = { groupId: team.groups.other };
    const filtered = await organisationScoreHistory(team.owner, team.period, filter);
    expect(filtered.at(-1)).toMatchObject({ locations: 1 });
    expect(filtered.at(-1)!.score).toBeGreaterThan(0);
    const presence = await dashboardPresence(team.owner, team.period, filter);
    expect(presence.locations).toBe(1);
    expect(presence.history).toEqual(filtered);
    expect(presence.movements.gained).toBe(1);
    // The cache keys by the filter: the unfiltered presence is the whole organisation's.
    expect((await dashboardPresence(team.owner, team.period)).locations).toBe(2);
  });
});
