import { describe, expect, it } from 'vitest';
import { organisationScore } from '@/lib/listings/score';
import { addTestLocation, createTeam } from '@/tests/support/factories';
import { todayIn } from '@/lib/weeks/iso-week';
import { dashboardPresence } from './dashboard-presence';
import { listingMovements } from './listing-movements';
import { organisationScoreHistory } from './read-history';
import { takeScoreSnapshot } from './take-snapshot';
import { firstPlatformIds, insertListingItem, insertStatusChange } from './test-support';

describe('dashboardPresence', () => {
  it('holds the live score, the period of snapshots and the movements in one read', async () => {
    const { owner } = await createTeam();
    const [platformId] = await firstPlatformIds(1);
    const locationId = await addTestLocation(owner);
    const item = await insertListingItem(owner, { locationId, platformId: platformId!, status: 'LIVE' });
    await insertStatusChange(item, 'NOT_STARTED', 'LIVE', 3);
    await takeScoreSnapshot(owner.organisation.id);
    const today = todayIn(owner.organisation.timeZone);
    const period = { from: '2026-01-01', to: today };

    const presence = await dashboardPresence(owner, period);
    const { history, movements, ...live } = presence;
    expect(live).toEqual(await organisationScore(owner));
    expect(history).toEqual(await organisationScoreHistory(owner, period));
    expect(history.at(-1)).toMatchObject({ date: today, score: live.score, locations: 1 });
    expect(movements).toEqual(await listingMovements(owner));
    expect(movements.gained).toBe(1);
  });
});
