import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, expectAppError } from '@/tests/support/factories';
import {
  createLocation,
  deleteLocation,
  getLocation,
  listLocations,
  setLocationArchived,
  updateLocation,
} from './locations';
import { locationInputSchema, locationListQuerySchema } from './schemas';

const input = (overrides: Record<string, unknown> = {}) =>
  locationInputSchema.parse({
    storeCode: `S-${randomUUID().slice(0, 8)}`,
    name: 'Bäckerei Deichbrise Lehe',
    street: 'Hafenstraße 145',
    postalCode: '27576',
    city: 'Bremerhaven',
    phone: '0471 4829320',
    ...overrides,
  });
const query = (overrides: Record<string, unknown> = {}) => locationListQuerySchema.parse(overrides);

describe('locations data layer', () => {
  it('creates a location with special hours and reads it back, scoped to the organisation', async () => {
    const team = await createTeam();
    const { id } = await createLocation(
      team.manager,
      input({
        assignedMembershipId: team.staff.membershipId,
        specialHours: [
          { startDate: '2026-12-24', endDate: '2026-12-24', ranges: [{ opens: '07:00', closes: '12:00' }] },
        ],
      }),
    );
    const location = await getLocation(team.staff, id);
    expect(location).toMatchObject({ phone: '+494714829320', assignedMembershipId: team.staff.membershipId });
    expect(location.specialHours).toHaveLength(1);
    expect(location.specialHours[0]!.ranges).toEqual([{ opens: '07:00', closes: '12:00' }]);
  });

  it('searches in the database, umlauts and ß included, and sorts and pages', async () => {
    const team = await createTeam();
    for (const [index, city] of ['Bremerhaven', 'Loxstedt', 'Geestland'].entries()) {
      await createLocation(
        team.owner,
        input({ storeCode: `C-${index}`, city, street: `Großer Weg ${index}` }),
      );
    }
    expect((await listLocations(team.staff, query({ q: 'LOXST' }))).items.map((item) => item.city)).toEqual([
      'Loxstedt',
    ]);
    expect((await listLocations(team.staff, query({ q: 'grosser weg' }))).total).toBe(3);
    const page = await listLocations(
      team.staff,
      query({ sort: 'city', direction: 'desc', pageSize: '2', page: '2' }),
    );
    expect(page).toMatchObject({ total: 3, pageCount: 2 });
    expect(page.items.map((item) => item.city)).toEqual(['Bremerhaven']);
  });

  it('searches for "%", "_" and "\\" as the characters they are, not as wildcards', async () => {
    const team = await createTeam();
    for (const [index, name] of [
      'Filiale 100% Bio',
      'Filiale_Nord',
      'Filiale\\Süd',
      'Filiale Mitte',
    ].entries()) {
      await createLocation(team.owner, input({ storeCode: `W-${index}`, name }));
    }
    const namesFor = async (q: string) =>
      (await listLocations(team.owner, query({ q }))).items.map((item) => item.name);
    expect(await namesFor('%')).toEqual(['Filiale 100% Bio']);
    expect(await namesFor('_')).toEqual(['Filiale_Nord']);
    expect(await namesFor('e_n')).toEqual(['Filiale_Nord']);
    expect(await namesFor('\\')).toEqual(['Filiale\\Süd']);
    expect(await namesFor('filiale%mitte')).toEqual([]);
  });

  it('refuses a store code that the organisation already uses, naming the field', async () => {
    const team = await createTeam();
    await createLocation(team.owner, input({ storeCode: 'BHV-01' }));
    await expect(createLocation(team.owner, input({ storeCode: 'BHV-01' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'storeCode',
    });
    // Another organisation may use the same code.
    const other = await createTeam();
    await expect(createLocation(other.owner, input({ storeCode: 'BHV-01' }))).resolves.toHaveProperty('id');
  });

  it("never touches another organisation's location: not found, nothing changed", async () => {
    const mine = await createTeam();
    const theirs = await createTeam();
    const { id } = await createLocation(theirs.owner, input({ name: 'Fremde Filiale' }));
    const before = await db.location.findUniqueOrThrow({ where: { id } });

    await expectAppError(getLocation(mine.owner, id), 'NOT_FOUND');
    await expectAppError(updateLocation(mine.owner, id, input({ name: 'Übernommen' })), 'NOT_FOUND');
    await expectAppError(setLocationArchived(mine.owner, id, true), 'NOT_FOUND');
    await expectAppError(deleteLocation(mine.owner, id), 'NOT_FOUND');
    expect((await listLocations(mine.owner, query({ q: 'fremde' }))).total).toBe(0);
    expect(await db.location.findUniqueOrThrow({ where: { id } })).toEqual(before);

    // Nor can a location be assigned to a member of another organisation.
    await expect(
      createLocation(mine.owner, input({ assignedMembershipId: theirs.staff.membershipId })),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'assignedMembershipId',
    });
  });

  it('lets staff read but not write, and treats malformed ids as not found', async () => {
    const team = await createTeam();
    const { id } = await createLocation(team.owner, input());
    await expectAppError(createLocation(team.staff, input()), 'FORBIDDEN');
    await expectAppError(updateLocation(team.staff, id, input()), 'FORBIDDEN');
    await expectAppError(setLocationArchived(team.staff, id, true), 'FORBIDDEN');
    await expectAppError(getLocation(team.staff, 'not-a-uuid'), 'NOT_FOUND');
  });

  it('replaces master data and special hours on update; archive hides, restore brings back', async () => {
    const team = await createTeam();
    const { id } = await createLocation(
      team.owner,
      input({ specialHours: [{ startDate: '2026-12-24', endDate: '2026-12-26', closed: true }] }),
    );
    await updateLocation(team.manager, id, input({ name: 'Neuer Name', storeCode: 'NEW-1' }));
    const updated = await getLocation(team.owner, id);
    expect(updated).toMatchObject({ name: 'Neuer Name', storeCode: 'NEW-1' });
    expect(updated.specialHours).toEqual([]);

    await setLocationArchived(team.manager, id, true);
    expect((await listLocations(team.owner, query())).total).toBe(0);
    expect((await listLocations(team.owner, query({ archived: '1' }))).total).toBe(1);
    await setLocationArchived(team.manager, id, false);
    expect((await listLocations(team.owner, query())).total).toBe(1);
  });
});
