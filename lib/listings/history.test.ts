import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';
import { listLocationHistory } from './history';

async function itemWithChanges(
  organisationId: string,
  locationId: string,
  platformId: string,
  count: number,
) {
  const item = await db.listingItem.create({
    data: { organisationId, locationId, platformId, status: 'LIVE' },
    select: { id: true },
  });
  await db.listingChange.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      listingItemId: item.id,
      changedByName: 'Hanna',
      changedAt: new Date(Date.UTC(2026, 10, 1 + index)),
      changes: { status: { from: 'NOT_STARTED', to: `STEP_${index}` } },
    })),
  });
}

describe('listLocationHistory', () => {
  it('groups the newest changes by platform, at most perItem each', async () => {
    const { owner } = await createTeam();
    const locationId = await addTestLocation(owner);
    const [google, facebook] = await Promise.all([
      platformIdByKey('google-business-profile'),
      platformIdByKey('facebook'),
    ]);
    await itemWithChanges(owner.organisation.id, locationId, google, 12);
    await itemWithChanges(owner.organisation.id, locationId, facebook, 2);

    const history = await listLocationHistory(owner, locationId);
    expect(history.get(google)).toHaveLength(10);
    expect(history.get(google)![0]!.changes).toEqual({ status: { from: 'NOT_STARTED', to: 'STEP_11' } });
    expect(history.get(facebook)!.map((change) => change.changedAt.toISOString())).toEqual([
      '2026-11-02T00:00:00.000Z',
      '2026-11-01T00:00:00.000Z',
    ]);
  });

  it('names the verification source of a change it made, and none for a person', async () => {
    const { owner } = await createTeam();
    const locationId = await addTestLocation(owner);
    const osm = await platformIdByKey('openstreetmap');
    const item = await db.listingItem.create({
      data: { organisationId: owner.organisation.id, locationId, platformId: osm, status: 'LIVE' },
      select: { id: true },
    });
    await db.listingChange.createMany({
      data: [
        {
          listingItemId: item.id,
          changedByName: 'OpenStreetMap',
          changedAt: new Date(Date.UTC(2026, 11, 6, 7, 14)),
          changes: { status: { from: 'NOT_STARTED', to: 'LIVE' } },
          source: 'OPENSTREETMAP',
        },
        {
          listingItemId: item.id,
          changedByName: 'Hanna',
          changedAt: new Date(Date.UTC(2026, 11, 5)),
          changes: { notes: { from: null, to: 'Im Laden gefragt' } },
        },
      ],
    });
    const history = await listLocationHistory(owner, locationId);
    expect(history.get(osm)!.map(({ changedByName, source }) => ({ changedByName, source }))).toEqual([
      { changedByName: 'OpenStreetMap', source: 'OPENSTREETMAP' },
      { changedByName: 'Hanna', source: null },
    ]);
  });

  it("shows nothing of another organisation's location", async () => {
    const { owner } = await createTeam();
    const other = await createTeam();
    const locationId = await addTestLocation(other.owner);
    await itemWithChanges(other.owner.organisation.id, locationId, await platformIdByKey('facebook'), 3);
    expect((await listLocationHistory(owner, locationId)).size).toBe(0);
  });
});
