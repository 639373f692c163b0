import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam, expectAppError, platformIdByKey } from '@/tests/support/factories';
import {
  bulkSetListingStatus,
  getChecklistEntry,
  getLocationChecklist,
  updateListingItem,
} from './checklist';
import { listingUpdateSchema } from './schemas';
import { locationScores, organisationScore } from './score';

async function teamWithLocation(overrides: Record<string, unknown> = {}) {
  const team = await createTeam();
  const locationId = await addTestLocation(team.owner, {
    phone: '0471 4829320',
    website: 'https://www.deichbrise.example',
    ...overrides,
  });
  return { ...team, locationId };
}

const update = (input: Record<string, unknown>) => listingUpdateSchema.parse(input);

describe('checklist', () => {
  it('lists every enabled platform, not started, with creating the listing as next step, weightiest first', async () => {
    const team = await teamWithLocation();
    const { entries } = await getLocationChecklist(team.staff, team.locationId);
    expect(entries).toHaveLength(21);
    expect(entries.every((entry) => entry.item.status === 'NOT_STARTED' && entry.item.version === 0)).toBe(
      true,
    );
    expect(entries[0]!.platform.key).toBe('google-business-profile');
    expect(entries[0]!.nextAction).toBe('create');
  });

  it('refuses a stale version and writes nothing: two editors never overwrite each other silently', async () => {
    const team = await teamWithLocation();
    const google = await platformIdByKey('google-business-profile');
    expect(
      await updateListingItem(
        team.owner,
        team.locationId,
        google,
        update({ version: 0, status: 'CLAIM_REQUESTED' }),
      ),
    ).toEqual({ version: 1, statusReplaced: null });
    // The manager still has version 0 open.
    await expectAppError(
      updateListingItem(
        team.manager,
        team.locationId,
        google,
        update({ version: 0, status: 'NOT_APPLICABLE' }),
      ),
      'CONFLICT',
    );
    const entry = await getChecklistEntry(team.owner, team.locationId, google);
    expect(entry.item).toMatchObject({ status: 'CLAIM_REQUESTED', version: 1 });
    expect(await db.listingChange.count({ where: { listingItemId: entry.item.id! } })).toBe(1);
  });

  it('compares the shown NAP German-aware: formatting is fine, a different phone turns a live item into needs update', async () => {
    const team = await teamWithLocation();
    const google = await platformIdByKey('google-business-profile');
    await updateListingItem(
      team.manager,
      team.locationId,
      google,
      update({
        version: 0,
        status: 'LIVE',
        shownStreet: 'Hafenstr. 145',
        shownPhone: '0471 / 48 29 320',
        shownWebsite: 'deichbrise.example/',
        markChecked: true,
      }),
    );
    let entry = await getChecklistEntry(team.manager, team.locationId, google);
    expect(entry.item).toMatchObject({ status: 'LIVE', mismatchedFields: [], fresh: true });
    expect(entry.nextAction).toBe('none');

    // The status the editor left at "live" is replaced, and the answer says so and why.
    const saved = await updateListingItem(
      team.manager,
      team.locationId,
      google,
      update({ version: 1, status: 'LIVE', shownPhone: '0471 4829399' }),
    );
    expect(saved).toEqual({
      version: 2,
      statusReplaced: { chosen: 'LIVE', saved: 'NEEDS_UPDATE', fields: ['phone'] },
    });
    entry = await getChecklistEntry(team.manager, team.locationId, google);
    expect(entry.item).toMatchObject({ status: 'NEEDS_UPDATE', mismatchedFields: ['phone'], version: 2 });
    expect(entry.nextAction).toBe('fixData');
    const history = await db.listingChange.findMany({
      where: { listingItemId: entry.item.id! },
      orderBy: { changedAt: 'asc' },
    });
    expect(history.at(-1)!.changes).toMatchObject({
      status: { from: 'LIVE', to: 'NEEDS_UPDATE' },
      shownPhone: { to: '0471 4829399' },
    });
  });

  it('records rating snapshots for the trend', async () => {
    const team = await teamWithLocation();
    const google = await platformIdByKey('google-business-profile');
    await updateListingItem(
      team.owner,
      team.locationId,
      google,
      update({ version: 0, rating: '4,5', reviewCount: '12' }),
    );
    await updateListingItem(
      team.owner,
      team.locationId,
      google,
      update({ version: 1, rating: '4.6', reviewCount: '15' }),
    );
    const entry = await getChecklistEntry(team.owner, team.locationId, google);
    const snapshots = await db.listingRatingSnapshot.findMany({
      where: { listingItemId: entry.item.id! },
      orderBy: { recordedAt: 'asc' },
    });
    expect(snapshots.map((snapshot) => [Number(snapshot.rating), snapshot.reviewCount])).toEqual([
      [4.5, 12],
      [4.6, 15],
    ]);
  });

  it('lets staff edit only the checklists of their own locations', async () => {
    const team = await teamWithLocation();
    const google = await platformIdByKey('google-business-profile');
    await expectAppError(
      updateListingItem(team.staff, team.locationId, google, update({ version: 0, status: 'LIVE' })),
      'FORBIDDEN',
    );
    await db.location.update({
      where: { id: team.locationId },
      data: { assignedMembershipId: team.staff.membershipId },
    });
    await expect(
      updateListingItem(team.staff, team.locationId, google, update({ version: 0, status: 'LIVE' })),
    ).resolves.toEqual({ version: 1, statusReplaced: null });
  });

  it("never reads or writes another organisation's checklist", async () => {
    const mine = await teamWithLocation();
    const theirs = await teamWithLocation();
    const google = await platformIdByKey('google-business-profile');
    await expectAppError(getLocationChecklist(mine.owner, theirs.locationId), 'NOT_FOUND');
    await expectAppError(
      updateListingItem(mine.owner, theirs.locationId, google, update({ version: 0, status: 'LIVE' })),
      'NOT_FOUND',
    );
    const { changed } = await bulkSetListingStatus(mine.owner, {
      status: 'LIVE',
      targets: [{ locationId: theirs.locationId, platformId: google }],
    });
    expect(changed).toBe(0);
    expect(await db.listingItem.count({ where: { locationId: theirs.locationId } })).toBe(0);
  });

  it('bulk-sets statuses in one statement with history, skipping items already in that status', async () => {
    const team = await teamWithLocation();
    const [google, apple] = [
      await platformIdByKey('google-business-profile'),
      await platformIdByKey('apple-business-connect'),
    ];
    const targets = [google, apple].map((id) => ({ locationId: team.locationId, platformId: id }));
    expect(await bulkSetListingStatus(team.manager, { status: 'CLAIM_REQUESTED', targets })).toEqual({
      changed: 2,
    });
    expect(await bulkSetListingStatus(team.manager, { status: 'CLAIM_REQUESTED', targets })).toEqual({
      changed: 0,
    });
    expect(await db.listingChange.count({ where: { listingItem: { locationId: team.locationId } } })).toBe(2);
    await expectAppError(bulkSetListingStatus(team.staff, { status: 'LIVE', targets }), 'FORBIDDEN');
  });

  it('scores coverage, correctness and freshness by platform weight', async () => {
    const team = await teamWithLocation();
    expect((await locationScores(team.owner, [team.locationId])).get(team.locationId)).toMatchObject({
      score: 0,
      coverage: 0,
    });
    const platforms = await db.platform.findMany({ where: { organisationId: null }, select: { id: true } });
    for (const { id } of platforms) {
      await updateListingItem(
        team.owner,
        team.locationId,
        id,
        update({ version: 0, status: 'LIVE', markChecked: true }),
      );
    }
    expect((await locationScores(team.owner)).get(team.locationId)).toMatchObject({
      score: 100,
      coverage: 1,
      correctness: 1,
      freshness: 1,
    });
    // Not applicable platforms leave the coverage whole; a stale check lowers freshness.
    await db.listingItem.updateMany({
      where: { locationId: team.locationId },
      data: { lastCheckedAt: new Date('2020-01-01') },
    });
    expect((await organisationScore(team.owner)).score).toBe(80);
  });
});
