import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/access/member-context';
import { toUtcDate } from '@/lib/weeks/iso-week';
import {
  createTeam,
  insertTestCheckIn,
  insertTestLocation,
  memberContextOf,
} from '@/tests/support/factories';
import { firstPlatformIds, insertListingItem } from '@/lib/score-history/test-support';

// A seeded November 2026 for the report's tests: two locations, "Nord" holding the first; score
// snapshots, listing changes, check-ins, minutes and an automatic check of the month, dated as the
// report reads them (Europe/Berlin).

export const reportNow = new Date('2026-12-06T10:00:00Z');
const at = (text: string) => new Date(text);

async function snapshot(
  member: MemberContext,
  date: string,
  score: number,
  locationScores: [string, number][],
) {
  await db.organisationScoreSnapshot.create({
    data: {
      organisationId: member.organisation.id,
      snapshotDate: toUtcDate(date),
      locations: locationScores.length,
      score,
      coverage: score / 100,
      correctness: 0.5,
      freshness: 0.25,
    },
  });
  for (const [locationId, locationScore] of locationScores) {
    await db.locationScoreSnapshot.create({
      data: {
        organisationId: member.organisation.id,
        locationId,
        snapshotDate: toUtcDate(date),
        score: locationScore,
        coverage: locationScore / 100,
        correctness: 0.5,
        freshness: 0.25,
      },
    });
  }
}

async function change(itemId: string, from: string, to: string, changedAt: string, source?: 'WEBSITE') {
  await db.listingChange.create({
    data: {
      listingItemId: itemId,
      changedByName: 'Test',
      changedAt: at(changedAt),
      changes: { status: { from, to } },
      source,
    },
  });
}

export async function seedReportMonth() {
  const team = await createTeam();
  const { owner, organisation } = team;
  const organisationId = organisation.id;
  await db.organisation.update({
    where: { id: organisationId },
    data: { createdAt: at('2026-01-05T08:00:00Z') },
  });
  const since = { createdAt: at('2026-01-10T08:00:00Z') };
  const north = await insertTestLocation(organisationId, 'Filiale Nord', since);
  const south = await insertTestLocation(organisationId, 'Filiale Süd', since);
  const group = await db.locationGroup.create({
    data: { organisationId, name: 'Nord' },
    select: { id: true },
  });
  await db.locationGroupMember.create({ data: { groupId: group.id, locationId: north, organisationId } });

  // Score: 35 at the end of October, rising through November to 70 (Nord 80, Süd 60).
  await snapshot(owner, '2026-09-30', 30, [
    [north, 32],
    [south, 28],
  ]);
  await snapshot(owner, '2026-10-30', 33, [
    [north, 36],
    [south, 30],
  ]);
  await snapshot(owner, '2026-10-31', 35, [
    [north, 40],
    [south, 30],
  ]);
  await snapshot(owner, '2026-11-01', 40, [
    [north, 50],
    [south, 30],
  ]);
  await snapshot(owner, '2026-11-15', 55, [
    [north, 60],
    [south, 50],
  ]);
  await snapshot(owner, '2026-11-30', 70, [
    [north, 80],
    [south, 60],
  ]);

  // Listings: Nord gained one and lost one, Süd corrected one and has a claim open; an October change does not count.
  const [first, second] = await firstPlatformIds(2);
  const gained = await insertListingItem(owner, { locationId: north, platformId: first!, status: 'LIVE' });
  await change(gained, 'NOT_STARTED', 'LIVE', '2026-11-03T10:00:00Z');
  const lost = await insertListingItem(owner, {
    locationId: north,
    platformId: second!,
    status: 'NEEDS_UPDATE',
  });
  await change(lost, 'NOT_STARTED', 'LIVE', '2026-10-20T10:00:00Z');
  await change(lost, 'LIVE', 'NEEDS_UPDATE', '2026-11-20T10:00:00Z', 'WEBSITE');
  await insertListingItem(owner, { locationId: south, platformId: first!, status: 'CLAIM_REQUESTED' });
  const corrected = await insertListingItem(owner, {
    locationId: south,
    platformId: second!,
    status: 'LIVE',
  });
  await change(corrected, 'NEEDS_UPDATE', 'LIVE', '2026-11-25T10:00:00Z');

  // Check-ins of the weeks whose Friday is in November (W45–W48): Nord on time, late, on time,
  // missing; Süd on time, then nothing. Nord's W45 has 300 minutes.
  const submit = async (locationId: string, weekStart: string, submittedAt: string, minutes?: number) => {
    const id = await insertTestCheckIn(organisationId, locationId, weekStart, { minutes, platformId: first });
    await db.checkIn.update({ where: { id }, data: { submittedAt: at(submittedAt) } });
  };
  await submit(north, '2026-11-02', '2026-11-06T15:00:00Z', 300);
  await submit(north, '2026-11-09', '2026-11-14T09:00:00Z');
  await submit(north, '2026-11-16', '2026-11-19T09:00:00Z');
  await submit(south, '2026-11-02', '2026-11-05T09:00:00Z');

  // An automatic check of Nord's website in November that found a difference.
  const run = await db.verificationRun.create({
    data: {
      organisationId,
      trigger: 'SCHEDULE',
      sources: ['WEBSITE'],
      createdAt: at('2026-11-10T02:00:00Z'),
    },
  });
  await db.verificationTask.create({
    data: {
      runId: run.id,
      organisationId,
      locationId: north,
      source: 'WEBSITE',
      status: 'DONE',
      finishedAt: at('2026-11-10T02:01:00Z'),
    },
  });
  await db.locationObservation.create({
    data: {
      organisationId,
      locationId: north,
      source: 'WEBSITE',
      outcome: 'DIFFERENT',
      observedAt: at('2026-11-10T02:01:00Z'),
      differingFields: ['phone'],
    },
  });
  const owner2 = await memberContextOf(team.users.owner, organisation.slug);
  return { ...team, owner: owner2, north, south, groupId: group.id, platforms: [first!, second!] };
}
