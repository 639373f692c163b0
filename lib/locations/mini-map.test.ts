import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { loadMiniMap } from './mini-map';

async function addLocations(
  organisationId: string,
  points: [number | null, number | null][],
  archived = false,
) {
  await db.location.createMany({
    data: points.map(([latitude, longitude], index) => ({
      organisationId,
      storeCode: `MM-${archived ? 'A' : 'L'}-${index}`,
      name: `Filiale ${index}`,
      street: 'Hauptstraße 1',
      postalCode: '27568',
      city: 'Bremerhaven',
      latitude,
      longitude,
      archivedAt: archived ? new Date() : null,
    })),
  });
}

describe('loadMiniMap', () => {
  it('bins located locations into cells and counts each once', async () => {
    const { owner } = await createTeam();
    const bremerhaven = Array.from({ length: 30 }, (_, index): [number, number] => [
      53.54 + index * 0.0001,
      8.58,
    ]);
    await addLocations(owner.organisation.id, [...bremerhaven, [52.52, 13.4], [48.14, 11.58], [null, null]]);
    await addLocations(owner.organisation.id, [[50.94, 6.96]], true);

    const map = await loadMiniMap(owner);
    expect(map.located).toBe(32);
    expect(map.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(32);
    expect(map.cells[0]).toMatchObject({ count: 30 });
    expect(map.cells[0]!.latitude).toBeCloseTo(53.5415, 3);
    expect(map.bounds).toMatchObject({ south: 48.14, west: 8.58, east: 13.4 });
    expect(map.bounds!.north).toBeCloseTo(53.5429, 6);
  });

  it('is empty for an organisation without located locations, and never shows another one', async () => {
    const { owner } = await createTeam();
    const other = await createTeam();
    await addLocations(other.owner.organisation.id, [[53.5, 8.5]]);
    expect(await loadMiniMap(owner)).toEqual({ cells: [], bounds: null, located: 0 });
  });
});
