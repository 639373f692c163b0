import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PUT as putListing } from '@/app/api/v1/locations/[id]/listings/[platformId]/route';
import { GET as getChecklist } from '@/app/api/v1/locations/[id]/listings/route';
import { POST as verifyLocation } from '@/app/api/v1/locations/[id]/verify/route';
import { GET as getRun } from '@/app/api/v1/verification-runs/[id]/route';
import { POST as startRun } from '@/app/api/v1/verification-runs/route';
import { listingChecklistJsonSchema, listingItemJsonSchema } from '@/lib/api/listings/representation';
import { verificationRunJsonSchema } from '@/lib/api/verification/run-representation';
import { db } from '@/lib/db/prisma';
import type { VerificationSource } from '@/lib/generated/prisma/enums';
import { readyJobSender, stopJobSender } from '@/lib/jobs/test-support';
import { verificationQueues } from '@/lib/verification/runs/verification-queues';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam, insertTestLocation } from '@/tests/support/factories';

// Starting and following verification runs over the API. Jobs go into pg-boss in this file's
// database through the send-only instance (JOBS=off: nothing works them, so no source is asked and
// the tasks stay as the run wrote them); progress is then set on the task rows as workers would.
vi.hoisted(() => {
  process.env.JOBS = 'off';
  // Google counts only with a key; without one the sources a test switches on are what runs.
  delete process.env.GOOGLE_PLACES_API_KEY;
});

let boss: PgBoss;
beforeAll(async () => {
  boss = await readyJobSender();
});
afterAll(stopJobSender);

const located = { latitude: 53.5396, longitude: 8.5809, website: 'https://deichbrise.example/hafen' };

/** A team with an API token, the sources switched on, and one location with a position and a website. */
async function setUp(sources: VerificationSource[] = ['WEBSITE', 'OPENSTREETMAP']) {
  const team = await createTeam();
  const organisationId = team.organisation.id;
  await db.organisation.update({ where: { id: organisationId }, data: { verificationSources: sources } });
  const token = await tokenFor(team.manager);
  const locationId = await insertTestLocation(organisationId, 'Bäckerei Deichbrise Hafen', located);
  return { team, organisationId, token, locationId };
}

function verify(token: string | undefined, id: string, headers: Record<string, string> = {}) {
  return callApi(verifyLocation, {
    token,
    method: 'POST',
    params: { id },
    path: `/api/v1/locations/${id}/verify`,
    headers,
  });
}

function start(token: string, body?: unknown, rawBody?: string) {
  return callApi(startRun, { token, method: 'POST', path: '/api/v1/verification-runs', body, rawBody });
}

function follow(token: string, id: string) {
  return callApi(getRun, { token, params: { id }, path: `/api/v1/verification-runs/${id}` });
}

const tasksOf = (runId: string) =>
  db.verificationTask.findMany({
    where: { runId },
    select: { id: true, locationId: true, source: true, status: true, reason: true },
    orderBy: { source: 'asc' },
  });

const progress = (source: VerificationSource, counts: Record<string, unknown>) => ({
  source,
  total: 0,
  done: 0,
  failed: 0,
  skipped: 0,
  queued: 0,
  running: 0,
  retrying: 0,
  reasons: [],
  outcomes: {},
  ...counts,
});

describe('POST /api/v1/locations/{id}/verify', () => {
  it('answers 202 with the run and its address, a task and a job per source switched on', async () => {
    const { organisationId, token, locationId } = await setUp();
    const answer = await verify(token, locationId);
    expect(answer.status).toBe(202);
    expect(verificationRunJsonSchema.safeParse(answer.json).success).toBe(true);
    const runId = answer.json?.id as string;
    expect(answer.headers.get('location')).toBe(`/api/v1/verification-runs/${runId}`);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.json).toEqual({
      id: runId,
      locationId,
      trigger: 'API',
      status: 'running',
      createdAt: expect.any(String),
      finishedAt: null,
      sources: [
        progress('WEBSITE', { total: 1, queued: 1 }),
        progress('OPENSTREETMAP', { total: 1, queued: 1 }),
      ],
    });

    const run = await db.verificationRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ organisationId, locationId, trigger: 'API', finishedAt: null });
    // The token acts for the manager who made it.
    expect(run.requestedById).not.toBeNull();
    const tasks = await tasksOf(runId);
    expect(tasks.map(({ source, status, locationId: of }) => ({ source, status, of }))).toEqual([
      { source: 'WEBSITE', status: 'QUEUED', of: locationId },
      { source: 'OPENSTREETMAP', status: 'QUEUED', of: locationId },
    ]);
    const website = tasks.find((task) => task.source === 'WEBSITE')!;
    const openStreetMap = tasks.find((task) => task.source === 'OPENSTREETMAP')!;
    expect(
      await boss.findJobs(verificationQueues.verifyWebsite, { data: { taskIds: [website.id] } }),
    ).toHaveLength(1);
    expect(
      await boss.findJobs(verificationQueues.verifyOpenStreetMap, { data: { taskIds: [openStreetMap.id] } }),
    ).toHaveLength(1);
  });

  it('answers 409 with the reason when no source is switched on or the location is archived', async () => {
    const { organisationId, token, locationId } = await setUp([]);
    const none = await verify(token, locationId);
    expect(none.status).toBe(409);
    expect(none.json).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'No source is switched on. An owner switches them on under Settings → Automatic checks.',
      },
    });
    const german = await verify(token, locationId, { 'accept-language': 'de' });
    expect(german.json?.error.message).toMatch(/^Es ist keine Quelle eingeschaltet\./);

    await db.organisation.update({
      where: { id: organisationId },
      data: { verificationSources: ['WEBSITE'] },
    });
    await db.location.update({ where: { id: locationId }, data: { archivedAt: new Date() } });
    const archived = await verify(token, locationId);
    expect(archived.status).toBe(409);
    expect(archived.json?.error.message).toBe('Archived locations are not checked.');
    expect(await db.verificationRun.count({ where: { organisationId } })).toBe(0);
  });

  it('answers 401 without a token', async () => {
    const { locationId } = await setUp();
    expect((await verify(undefined, locationId)).status).toBe(401);
    expect(await db.verificationTask.count({ where: { locationId } })).toBe(0);
  });
});

describe('POST /api/v1/verification-runs', () => {
  it('verifies every location of the organisation, OpenStreetMap only those with a position', async () => {
    const { organisationId, token, locationId } = await setUp();
    const unplaced = await insertTestLocation(organisationId, 'Bäckerei Deichbrise Lehe');
    await insertTestLocation(organisationId, 'Bäckerei Deichbrise Alt', { archivedAt: new Date() });

    const answer = await start(token);
    expect(answer.status).toBe(202);
    const runId = answer.json?.id as string;
    expect(answer.headers.get('location')).toBe(`/api/v1/verification-runs/${runId}`);
    expect(answer.json).toMatchObject({
      locationId: null,
      trigger: 'API',
      status: 'running',
      sources: [
        progress('WEBSITE', { total: 2, queued: 2 }),
        progress('OPENSTREETMAP', {
          total: 2,
          queued: 1,
          skipped: 1,
          reasons: [{ reason: 'no-position', count: 1 }],
        }),
      ],
    });
    const tasks = await tasksOf(runId);
    expect(new Set(tasks.map((task) => task.locationId))).toEqual(new Set([locationId, unplaced]));
    expect(
      tasks.find((task) => task.locationId === unplaced && task.source === 'OPENSTREETMAP'),
    ).toMatchObject({
      status: 'SKIPPED',
      reason: 'no-position',
    });
  });

  it('takes an empty object alike, and one location by `locationId`', async () => {
    const { organisationId, token, locationId } = await setUp(['WEBSITE']);
    const other = await insertTestLocation(organisationId, 'Bäckerei Deichbrise Geestemünde', located);
    const whole = await start(token, {});
    expect(whole.status).toBe(202);
    expect(whole.json?.locationId).toBeNull();
    expect(await db.verificationTask.count({ where: { runId: whole.json?.id } })).toBe(2);

    const one = await start(token, { locationId: other });
    expect(one.status).toBe(202);
    expect(one.json?.locationId).toBe(other);
    // The first run is still asking the website about it: skipped, not asked twice at once.
    expect(one.json?.sources).toEqual([
      progress('WEBSITE', { total: 1, skipped: 1, reasons: [{ reason: 'already-running', count: 1 }] }),
    ]);
    expect(await tasksOf(one.json?.id)).toEqual([expect.objectContaining({ locationId: other })]);
    expect(await db.verificationTask.count({ where: { locationId } })).toBe(1);
  });

  it('refuses a body it cannot read, and writes nothing', async () => {
    const { organisationId, token } = await setUp();
    const invalid = await start(token, { locationId: 'Hafen' });
    expect(invalid.status).toBe(422);
    expect(invalid.json?.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { locationId: ['Invalid location.'] },
    });
    expect((await start(token, [1])).status).toBe(400);
    expect((await start(token, undefined, '{"locationId":')).status).toBe(400);
    expect(await db.verificationRun.count({ where: { organisationId } })).toBe(0);
  });
});

describe('GET /api/v1/verification-runs/{id}', () => {
  it('counts the tasks per source and status, why they failed and what they found', async () => {
    const { organisationId, token, locationId } = await setUp();
    const second = await insertTestLocation(organisationId, 'Bäckerei Deichbrise Mitte', located);
    const runId = (await start(token)).json?.id as string;
    const tasks = await tasksOf(runId);
    const task = (source: VerificationSource, of: string) =>
      tasks.find((candidate) => candidate.source === source && candidate.locationId === of)!.id;

    // As the workers would leave it: one website answered, one being asked; OpenStreetMap failed
    // once for good and is waiting for a retry once.
    await db.verificationTask.update({
      where: { id: task('WEBSITE', locationId) },
      data: { status: 'DONE' },
    });
    await db.locationObservation.create({
      data: {
        organisationId,
        locationId,
        source: 'WEBSITE',
        outcome: 'NO_DATA',
        observedAt: new Date(),
        details: { finding: 'noStructuredData' },
        runId,
      },
    });
    await db.verificationTask.update({ where: { id: task('WEBSITE', second) }, data: { status: 'RUNNING' } });
    await db.verificationTask.update({
      where: { id: task('OPENSTREETMAP', locationId) },
      data: { status: 'FAILED', reason: 'status-503' },
    });
    await db.verificationTask.update({
      where: { id: task('OPENSTREETMAP', second) },
      data: { reason: 'timeout' },
    });

    const answer = await follow(token, runId);
    expect(answer.status).toBe(200);
    expect(verificationRunJsonSchema.safeParse(answer.json).success).toBe(true);
    expect(answer.json).toMatchObject({ id: runId, status: 'running', finishedAt: null });
    expect(answer.json?.sources).toEqual([
      progress('WEBSITE', { total: 2, done: 1, running: 1, outcomes: { NO_DATA: 1 } }),
      progress('OPENSTREETMAP', {
        total: 2,
        failed: 1,
        queued: 1,
        retrying: 1,
        reasons: [{ reason: 'status-503', count: 1 }],
      }),
    ]);

    const finishedAt = new Date('2026-12-06T10:15:00Z');
    await db.verificationRun.update({ where: { id: runId }, data: { finishedAt } });
    expect((await follow(token, runId)).json).toMatchObject({
      status: 'finished',
      finishedAt: finishedAt.toISOString(),
    });
  });
});

describe('tenant isolation', () => {
  it("answers 404 for another organisation's location and run, and starts nothing", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const theirRun = (await verify(theirs.token, theirs.locationId)).json?.id as string;
    const runsBefore = await db.verificationRun.count({
      where: { organisationId: { in: [mine.organisationId, theirs.organisationId] } },
    });

    const foreignVerify = await verify(mine.token, theirs.locationId);
    expect(foreignVerify.status).toBe(404);
    expect(foreignVerify.json).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect((await start(mine.token, { locationId: theirs.locationId })).status).toBe(404);
    const foreignRun = await follow(mine.token, theirRun);
    expect(foreignRun.status).toBe(404);
    expect(foreignRun.text).not.toContain(theirs.locationId);
    expect(
      await db.verificationRun.count({
        where: { organisationId: { in: [mine.organisationId, theirs.organisationId] } },
      }),
    ).toBe(runsBefore);
    expect(await db.verificationTask.count({ where: { locationId: theirs.locationId } })).toBe(2);

    for (const id of ['not-a-uuid', "' OR 1=1 --", `${theirRun}x`]) {
      expect((await verify(mine.token, id)).status, id).toBe(404);
      expect((await follow(mine.token, id)).status, id).toBe(404);
    }
    expect(await db.verificationRun.count({ where: { organisationId: mine.organisationId } })).toBe(0);
  });
});

describe('observations on listing items', () => {
  const observedAt = new Date('2026-12-05T08:30:00Z');
  const observed = {
    name: 'Bäckerei Deichbrise',
    street: 'Hafenstraße 1',
    postalCode: '27568',
    city: 'Bremerhaven',
    phone: '+49 471 999999',
    website: null,
    openingHours: {
      mon: [{ opens: '06:30', closes: '13:00' }],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    },
    latitude: 53.5396,
    longitude: 8.5809,
  };

  function observe(organisationId: string, locationId: string, source: VerificationSource, fields = {}) {
    return db.locationObservation.create({
      data: { organisationId, locationId, source, outcome: 'CONSISTENT', observedAt, ...fields },
    });
  }

  it('carry what the source of their platform last observed; the website beside the checklist', async () => {
    const { organisationId, token, locationId } = await setUp();
    const before = await callApi(getChecklist, { token, params: { id: locationId } });
    expect(before.json?.websiteObservation).toBeNull();
    for (const item of before.json?.data) expect(item.observation).toBeNull();

    await observe(organisationId, locationId, 'OPENSTREETMAP', {
      outcome: 'DIFFERENT',
      observed,
      differingFields: ['phone'],
      details: {
        links: {
          url: 'https://www.openstreetmap.org/node/123',
          editUrl: 'https://www.openstreetmap.org/edit?node=123',
        },
        differences: [{ field: 'phone', master: null, osm: '+49 471 999999', reason: 'different' }],
      },
      sourceUrl: 'https://www.openstreetmap.org/node/123',
      externalId: 'node/123',
      externalVersion: 7,
      suggestedStatus: 'NEEDS_UPDATE',
    });
    await observe(organisationId, locationId, 'WEBSITE', {
      outcome: 'NO_DATA',
      details: { finding: 'noStructuredData', snippet: '<script type="application/ld+json">{}</script>' },
      sourceUrl: located.website,
    });
    // Another organisation's observation of its own location stays there.
    const theirs = await setUp();
    await observe(theirs.organisationId, theirs.locationId, 'GOOGLE', { externalId: 'ChIJ-theirs' });

    const answer = await callApi(getChecklist, { token, params: { id: locationId } });
    expect(answer.status).toBe(200);
    expect(listingChecklistJsonSchema.safeParse(answer.json).success).toBe(true);
    const items = answer.json?.data as { platform: { id: string; key: string }; observation: unknown }[];
    const openStreetMap = items.find((item) => item.platform.key === 'openstreetmap')!;
    expect(openStreetMap.observation).toEqual({
      source: 'OPENSTREETMAP',
      outcome: 'DIFFERENT',
      observedAt: observedAt.toISOString(),
      differingFields: ['phone'],
      observed: { ...observed, rating: null, reviewCount: null, businessStatus: null },
      sourceUrl: 'https://www.openstreetmap.org/node/123',
      externalId: 'node/123',
      externalVersion: 7,
      suggestedStatus: 'NEEDS_UPDATE',
      details: {
        links: {
          url: 'https://www.openstreetmap.org/node/123',
          editUrl: 'https://www.openstreetmap.org/edit?node=123',
        },
        differences: [{ field: 'phone', master: null, osm: '+49 471 999999', reason: 'different' }],
      },
    });
    expect(items.filter((item) => item.observation !== null)).toEqual([openStreetMap]);
    expect(answer.json?.websiteObservation).toMatchObject({
      source: 'WEBSITE',
      outcome: 'NO_DATA',
      observed: null,
      differingFields: [],
      details: { finding: 'noStructuredData' },
      sourceUrl: located.website,
      externalId: null,
      suggestedStatus: null,
    });
    expect(answer.text).not.toContain('ChIJ-theirs');

    // Saving the item answers it with its observation too.
    const saved = await callApi(putListing, {
      token,
      method: 'PUT',
      params: { id: locationId, platformId: openStreetMap.platform.id },
      body: { version: 0, status: 'NEEDS_UPDATE' },
    });
    expect(saved.status).toBe(201);
    expect(listingItemJsonSchema.safeParse(saved.json).success).toBe(true);
    expect(saved.json?.observation).toMatchObject({ source: 'OPENSTREETMAP', externalId: 'node/123' });
  });
});
