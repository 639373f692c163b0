import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import type { VerificationTaskStatus } from '@/lib/generated/prisma/enums';
import { createTeam, insertTestLocation } from '@/tests/support/factories';
import { verificationPageState, verificationRunJson } from './run-progress';
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
    expect((await verificationPageState(team.staff, { locationId: null })).unfinished).toBeNull();
  });

  it("reads no other organisation's tasks, even for a run id it is handed", async () => {
    const { team, runId } = await runWithTasks();
    const other = await createTeam();
    const run = await getVerificationRun(team.owner, runId);
    const json = await verificationRunJson(other.owner, run);
    expect(json.sources.flatMap((source) => source.retryReasons)).toEqual([]);
  });
});

describe('verificationPageState', () => {
  it('names the sources a run would ask and the run still under way that covers the location', async () => {
    const { team, runId } = await runWithTasks();
    // Google is left out while the server has no key (none in the tests).
    await db.organisation.update({
      where: { id: team.organisation.id },
      data: { verificationSources: ['WEBSITE', 'GOOGLE'] },
    });
    const locationId = await insertTestLocation(team.organisation.id, 'Geeste');
    const expected = await verificationRunJson(team.manager, await getVerificationRun(team.manager, runId));

    // The organisation-wide run covers every location and the settings page alike.
    expect(await verificationPageState(team.manager, { locationId })).toEqual({
      sources: ['WEBSITE'],
      unfinished: expected,
    });
    expect((await verificationPageState(team.manager, { locationId: null })).unfinished).toEqual(expected);

    // A newer run of one location is that location's, not the organisation's.
    const own = await db.verificationRun.create({
      data: { organisationId: team.organisation.id, locationId, trigger: 'MANUAL', sources: ['WEBSITE'] },
    });
    await db.verificationTask.create({
      data: { runId: own.id, organisationId: team.organisation.id, locationId, source: 'WEBSITE' },
    });
    expect((await verificationPageState(team.manager, { locationId })).unfinished?.id).toBe(own.id);
    expect((await verificationPageState(team.manager, { locationId: null })).unfinished?.id).toBe(runId);
  });

  it("sees no other organisation's runs", async () => {
    await runWithTasks();
    const other = await createTeam();
    expect(await verificationPageState(other.owner, { locationId: null })).toEqual({
      sources: [],
      unfinished: null,
    });
  });
});
