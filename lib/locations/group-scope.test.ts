import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { expectAppError } from '@/tests/support/factories';
import { createGroupedTeam, insertTestGroup } from '@/tests/support/group-scope';
import { listLocationCompleteness } from './completeness';
import { exportLocationsCsv } from './csv/export-locations';
import { previewLocationImport } from './csv/import-locations';
import {
  createLocation,
  deleteLocation,
  getLocation,
  listLocations,
  setLocationArchived,
  updateLocation,
} from './locations';
import { loadMiniMap } from './mini-map';
import { placeUnplacedLocations } from './placement/place-unplaced';
import { locationInputSchema, locationListQuerySchema } from './schemas';

const query = (overrides: Record<string, unknown> = {}) => locationListQuerySchema.parse(overrides);
const input = (overrides: Record<string, unknown> = {}) =>
  locationInputSchema.parse({
    storeCode: `G-${randomUUID().slice(0, 8)}`,
    name: 'Geändert',
    street: 'Hafenstraße 1',
    postalCode: '27568',
    city: 'Bremerhaven',
    ...overrides,
  });

describe('locations of a manager limited to a location group', () => {
  it('lists, reads, exports and maps only the locations of their groups', async () => {
    const team = await createGroupedTeam();
    const list = await listLocations(team.limited, query());
    expect(list.items.map((item) => item.id)).toEqual([team.locations.inside]);
    expect(list.total).toBe(1);
    expect((await listLocations(team.manager, query())).total).toBe(2);

    expect((await getLocation(team.limited, team.locations.inside)).id).toBe(team.locations.inside);
    await expectAppError(getLocation(team.limited, team.locations.outside), 'NOT_FOUND');

    const csv = await exportLocationsCsv(team.limited);
    expect(csv).toContain('Nord Lehe');
    expect(csv).not.toContain('Süd Wulsdorf');
    expect((await listLocationCompleteness(team.limited)).map((row) => row.id)).toEqual([
      team.locations.inside,
    ]);
    expect((await loadMiniMap(team.limited)).located).toBe(1);
    expect((await loadMiniMap(team.owner)).located).toBe(2);
  });

  it("edits their groups' locations; another group's is NOT_FOUND and stays as it was", async () => {
    const team = await createGroupedTeam();
    await updateLocation(team.limited, team.locations.inside, input({ name: 'Nord Neu' }));
    expect((await getLocation(team.owner, team.locations.inside)).name).toBe('Nord Neu');

    const before = await db.location.findUniqueOrThrow({ where: { id: team.locations.outside } });
    await expectAppError(
      updateLocation(team.limited, team.locations.outside, input({ name: 'Übernommen' })),
      'NOT_FOUND',
    );
    expect(await db.location.findUniqueOrThrow({ where: { id: team.locations.outside } })).toEqual(before);
  });

  it('may not move a location out of their groups by its address; the whole change is refused', async () => {
    const team = await createGroupedTeam();
    const organisationId = team.organisation.id;
    const inBremerhaven = await db.locationGroup.create({
      data: { organisationId, name: 'Bremerhaven', ruleField: 'CITY', ruleValue: 'Bremerhaven' },
    });
    await db.membershipGroupLimit.deleteMany({ where: { organisationId, groupId: team.groups.mine } });
    await db.membershipGroupLimit.create({
      data: { membershipId: team.limited.membershipId!, groupId: inBremerhaven.id, organisationId },
    });
    const limited = { ...team.limited, groupLimit: [inBremerhaven.id] };
    const before = await db.location.findUniqueOrThrow({ where: { id: team.locations.inside } });

    await expectAppError(
      updateLocation(
        limited,
        team.locations.inside,
        input({ name: 'Nord Umzug', city: 'Bremen', postalCode: '28195' }),
      ),
      'CONFLICT',
    );
    expect(await db.location.findUniqueOrThrow({ where: { id: team.locations.inside } })).toEqual(before);
    expect(await db.locationGroupMember.count({ where: { groupId: inBremerhaven.id } })).toBe(2);

    await updateLocation(team.manager, team.locations.inside, input({ city: 'Bremen', postalCode: '28195' }));
    expect(await db.locationGroupMember.count({ where: { groupId: inBremerhaven.id } })).toBe(1);
  });

  it('may not create, import, archive or delete locations (owners and unlimited managers do)', async () => {
    const team = await createGroupedTeam();
    const count = () => db.location.count({ where: { organisationId: team.organisation.id } });
    const before = await count();
    await expectAppError(createLocation(team.limited, input()), 'FORBIDDEN');
    await expectAppError(previewLocationImport(team.limited, 'Store code,Business name\n'), 'FORBIDDEN');
    await expectAppError(setLocationArchived(team.limited, team.locations.inside, true), 'FORBIDDEN');
    await expectAppError(deleteLocation(team.limited, team.locations.inside), 'FORBIDDEN');
    expect(await count()).toBe(before);
    expect((await getLocation(team.owner, team.locations.inside)).archivedAt).toBeNull();
    await setLocationArchived(team.manager, team.locations.inside, true);
    expect((await getLocation(team.owner, team.locations.inside)).archivedAt).not.toBeNull();
  });

  it('places only the unplaced locations of their groups', async () => {
    const team = await createGroupedTeam();
    await db.location.updateMany({
      where: { id: { in: [team.locations.inside, team.locations.outside] } },
      data: { latitude: null, longitude: null },
    });
    const result = await placeUnplacedLocations(team.limited);
    expect(result.placed).toBe(1);
    const outside = await db.location.findUniqueOrThrow({ where: { id: team.locations.outside } });
    expect(outside.latitude).toBeNull();
  });
});

describe('the group filter of the locations list and export', () => {
  it("narrows the list and the CSV to one group; another organisation's group is NOT_FOUND", async () => {
    const team = await createGroupedTeam();
    const filtered = await listLocations(team.owner, query({ group: team.groups.other }));
    expect(filtered.items.map((item) => item.id)).toEqual([team.locations.outside]);
    expect(await exportLocationsCsv(team.owner, team.groups.other)).not.toContain('Nord Lehe');
    // "All groups" of the GET form sends the parameter empty: no filter.
    expect((await listLocations(team.owner, query({ group: '' }))).total).toBe(2);

    const stranger = await createGroupedTeam();
    await expectAppError(listLocations(team.owner, query({ group: stranger.groups.mine })), 'NOT_FOUND');
    await expectAppError(listLocations(team.owner, query({ group: 'not-a-uuid' })), 'NOT_FOUND');
    await expectAppError(exportLocationsCsv(team.owner, stranger.groups.mine), 'NOT_FOUND');
  });

  it('refuses a limited manager a group outside their limit, and intersects a filter with it', async () => {
    const team = await createGroupedTeam();
    await expectAppError(listLocations(team.limited, query({ group: team.groups.other })), 'NOT_FOUND');
    const both = await insertTestGroup(team.organisation.id, 'Beide', [
      team.locations.inside,
      team.locations.outside,
    ]);
    // Not one of their groups: refused, even though it holds one of their locations.
    await expectAppError(listLocations(team.limited, query({ group: both })), 'NOT_FOUND');
    const mine = await listLocations(team.limited, query({ group: team.groups.mine }));
    expect(mine.items.map((item) => item.id)).toEqual([team.locations.inside]);
  });
});
