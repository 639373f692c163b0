import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, insertTestLocation, platformIdByKey } from '@/tests/support/factories';
import type { EnqueueVerificationJobs, VerificationJob } from './enqueue';
import { expireGoogleContent, startDueVerificationRuns } from './scheduled-runs';

// The hourly pass: which organisations' schedules are due, and Google's content past 30 days.

function recordingEnqueue() {
  const jobs: VerificationJob[] = [];
  const enqueue: EnqueueVerificationJobs = async (_tx, queued) => void jobs.push(...queued);
  return { jobs, enqueue };
}

async function organisationWith(schedule: 'OFF' | 'DAILY' | 'WEEKLY', lastScheduledHoursAgo: number | null) {
  const team = await createTeam();
  const organisationId = team.organisation.id;
  await db.organisation.update({
    where: { id: organisationId },
    data: { verificationSources: ['WEBSITE', 'GOOGLE'], verificationSchedule: schedule },
  });
  const locationId = await insertTestLocation(organisationId, 'Bäckerei Hafen', {
    website: 'https://hafen.example',
  });
  if (lastScheduledHoursAgo !== null) {
    await db.verificationRun.create({
      data: {
        organisationId,
        trigger: 'SCHEDULE',
        sources: ['WEBSITE'],
        createdAt: new Date(Date.now() - lastScheduledHoursAgo * 3_600_000),
        finishedAt: new Date(),
      },
    });
  }
  return { organisationId, locationId };
}

const scheduledRunsOf = (organisationId: string) =>
  db.verificationRun.findMany({
    where: { organisationId, trigger: 'SCHEDULE' },
    orderBy: { createdAt: 'asc' },
  });

describe('startDueVerificationRuns', () => {
  it('starts daily runs after 23 hours and weekly ones after 167, never when off', async () => {
    const dueDaily = await organisationWith('DAILY', 24);
    const freshDaily = await organisationWith('DAILY', 2);
    const dueWeekly = await organisationWith('WEEKLY', 168);
    const freshWeekly = await organisationWith('WEEKLY', 100);
    const first = await organisationWith('DAILY', null);
    const off = await organisationWith('OFF', null);
    const { jobs, enqueue } = recordingEnqueue();

    await startDueVerificationRuns(enqueue, false);

    expect((await scheduledRunsOf(dueDaily.organisationId)).length).toBe(2);
    expect((await scheduledRunsOf(freshDaily.organisationId)).length).toBe(1);
    expect((await scheduledRunsOf(dueWeekly.organisationId)).length).toBe(2);
    expect((await scheduledRunsOf(freshWeekly.organisationId)).length).toBe(1);
    expect((await scheduledRunsOf(first.organisationId)).length).toBe(1);
    expect((await scheduledRunsOf(off.organisationId)).length).toBe(0);
    // Google is switched on but the server has no key: the runs ask the website only.
    const started = await scheduledRunsOf(first.organisationId);
    expect(started[0]!.sources).toEqual(['WEBSITE']);
    const websiteJobsOfFirst = await db.verificationTask.count({
      where: { runId: started[0]!.id, source: 'WEBSITE', status: 'QUEUED' },
    });
    expect(websiteJobsOfFirst).toBe(1);
    expect(jobs.every((job) => job.queue === 'verify-website')).toBe(true);

    // The next hourly pass finds nothing due for them any more.
    await startDueVerificationRuns(enqueue, false);
    expect((await scheduledRunsOf(dueDaily.organisationId)).length).toBe(2);
    expect((await scheduledRunsOf(first.organisationId)).length).toBe(1);
  });
});

describe('expireGoogleContent', () => {
  it("blanks Google's observations and rating snapshots after 30 days and keeps the place id", async () => {
    const { organisationId, locationId } = await organisationWith('OFF', null);
    const item = await db.listingItem.create({
      data: { organisationId, locationId, platformId: await platformIdByKey('google-business-profile') },
    });
    const old = new Date(Date.now() - 31 * 24 * 3_600_000);
    const recent = new Date(Date.now() - 29 * 24 * 3_600_000);
    await db.locationObservation.create({
      data: {
        organisationId,
        locationId,
        source: 'GOOGLE',
        outcome: 'DIFFERENT',
        observedAt: old,
        observed: { name: 'Bäckerei Hafen', rating: 4.5 },
        differingFields: ['phone'],
        details: { differences: [{ field: 'phone' }] },
        sourceUrl: 'https://maps.google.com/?cid=1',
        externalId: 'ChIJ-place',
      },
    });
    await db.listingRatingSnapshot.createMany({
      data: [
        { listingItemId: item.id, recordedAt: old, rating: 4.5, reviewCount: 10, source: 'GOOGLE' },
        { listingItemId: item.id, recordedAt: recent, rating: 4.4, reviewCount: 11, source: 'GOOGLE' },
        { listingItemId: item.id, recordedAt: old, rating: 4.0, reviewCount: 3, source: null },
      ],
    });

    await expireGoogleContent();

    const observation = await db.locationObservation.findUniqueOrThrow({
      where: { locationId_source: { locationId, source: 'GOOGLE' } },
    });
    expect(observation).toMatchObject({
      observed: null,
      details: {},
      sourceUrl: null,
      externalId: 'ChIJ-place',
      outcome: 'DIFFERENT',
      differingFields: ['phone'],
    });
    const snapshots = await db.listingRatingSnapshot.findMany({
      where: { listingItemId: item.id },
      orderBy: { rating: 'asc' },
    });
    expect(snapshots.map((snapshot) => [Number(snapshot.rating), snapshot.source])).toEqual([
      [4, null],
      [4.4, 'GOOGLE'],
    ]);
  });
});
