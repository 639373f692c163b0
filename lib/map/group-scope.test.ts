import { describe, expect, it } from 'vitest';
import { expectAppError } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { countMapLocations, loadMapPayload } from './map-data';

describe('the map of a manager limited to a location group', () => {
  it("draws and counts their groups' locations only; an owner's group filter narrows the same way", async () => {
    const team = await createGroupedTeam();
    const ids = async (...args: Parameters<typeof loadMapPayload>) =>
      (await loadMapPayload(...args)).locations.map(([id]) => id);
    expect(await ids(team.limited)).toEqual([team.locations.inside]);
    expect(await countMapLocations(team.limited)).toMatchObject({ located: 1, withoutCoordinates: 0 });
    expect((await ids(team.owner)).sort()).toEqual([team.locations.inside, team.locations.outside].sort());
    expect(await ids(team.owner, { groupId: team.groups.other })).toEqual([team.locations.outside]);
    expect(await countMapLocations(team.owner, { groupId: team.groups.other })).toMatchObject({ located: 1 });
    // Another group than theirs, or another organisation's, is NOT_FOUND (checked in the same statement).
    await expectAppError(loadMapPayload(team.limited, { groupId: team.groups.other }), 'NOT_FOUND');
    const stranger = await createGroupedTeam();
    await expectAppError(loadMapPayload(team.owner, { groupId: stranger.groups.mine }), 'NOT_FOUND');
  });
});
