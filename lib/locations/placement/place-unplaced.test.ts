import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam, expectAppError } from '@/tests/support/factories';
import { placeUnplacedLocations } from './place-unplaced';

// Locations saved before positions came from the address have none; the map offers to place them.
async function withoutPosition(id: string) {
  await db.location.update({ where: { id }, data: { latitude: null, longitude: null } });
}

describe('placeUnplacedLocations', () => {
  it("places the organisation's active locations without a position, and no other", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const lehe = await addTestLocation(team.manager, { postalCode: '27568', city: 'Bremerhaven' });
    const paris = await addTestLocation(team.manager, {
      postalCode: '75001',
      city: 'Paris',
      countryCode: 'FR',
    });
    const pinned = await addTestLocation(team.manager, { latitude: 53.5, longitude: 8.6 });
    const theirs = await addTestLocation(other.manager, { postalCode: '01067', city: 'Dresden' });
    await Promise.all([lehe, theirs].map(withoutPosition));

    expect(await placeUnplacedLocations(team.manager)).toEqual({ placed: 1, remaining: 1 });
    const rows = await db.location.findMany({
      where: { id: { in: [lehe, paris, pinned, theirs] } },
      select: { id: true, positionSource: true, positionPrecision: true, latitude: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(lehe)).toMatchObject({ positionSource: 'GAZETTEER', positionPrecision: 'MUNICIPALITY' });
    expect(byId.get(paris)).toMatchObject({ positionSource: null, latitude: null });
    expect(byId.get(pinned)).toMatchObject({ positionSource: 'MANUAL', latitude: 53.5 });
    // Another organisation's location is not touched.
    expect(byId.get(theirs)).toMatchObject({ positionSource: null, latitude: null });
    expect(await placeUnplacedLocations(team.manager)).toEqual({ placed: 0, remaining: 1 });
  });

  it('is for managers and owners', async () => {
    const team = await createTeam();
    await expectAppError(placeUnplacedLocations(team.staff), 'FORBIDDEN');
  });
});
