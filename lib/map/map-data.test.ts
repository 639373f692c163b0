import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, insertTestLocation } from '@/tests/support/factories';
import { locationScores } from '@/lib/listings/score';
import { countMapLocations, loadMapPayload } from './map-data';
import { bandOfTuple } from '@/lib/locations/map-payload';

const hours = { sat: [{ opens: '07:00', closes: '12:00' }] };

/** Sets the location's items on the first `count` catalogue platforms (all when left out) to LIVE. */
async function goLive(
  organisationId: string,
  locationId: string,
  options: { count?: number; checked: boolean },
) {
  const platforms = await db.platform.findMany({
    where: { organisationId: null },
    orderBy: { sortOrder: 'asc' },
    take: options.count,
    select: { id: true },
  });
  await db.listingItem.createMany({
    data: platforms.map((platform) => ({
      organisationId,
      locationId,
      platformId: platform.id,
      status: 'LIVE' as const,
      lastCheckedAt: options.checked ? new Date() : null,
    })),
  });
}

describe('loadMapPayload', () => {
  it('sends located, non-archived locations as sorted tuples banded by their presence score', async () => {
    const { organisation, staff } = await createTeam();
    // Complete master data, but listed nowhere: poor.
    const poor = await insertTestLocation(organisation.id, 'Zeven', {
      city: 'Zeven',
      latitude: 53.2966123456,
      longitude: 9.2771987654,
      phone: '+494202123456',
      website: 'https://zeven.example',
      openingHours: hours,
      primaryCategory: 'Bäckerei',
      description: 'Brot',
    });
    // Sparse master data, but live and checked everywhere: good.
    const good = await insertTestLocation(organisation.id, 'Achim', {
      city: 'Achim',
      latitude: 53.0139,
      longitude: 9.0265,
    });
    await goLive(organisation.id, good, { checked: true });
    // Live on the two weightiest platforms, not checked recently: fair.
    const fair = await insertTestLocation(organisation.id, 'Lilienthal', {
      city: 'Lilienthal',
      latitude: 53.1417,
      longitude: 8.9034,
      phone: '+494298123456',
      openingHours: hours,
    });
    await goLive(organisation.id, fair, { count: 2, checked: false });
    await insertTestLocation(organisation.id, 'Ohne Koordinaten', { phone: '+494202123456' });
    await insertTestLocation(organisation.id, 'Halbe Koordinaten', { latitude: 53.1 });
    await insertTestLocation(organisation.id, 'Archiviert', {
      latitude: 53,
      longitude: 9,
      archivedAt: new Date(),
    });
    await insertTestLocation(organisation.id, 'Archiviert ohne', { archivedAt: new Date() });

    const payload = await loadMapPayload(staff);
    const [fairScore] = [...(await locationScores(staff, [fair])).values()].map((score) => score.score);
    expect(fairScore).toBeGreaterThanOrEqual(40);
    expect(fairScore).toBeLessThan(75);
    expect(payload).toEqual({
      locations: [
        [good, 'Achim', 'Achim', 53.0139, 9.0265, 0, 100, 15, 0, 0],
        [fair, 'Lilienthal', 'Lilienthal', 53.1417, 8.9034, 1, fairScore, 55, 0, 0],
        [poor, 'Zeven', 'Zeven', 53.29661, 9.2772, 2, 0, 95, 0, 0],
      ],
      withoutCoordinates: 2,
    });
    expect(payload.locations.map(bandOfTuple)).toEqual(['good', 'fair', 'poor']);
    expect(await countMapLocations(staff)).toEqual({ located: 3, approximate: 0, withoutCoordinates: 2 });
  });

  it('turns a location from poor to good once all its items are live and checked', async () => {
    const { organisation, owner } = await createTeam();
    const locationId = await insertTestLocation(organisation.id, 'Hafen', {
      latitude: 53.54,
      longitude: 8.58,
    });
    expect((await loadMapPayload(owner)).locations.map(bandOfTuple)).toEqual(['poor']);
    await goLive(organisation.id, locationId, { checked: true });
    expect((await loadMapPayload(owner)).locations.map(bandOfTuple)).toEqual(['good']);
    // With every platform switched off there is nothing to be listed on: poor, not an error.
    await db.organisationPlatform.createMany({
      data: (await db.platform.findMany({ where: { organisationId: null }, select: { id: true } })).map(
        (platform) => ({ organisationId: organisation.id, platformId: platform.id, enabled: false }),
      ),
    });
    expect((await loadMapPayload(owner)).locations[0]).toEqual([
      locationId,
      'Hafen',
      'Bremerhaven',
      53.54,
      8.58,
      2,
      0,
      15,
      0,
      0,
    ]);
  });

  it("never includes another organisation's locations", async () => {
    const mine = await createTeam();
    const theirs = await createTeam();
    const own = await insertTestLocation(mine.organisation.id, 'Eigene', { latitude: 53.5, longitude: 8.6 });
    await insertTestLocation(theirs.organisation.id, 'Fremde', { latitude: 53.5, longitude: 8.6 });
    await insertTestLocation(theirs.organisation.id, 'Fremde ohne');
    const payload = await loadMapPayload(mine.owner);
    expect(payload.locations.map((tuple) => tuple[0])).toEqual([own]);
    expect(payload.withoutCoordinates).toBe(0);
    expect(await countMapLocations(mine.owner)).toEqual({
      located: 1,
      approximate: 0,
      withoutCoordinates: 0,
    });
  });

  it('marks positions from the gazetteer as approximate, with their precision, and counts them', async () => {
    const { organisation, owner } = await createTeam();
    await insertTestLocation(organisation.id, 'Ungefähr', {
      latitude: 53.55357,
      longitude: 8.57553,
      positionSource: 'GAZETTEER',
      positionPrecision: 'MUNICIPALITY',
      positionPrecisionM: 5000,
    });
    await insertTestLocation(organisation.id, 'Genau', { latitude: 53.54, longitude: 8.58 });
    const { locations } = await loadMapPayload(owner);
    expect(locations.map((tuple) => [tuple[1], tuple[8], tuple[9]])).toEqual([
      ['Genau', 0, 0],
      ['Ungefähr', 1, 5000],
    ]);
    expect(await countMapLocations(owner)).toEqual({ located: 2, approximate: 1, withoutCoordinates: 0 });
  });

  it('answers an empty payload for an organisation without locations', async () => {
    const { owner } = await createTeam();
    expect(await loadMapPayload(owner)).toEqual({ locations: [], withoutCoordinates: 0 });
  });
});
