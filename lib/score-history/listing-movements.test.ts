import { describe, expect, it } from 'vitest';
import type { ListingStatus } from '@/lib/generated/prisma/enums';
import { addTestLocation, createTeam } from '@/tests/support/factories';
import { listingMovements } from './listing-movements';
import { firstPlatformIds, insertListingItem, insertStatusChange } from './test-support';

type Step = [from: ListingStatus, to: ListingStatus, daysAgo: number];

async function organisationWithChanges() {
  const team = await createTeam();
  const { owner } = team;
  const platforms = await firstPlatformIds(6);
  const first = await addTestLocation(owner);
  const second = await addTestLocation(owner, { name: 'Zweiter Standort' });
  const item = async (locationId: string, index: number, status: ListingStatus, steps: Step[]) => {
    const id = await insertListingItem(owner, { locationId, platformId: platforms[index]!, status });
    for (const [from, to, daysAgo] of steps) await insertStatusChange(id, from, to, daysAgo);
  };
  // First location: one gained, one corrected, one lost, one gone, one change too old to count.
  await item(first, 0, 'LIVE', [
    ['NOT_STARTED', 'CLAIMED', 20],
    ['CLAIMED', 'LIVE', 10],
  ]);
  await item(first, 1, 'LIVE', [
    ['LIVE', 'NEEDS_UPDATE', 12],
    ['NEEDS_UPDATE', 'LIVE', 3],
  ]);
  await item(first, 2, 'NEEDS_UPDATE', [['LIVE', 'NEEDS_UPDATE', 5]]);
  await item(first, 3, 'NOT_STARTED', [['NEEDS_UPDATE', 'NOT_STARTED', 2]]);
  await item(first, 4, 'LIVE', [['NOT_STARTED', 'LIVE', 45]]);
  // Second location: live, gone and back within the window counts as nothing new.
  await item(second, 0, 'LIVE', [
    ['LIVE', 'NOT_STARTED', 8],
    ['NOT_STARTED', 'LIVE', 4],
  ]);
  await item(second, 1, 'LIVE', [['NEEDS_UPDATE', 'LIVE', 1]]);
  return { ...team, first, second };
}

describe('listingMovements', () => {
  it('counts gained, lost and corrected listings of the last 30 days, each item once', async () => {
    const { owner, first, second } = await organisationWithChanges();
    await organisationWithChanges();
    expect(await listingMovements(owner)).toEqual({ gained: 1, lost: 2, corrected: 2 });
    expect(await listingMovements(owner, { locationId: first })).toEqual({
      gained: 1,
      lost: 2,
      corrected: 1,
    });
    expect(await listingMovements(owner, { locationId: second })).toEqual({
      gained: 0,
      lost: 0,
      corrected: 1,
    });
  });

  it('reads a window ending at the given time', async () => {
    const { owner, first } = await organisationWithChanges();
    const fortyDaysAgo = new Date(Date.now() - 40 * 86_400_000);
    expect(await listingMovements(owner, { locationId: first, now: fortyDaysAgo })).toEqual({
      gained: 1,
      lost: 0,
      corrected: 0,
    });
  });
});
