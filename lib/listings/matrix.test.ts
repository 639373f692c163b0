import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import type { ListingStatus } from '@/lib/generated/prisma/enums';
import { setLocationArchived } from '@/lib/locations/locations';
import type { MemberContext } from '@/lib/access/member-context';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';
import { listMatrix, statusCounts, type MatrixRow } from './matrix';
import { createCustomPlatform, listPlatforms, setPlatformEnabled } from './platforms';
import { customPlatformSchema, listingStatuses, matrixQuerySchema } from './schemas';

const query = (overrides: Record<string, unknown> = {}) =>
  matrixQuerySchema.parse({ pageSize: '200', ...overrides });

async function addItem(
  member: MemberContext,
  locationId: string,
  platformId: string,
  status: ListingStatus,
  extra: { lastCheckedAt?: Date; mismatchedFields?: string[]; version?: number } = {},
) {
  await db.listingItem.create({
    data: { organisationId: member.organisation.id, locationId, platformId, status, ...extra },
  });
}

const pairs = (rows: MatrixRow[]) =>
  rows.map((row) => `${row.locationName}|${row.platformName}|${row.status}`);

/** Three locations of one team (two in Bremerhaven, one in Cuxhaven), one archived beside them. */
async function seedTeam() {
  const team = await createTeam();
  const lehe = await addTestLocation(team.manager, {
    name: 'Deichbrise Lehe',
    city: 'Bremerhaven',
    assignedMembershipId: team.staff.membershipId,
  });
  const mitte = await addTestLocation(team.manager, { name: 'Deichbrise Mitte', city: 'Bremerhaven' });
  const cux = await addTestLocation(team.manager, {
    name: 'Deichbrise Cuxhaven',
    city: 'Cuxhaven',
    assignedMembershipId: team.staff.membershipId,
  });
  const archived = await addTestLocation(team.manager, { name: 'Deichbrise Alt', city: 'Bremerhaven' });
  await setLocationArchived(team.manager, archived, true);
  return { team, lehe, mitte, cux };
}

describe('listings matrix', () => {
  it('crosses active locations with enabled platforms, not started until someone works on an item', async () => {
    const { team } = await seedTeam();
    const platforms = await listPlatforms(team.staff);
    const matrix = await listMatrix(team.staff, query());
    expect(matrix.total).toBe(3 * 21);
    expect(matrix.locations).toBe(3);
    expect(matrix.rows).toHaveLength(63);
    expect(matrix.rows.every((row) => row.status === 'NOT_STARTED' && row.version === 0)).toBe(true);
    expect(matrix.rows.every((row) => row.lastCheckedAt === null && row.mismatchedFields.length === 0)).toBe(
      true,
    );
    // Ordered by location name, then by the platforms' catalogue order.
    expect(matrix.rows.slice(0, 21).map((row) => row.locationName)).toEqual(
      Array(21).fill('Deichbrise Cuxhaven'),
    );
    expect(matrix.rows.slice(0, 21).map((row) => row.platformId)).toEqual(
      platforms.map((platform) => platform.id),
    );
    expect(matrix.rows[21]?.locationName).toBe('Deichbrise Lehe');
  });

  it('shows the item fields of worked-on items and flags overdue checks', async () => {
    const { team, lehe } = await seedTeam();
    const google = await platformIdByKey('google-business-profile');
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    await addItem(team.manager, lehe, google, 'NEEDS_UPDATE', {
      lastCheckedAt: old,
      mismatchedFields: ['phone'],
      version: 3,
    });
    const [row] = (await listMatrix(team.staff, query({ platform: google, city: 'Bremerhaven' }))).rows;
    expect(row).toMatchObject({
      locationId: lehe,
      platformKind: 'MAPS',
      status: 'NEEDS_UPDATE',
      mismatchedFields: ['phone'],
      lastCheckedAt: old,
      checkOverdue: true,
      version: 3,
    });
    await db.organisation.update({ where: { id: team.organisation.id }, data: { freshnessDays: 60 } });
    const [again] = (await listMatrix(team.staff, query({ platform: google, city: 'Bremerhaven' }))).rows;
    expect(again?.checkOverdue).toBe(false);
  });

  it('follows the enabled set: a switched-off platform leaves, an own platform joins', async () => {
    const { team } = await seedTeam();
    await setPlatformEnabled(team.manager, await platformIdByKey('facebook'), false);
    const own = await createCustomPlatform(
      team.manager,
      customPlatformSchema.parse({ name: 'Stadtportal Bremerhaven', kind: 'DIRECTORY' }),
    );
    const matrix = await listMatrix(team.staff, query());
    expect(matrix.total).toBe(3 * 21);
    expect(matrix.rows.map((row) => row.platformName)).not.toContain('Facebook');
    expect(matrix.rows.filter((row) => row.platformId === own.id)).toHaveLength(3);
    expect(matrix.rows[20]?.platformId).toBe(own.id);
  });

  it('filters by platform, status, city prefix and assignee', async () => {
    const { team, lehe, mitte, cux } = await seedTeam();
    const google = await platformIdByKey('google-business-profile');
    const apple = await platformIdByKey('apple-business-connect');
    await addItem(team.manager, lehe, google, 'LIVE');
    await addItem(team.manager, mitte, google, 'CLAIM_REQUESTED');
    await addItem(team.manager, cux, apple, 'LIVE');
    // A row whose status went back to "not started" counts as not started.
    await addItem(team.manager, cux, google, 'NOT_STARTED');

    expect(pairs((await listMatrix(team.staff, query({ platform: google }))).rows)).toEqual([
      'Deichbrise Cuxhaven|Google Business Profile|NOT_STARTED',
      'Deichbrise Lehe|Google Business Profile|LIVE',
      'Deichbrise Mitte|Google Business Profile|CLAIM_REQUESTED',
    ]);
    expect(pairs((await listMatrix(team.staff, query({ status: 'LIVE' }))).rows)).toEqual([
      'Deichbrise Cuxhaven|Apple Business Connect|LIVE',
      'Deichbrise Lehe|Google Business Profile|LIVE',
    ]);
    const notStarted = await listMatrix(team.staff, query({ status: 'NOT_STARTED', platform: google }));
    expect(pairs(notStarted.rows)).toEqual(['Deichbrise Cuxhaven|Google Business Profile|NOT_STARTED']);
    expect(notStarted.total).toBe(1);

    const city = await listMatrix(team.staff, query({ city: 'bremer' }));
    expect(new Set(city.rows.map((row) => row.locationId))).toEqual(new Set([lehe, mitte]));
    expect(city.total).toBe(42);
    expect((await listMatrix(team.staff, query({ city: 'haven' }))).total).toBe(0);
    expect((await listMatrix(team.staff, query({ city: '%' }))).total).toBe(0);

    const assigned = await listMatrix(
      team.staff,
      query({ assignee: team.staff.membershipId, status: 'LIVE' }),
    );
    expect(pairs(assigned.rows)).toEqual([
      'Deichbrise Cuxhaven|Apple Business Connect|LIVE',
      'Deichbrise Lehe|Google Business Profile|LIVE',
    ]);
    expect((await listMatrix(team.staff, query({ assignee: team.owner.membershipId }))).total).toBe(0);
  });

  it('pages through the cross join in SQL, with and without a status filter', async () => {
    const { team, lehe, mitte, cux } = await seedTeam();
    const platforms = await listPlatforms(team.staff);
    for (const [index, platform] of platforms.entries()) {
      if (index % 3 === 0) await addItem(team.manager, lehe, platform.id, 'CLAIMED');
      if (index % 4 === 0) await addItem(team.manager, mitte, platform.id, 'CLAIMED');
      if (index % 5 === 1) await addItem(team.manager, cux, platform.id, 'LIVE');
    }
    for (const status of [undefined, 'CLAIMED', 'NOT_STARTED', 'LIVE'] as const) {
      const all = await listMatrix(team.staff, query({ status }));
      for (const pageSize of [1, 7, 20, 21, 50]) {
        const collected: string[] = [];
        const first = await listMatrix(team.staff, query({ status, pageSize, page: 1 }));
        expect(first.total).toBe(all.total);
        for (let page = 1; page <= first.pageCount; page++) {
          const result = await listMatrix(team.staff, query({ status, pageSize, page }));
          expect(result.rows.length).toBeLessThanOrEqual(pageSize);
          collected.push(...result.rows.map((row) => `${row.locationId}:${row.platformId}:${row.status}`));
        }
        expect(collected).toEqual(all.rows.map((row) => `${row.locationId}:${row.platformId}:${row.status}`));
      }
      const beyond = await listMatrix(team.staff, query({ status, page: 99, pageSize: 50 }));
      expect(beyond.rows).toEqual([]);
    }
  });

  it('counts items per status over the filters; the counts add up to the total', async () => {
    const { team, lehe, mitte } = await seedTeam();
    const google = await platformIdByKey('google-business-profile');
    const yelp = await platformIdByKey('yelp');
    await addItem(team.manager, lehe, google, 'LIVE');
    await addItem(team.manager, lehe, yelp, 'NEEDS_UPDATE');
    await addItem(team.manager, mitte, google, 'NOT_APPLICABLE');
    await addItem(team.manager, mitte, yelp, 'NOT_STARTED');

    const summary = await statusCounts(team.staff, {});
    expect(summary.total).toBe(63);
    expect(summary.counts).toEqual({
      NOT_STARTED: 60,
      CLAIM_REQUESTED: 0,
      CLAIMED: 0,
      LIVE: 1,
      NEEDS_UPDATE: 1,
      NOT_APPLICABLE: 1,
    });
    expect(listingStatuses.reduce((sum, status) => sum + summary.counts[status], 0)).toBe(summary.total);
    expect((await listMatrix(team.staff, query())).total).toBe(summary.total);

    const filtered = await statusCounts(team.staff, { platform: google, city: 'Bremerhaven' });
    expect(filtered.total).toBe(2);
    expect(filtered.counts).toMatchObject({ LIVE: 1, NOT_APPLICABLE: 1, NOT_STARTED: 0 });
    for (const status of listingStatuses) {
      expect((await listMatrix(team.staff, query({ status }))).total).toBe(summary.counts[status]);
    }
  });

  it("never shows another organisation's locations, platforms or items", async () => {
    const { team, lehe } = await seedTeam();
    const other = await createTeam();
    const theirLocation = await addTestLocation(other.owner, { name: 'Fremde Filiale', city: 'Bremerhaven' });
    const google = await platformIdByKey('google-business-profile');
    await addItem(other.owner, theirLocation, google, 'LIVE');
    const theirPlatform = await createCustomPlatform(
      other.owner,
      customPlatformSchema.parse({ name: 'Fremdes Portal', kind: 'REVIEWS' }),
    );
    // An item row that names our location but belongs to the other organisation is not ours either.
    await db.listingItem.create({
      data: { organisationId: other.organisation.id, locationId: lehe, platformId: google, status: 'LIVE' },
    });

    const matrix = await listMatrix(team.staff, query());
    expect(matrix.total).toBe(63);
    expect(matrix.rows.map((row) => row.locationName)).not.toContain('Fremde Filiale');
    expect(matrix.rows.map((row) => row.platformId)).not.toContain(theirPlatform.id);
    expect(matrix.rows.every((row) => row.status === 'NOT_STARTED')).toBe(true);
    expect((await statusCounts(team.staff, {})).counts.LIVE).toBe(0);
    const foreignFilter = await listMatrix(team.staff, query({ platform: theirPlatform.id }));
    expect(foreignFilter).toMatchObject({ total: 0, rows: [] });

    const theirs = await listMatrix(other.staff, query());
    expect(theirs.locations).toBe(1);
    expect(theirs.total).toBe(22);
    expect(theirs.counts.LIVE).toBe(1);
  });

  it('reports an organisation without locations', async () => {
    const team = await createTeam();
    const matrix = await listMatrix(team.staff, query());
    expect(matrix).toMatchObject({ locations: 0, total: 0, rows: [], pageCount: 1 });
  });
});
