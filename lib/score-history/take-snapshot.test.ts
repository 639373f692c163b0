import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { locationScores, organisationScore } from '@/lib/listings/score';
import { addTestLocation, createTeam, insertTestLocation } from '@/tests/support/factories';
import { organisationsDueForSnapshot, takeDueScoreSnapshots, takeScoreSnapshot } from './take-snapshot';
import { firstPlatformIds, insertListingItem } from './test-support';

async function seededOrganisation() {
  const team = await createTeam();
  const { owner } = team;
  const [first, second, third] = await firstPlatformIds(3);
  const bakery = await addTestLocation(owner);
  const cafe = await addTestLocation(owner, { name: 'Café am Deich' });
  await addTestLocation(owner, { name: 'Noch nichts erfasst' });
  await insertTestLocation(owner.organisation.id, 'Archiviert', { archivedAt: new Date() });
  const recently = new Date(Date.now() - 2 * 86_400_000);
  await insertListingItem(owner, {
    locationId: bakery,
    platformId: first!,
    status: 'LIVE',
    lastCheckedAt: recently,
  });
  await insertListingItem(owner, {
    locationId: bakery,
    platformId: second!,
    status: 'CLAIMED',
    mismatchedFields: ['phone'],
  });
  await insertListingItem(owner, { locationId: bakery, platformId: third!, status: 'NOT_APPLICABLE' });
  await insertListingItem(owner, {
    locationId: cafe,
    platformId: first!,
    status: 'NEEDS_UPDATE',
    lastCheckedAt: recently,
  });
  return { ...team, bakery, cafe };
}

const snapshotsOf = (organisationId: string) =>
  db.locationScoreSnapshot.findMany({ where: { organisationId }, orderBy: { locationId: 'asc' } });

describe('takeScoreSnapshot', () => {
  it('stores what the live score shows, per location and for the organisation', async () => {
    const { owner, bakery, cafe } = await seededOrganisation();
    const result = await takeScoreSnapshot(owner.organisation.id);
    expect(result.locations).toBe(3);

    const live = await locationScores(owner);
    const stored = await snapshotsOf(owner.organisation.id);
    expect(stored).toHaveLength(3);
    for (const snapshot of stored) {
      const score = live.get(snapshot.locationId)!;
      expect(snapshot).toMatchObject({
        score: score.score,
        coverage: score.coverage,
        correctness: score.correctness,
        freshness: score.freshness,
      });
    }
    expect(live.get(bakery)!.score).toBeGreaterThan(live.get(cafe)!.score);
    expect(live.get(cafe)!.score).toBeGreaterThan(0);

    const organisation = await organisationScore(owner);
    const [mean] = await db.organisationScoreSnapshot.findMany({
      where: { organisationId: owner.organisation.id },
    });
    expect(mean).toMatchObject({
      locations: organisation.locations,
      score: organisation.score,
      coverage: organisation.coverage,
      correctness: organisation.correctness,
      freshness: organisation.freshness,
    });
    expect(mean!.snapshotDate.toISOString().slice(0, 10)).toBe(result.snapshotDate);
  });

  it('keeps one row per location and local day: a second run the same day updates it', async () => {
    const { owner, cafe } = await seededOrganisation();
    await takeScoreSnapshot(owner.organisation.id);
    const before = (await snapshotsOf(owner.organisation.id)).find((row) => row.locationId === cafe)!;
    await db.listingItem.updateMany({ where: { locationId: cafe }, data: { status: 'LIVE' } });
    await takeScoreSnapshot(owner.organisation.id);

    const after = await snapshotsOf(owner.organisation.id);
    expect(after).toHaveLength(3);
    const cafeAfter = after.find((row) => row.locationId === cafe)!;
    expect(cafeAfter.score).toBeGreaterThan(before.score);
    expect(cafeAfter.score).toBe((await locationScores(owner, [cafe])).get(cafe)!.score);
    expect(
      await db.organisationScoreSnapshot.count({ where: { organisationId: owner.organisation.id } }),
    ).toBe(1);
  });

  it("dates the snapshot by the organisation's time zone", async () => {
    const { owner } = await seededOrganisation();
    await db.organisation.update({
      where: { id: owner.organisation.id },
      data: { timeZone: 'Pacific/Auckland' },
    });
    // 20:00 UTC on 1 March is already 2 March in New Zealand.
    const result = await takeScoreSnapshot(owner.organisation.id, new Date('2027-03-01T20:00:00Z'));
    expect(result.snapshotDate).toBe('2027-03-02');
  });

  it('removes location snapshots older than 25 months, not the organisation’s', async () => {
    const { owner, bakery } = await seededOrganisation();
    await db.locationScoreSnapshot.create({
      data: {
        locationId: bakery,
        organisationId: owner.organisation.id,
        snapshotDate: new Date('2020-01-01'),
        score: 10,
        coverage: 0.1,
        correctness: 0.1,
        freshness: 0.1,
      },
    });
    await db.organisationScoreSnapshot.create({
      data: {
        organisationId: owner.organisation.id,
        snapshotDate: new Date('2020-01-01'),
        locations: 1,
        score: 10,
        coverage: 0.1,
        correctness: 0.1,
        freshness: 0.1,
      },
    });
    await takeScoreSnapshot(owner.organisation.id);
    const old = { snapshotDate: new Date('2020-01-01') };
    expect(await db.locationScoreSnapshot.count({ where: { locationId: bakery, ...old } })).toBe(0);
    expect(
      await db.organisationScoreSnapshot.count({ where: { organisationId: owner.organisation.id, ...old } }),
    ).toBe(1);
  });
});

describe('takeDueScoreSnapshots', () => {
  it('snapshots each organisation once per local day, and again the next day', async () => {
    const { owner } = await seededOrganisation();
    const { owner: empty } = await createTeam();
    const now = new Date('2027-05-10T10:00:00Z');
    expect(await organisationsDueForSnapshot(now)).toContain(owner.organisation.id);
    // Without an active location there is no score to keep.
    expect(await organisationsDueForSnapshot(now)).not.toContain(empty.organisation.id);

    await takeDueScoreSnapshots(now);
    expect(await organisationsDueForSnapshot(now)).not.toContain(owner.organisation.id);
    await takeDueScoreSnapshots(new Date('2027-05-10T21:00:00Z'));
    expect(
      await db.organisationScoreSnapshot.count({ where: { organisationId: owner.organisation.id } }),
    ).toBe(1);

    // Berlin's 11 May starts at 22:00 UTC.
    const nextDay = new Date('2027-05-10T22:30:00Z');
    expect(await organisationsDueForSnapshot(nextDay)).toContain(owner.organisation.id);
    await takeDueScoreSnapshots(nextDay);
    const dates = await db.organisationScoreSnapshot.findMany({
      where: { organisationId: owner.organisation.id },
      orderBy: { snapshotDate: 'asc' },
    });
    expect(dates.map((row) => row.snapshotDate.toISOString().slice(0, 10))).toEqual([
      '2027-05-10',
      '2027-05-11',
    ]);
  });
});
