import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { expectAppError, platformIdByKey } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { bulkSetListingStatus, getLocationChecklist, updateListingItem } from './checklist';
import { listLocationHistory } from './history';
import { findListingItemTarget } from './item-target';
import { listMatrix, statusCounts } from './matrix';
import { bulkStatusSchema, listingUpdateSchema, matrixQuerySchema } from './schemas';
import { locationScores, organisationScore } from './score';

const query = (overrides: Record<string, unknown> = {}) =>
  matrixQuerySchema.parse({ pageSize: '200', ...overrides });

const matrixLocations = async (...args: Parameters<typeof listMatrix>) => [
  ...new Set((await listMatrix(...args)).rows.map((row) => row.locationName)),
];

describe('listings of a manager limited to a location group', () => {
  it('shows the matrix, counts and scores of their groups only', async () => {
    const team = await createGroupedTeam();
    expect(await matrixLocations(team.limited, query())).toEqual(['Nord Lehe']);
    const limitedCounts = await statusCounts(team.limited, {});
    expect(limitedCounts.locations).toBe(1);
    expect((await statusCounts(team.owner, {})).locations).toBe(2);
    expect((await organisationScore(team.limited)).locations).toBe(1);
    expect([...(await locationScores(team.limited)).keys()]).toEqual([team.locations.inside]);
  });

  it("refuses another group's checklist, items and history, and writes nothing there", async () => {
    const team = await createGroupedTeam();
    const google = await platformIdByKey('google-business-profile');
    const { id: itemId } = await db.listingItem.create({
      data: {
        organisationId: team.organisation.id,
        locationId: team.locations.outside,
        platformId: google,
        status: 'CLAIMED',
      },
    });
    await expectAppError(getLocationChecklist(team.limited, team.locations.outside), 'NOT_FOUND');
    await expectAppError(findListingItemTarget(team.limited, itemId), 'NOT_FOUND');
    await expectAppError(
      updateListingItem(
        team.limited,
        team.locations.outside,
        google,
        listingUpdateSchema.parse({ version: 1, status: 'LIVE' }),
      ),
      'NOT_FOUND',
    );
    expect((await listLocationHistory(team.limited, team.locations.outside)).size).toBe(0);

    const result = await bulkSetListingStatus(
      team.limited,
      bulkStatusSchema.parse({
        status: 'LIVE',
        targets: [
          { locationId: team.locations.outside, platformId: google },
          { locationId: team.locations.inside, platformId: google },
        ],
      }),
    );
    expect(result.changed).toBe(1);
    const items = await db.listingItem.findMany({
      where: { organisationId: team.organisation.id, platformId: google },
      select: { locationId: true, status: true, version: true },
    });
    expect(items).toEqual(
      expect.arrayContaining([
        { locationId: team.locations.outside, status: 'CLAIMED', version: 1 },
        { locationId: team.locations.inside, status: 'LIVE', version: 1 },
      ]),
    );
    expect((await findListingItemTarget(team.owner, itemId)).locationId).toBe(team.locations.outside);
  });
});

describe('the group filter of the listings matrix', () => {
  it('narrows rows and counts to the group; a foreign or out-of-limit group is NOT_FOUND', async () => {
    const team = await createGroupedTeam();
    expect(await matrixLocations(team.owner, query({ group: team.groups.other }))).toEqual(['Süd Wulsdorf']);
    const filtered = await listMatrix(team.owner, query({ group: team.groups.other }));
    expect(filtered.countsTotal).toBe(filtered.total);
    expect(filtered.total).toBe((await listMatrix(team.owner, query())).total / 2);
    expect(await matrixLocations(team.limited, query({ group: team.groups.mine }))).toEqual(['Nord Lehe']);
    await expectAppError(listMatrix(team.limited, query({ group: team.groups.other })), 'NOT_FOUND');
    const stranger = await createGroupedTeam();
    await expectAppError(listMatrix(team.owner, query({ group: stranger.groups.mine })), 'NOT_FOUND');
  });
});
