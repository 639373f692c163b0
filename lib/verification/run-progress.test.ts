import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import type { VerificationTaskStatus } from '@/lib/generated/prisma/enums';
import { createTeam, insertTestLocation } from '@/tests/support/factories';
import { unfinishedRunJson, verificationRunJson } from './run-progress';
import { getVerificationRun } from './verification-runs';

// A run written straight to the tables: three locations of OpenStreetMap, one done, two queued
// again after a 503, and one website task that failed for good.
async function runWithTasks() {
  const team = await createTeam();
  const organisationId = team.organisation.id;
  const locations = await Promise.all(
    ['Hafen', 'Markt', 'Deich'].map((name) => insertTestLocation(organisationId, name)),
  );
  const run = await db.verificationRun.create({
    data: { organisationId, trigger: 'MANUAL', sources: ['OPENSTREETMAP', 'WEBSITE'] },
  });
  const task = (
    locationId: string,
    source: 'OPENSTREETMAP' | 'WEBSITE',
    status: VerificationTaskStatus,
    reason: string | null,
  ) => ({ runId: run.id, organisationId, locationId, source, status, reason });
  await db.verificationTask.createMany({
    data: [
      task(locations[0]!, 'OPENSTREETMAP', 'DONE', null),
      task(locations[1]!, 'OPENSTREETMAP', 'QUEUED', 'status-503'),
      task(locations[2]!, 'OPENSTREETMAP', 'QUEUED', 'status-503'),
      task(locations[0]!, 'WEBSITE', 'FAILED', 'refused-disallowed_by_robots'),
    ],
  });
  return { team, runId: run.id };
}

describe('verificationRunJson', () => {
  it('names why tasks wait for another try, per source, with the dates as ISO text', async () => {
    const { team, runId } = await runWithTasks();
    const run = await getVerificationRun(team.staff, runId);
    const json = await verificationRunJson(team.staff, run);

    expect(json.createdAt).toBe(run.createdAt.toISOString());
    expect(json.finishedAt).toBeNull();
    expect(json.settled).toBe(false);
    expect(await unfinishedRunJson(team.staff, run)).toEqual(json);
    expect(await unfinishedRunJson(team.staff, null)).toBeNull();
    const osm = json.sources.find((source) => source.source === 'OPENSTREETMAP')!;
    expect(osm).toMatchObject({ total: 3, done: 1, queued: 2, retrying: 2, reasons: [] });
    expect(osm.retryReasons).toEqual([{ reason: 'status-503', count: 2 }]);
    const website = json.sources.find((source) => source.source === 'WEBSITE')!;
    expect(website).toMatchObject({ total: 1, failed: 1, retryReasons: [] });
    expect(website.reasons).toEqual([{ reason: 'refused-disallowed_by_robots', count: 1 }]);
    // It survives the trip to the browser unchanged.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('is settled once no task is queued or running, even before the run is marked finished', async () => {
    const { team, runId } = await runWithTasks();
    await db.verificationTask.updateMany({
      where: { runId, status: 'QUEUED' },
      data: { status: 'FAILED', reason: 'status-503' },
    });
    const json = await verificationRunJson(team.staff, await getVerificationRun(team.staff, runId));
    expect([json.finishedAt, json.settled]).toEqual([null, true]);
    // Nothing for a page to follow.
    expect(await unfinishedRunJson(team.staff, await getVerificationRun(team.staff, runId))).toBeNull();
  });

  it("reads no other organisation's tasks, even for a run id it is handed", async () => {
    const { team, runId } = await runWithTasks();
    const other = await createTeam();
    const run = await getVerificationRun(team.owner, runId);
    const json = await verificationRunJson(other.owner, run);
    expect(json.sources.flatMap((source) => source.retryReasons)).toEqual([]);
  });
});
