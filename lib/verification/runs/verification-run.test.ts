import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pool } from '@/lib/db/pool';
import { db } from '@/lib/db/prisma';
import { createJobQueue } from '@/lib/jobs/queue';
import { updateListingItem } from '@/lib/listings/checklist';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { parseAllowList } from '@/lib/outbound/allow-list';
import { acceptSuggestedStatus, listLocationObservations } from '@/lib/verification/observations';
import { fixtureLocations, overpassFixtureAnswers } from '@/lib/verification/osm/fixtures';
import { getVerificationRun, startVerification } from '@/lib/verification/verification-runs';
import { locationJsonLd } from '@/lib/publishing/json-ld/location-json-ld';
import { jsonLdScriptElement } from '@/lib/publishing/json-ld/serialise-json-ld';
import { websiteFixture } from '@/lib/verification/website/test-support';
import { createTeam, expectAppError, insertTestLocation, platformIdByKey } from '@/tests/support/factories';
import { startOverpassServer } from '@/tests/support/overpass-server';
import { placeFixtures } from '@/tests/support/places-fixtures';
import { startPlacesServer } from '@/tests/support/places-server';
import { startSmtpCatcher } from '@/tests/support/smtp-catcher';
import { createTestDatabase } from '@/tests/support/test-database';
import { until } from '@/tests/support/until';
import { startWebsiteServer } from '@/tests/support/website-server';
import { enqueueWith } from './enqueue';
import type { VerificationWorkerSettings } from './worker-settings';

// A verification run end to end, as the server runs it: pg-boss on a database of its own, the
// real workers, and an Overpass-compatible server, a business website and a Places API (New)
// server on 127.0.0.1, reached through the outbound client with an explicit allow-list.

const database = await createTestDatabase(process.env.TEST_POSTGRES_SERVER_URL!, {
  migrateIn: 'child-process',
});
process.env.DATABASE_URL = database.url;
const catcher = await startSmtpCatcher();
process.env.SMTP_URL = catcher.url;

// The shops' websites in OpenStreetMap's and Google's data are the test site's pages.
const site = await startWebsiteServer();
const onTestSite = <T>(data: T): T =>
  JSON.parse(
    JSON.stringify(data)
      .replaceAll('https://www.baeckerei-meyer.example/lehe', site.url('/lehe'))
      .replaceAll('https://www.backstube-nord.example/', site.url('/nord')),
  ) as T;
const overpass = await startOverpassServer({ data: onTestSite(overpassFixtureAnswers) });
const meyerPlace = onTestSite(placeFixtures.meyer);
const places = await startPlacesServer({ places: [meyerPlace, onTestSite(placeFixtures.backstube)] });
// Google takes part only with a key in the configuration, as on a server.
process.env.GOOGLE_PLACES_API_KEY = places.apiKey;

const settings: VerificationWorkerSettings = {
  client: createOutboundClient({ allow: parseAllowList([overpass.host, site.host, places.host].join(',')) }),
  overpassUrl: overpass.url,
  google: { apiKey: places.apiKey, baseUrl: places.url },
  rateLimits: { overpass: null, website: null, google: null },
  retryBaseSeconds: 0.2,
  maxAttempts: 3,
};

let boss: PgBoss;
beforeAll(async () => {
  boss = await createJobQueue({ connectionString: database.url, verification: settings });
});
afterAll(async () => {
  await boss?.stop({ graceful: true, timeout: 5_000 });
  await Promise.all([overpass.close(), site.close(), places.close(), catcher.stop()]);
  await pool().end();
  await database.drop();
});

async function setUp() {
  const team = await createTeam();
  const organisationId = team.organisation.id;
  await db.organisation.update({
    where: { id: organisationId },
    data: { verificationSources: ['WEBSITE', 'OPENSTREETMAP', 'GOOGLE'] },
  });
  const { meyer, backstube } = fixtureLocations;
  const fields = (location: typeof meyer, website: string) => ({
    street: location.street,
    postalCode: location.postalCode,
    city: location.city,
    region: location.region,
    phone: location.phone,
    website,
    latitude: location.latitude,
    longitude: location.longitude,
    positionSource: 'MANUAL' as const,
    openingHours: location.openingHours,
  });
  const meyerId = await insertTestLocation(organisationId, meyer.name, fields(meyer, site.url('/lehe')));
  const backstubeId = await insertTestLocation(
    organisationId,
    backstube.name,
    fields(backstube, site.url('/nord')),
  );
  // Meyer's page states exactly the master data; Backstube's states nothing readable.
  site.serve('/lehe', {
    kind: 'page',
    body: `<!doctype html><title>Meyer</title>${jsonLdScriptElement(
      locationJsonLd({ ...meyer, website: site.url('/lehe') }),
    )}`,
  });
  site.serve('/nord', { kind: 'page', body: websiteFixture('no-structured-data.html') });
  return { team, organisationId, meyerId, backstubeId };
}

async function runToTheEnd(member: Parameters<typeof startVerification>[0], locationId: string | null) {
  const run = await startVerification(member, { locationId }, 'MANUAL', enqueueWith(boss));
  await until(async () => (await getVerificationRun(member, run.id)).finishedAt !== null, {
    // Generous: on a loaded machine (the whole suite in parallel) the workers' polls come late.
    timeoutMs: 100_000,
    intervalMs: 200,
  });
  return getVerificationRun(member, run.id);
}

const observationOf = (locationId: string, source: 'WEBSITE' | 'OPENSTREETMAP' | 'GOOGLE') =>
  db.locationObservation.findUniqueOrThrow({ where: { locationId_source: { locationId, source } } });

async function osmItem(locationId: string) {
  const platformId = await platformIdByKey('openstreetmap');
  return db.listingItem.findUniqueOrThrow({
    where: { locationId_platformId: { locationId, platformId } },
    include: { changes: { orderBy: { changedAt: 'asc' } } },
  });
}

describe('a verification run with the website, OpenStreetMap and Google', () => {
  it(
    'observes every location, feeds the checklist and suggests where a person set the status',
    { timeout: 150_000 },
    async () => {
      const { team, meyerId, backstubeId } = await setUp();
      // Someone set Backstube's OpenStreetMap item by hand today: its status is a suggestion only.
      const platformId = await platformIdByKey('openstreetmap');
      await updateListingItem(team.owner, backstubeId, platformId, { version: 0, status: 'LIVE' });

      const run = await runToTheEnd(team.owner, null);

      expect(run.sources.map((source) => [source.source, source.total, source.done])).toEqual([
        ['WEBSITE', 2, 2],
        ['OPENSTREETMAP', 2, 2],
        ['GOOGLE', 2, 2],
      ]);
      // Bremerhaven and Bremen lie 50 km apart: one area query each.
      expect(overpass.requests).toHaveLength(2);
      expect(overpass.requests[0]!.userAgent).toMatch(/^Ortsbild\//);

      const meyerOsm = await observationOf(meyerId, 'OPENSTREETMAP');
      expect(meyerOsm.outcome).toBe('CONSISTENT');
      expect(meyerOsm.externalId).toMatch(/^(node|way|relation)\/\d+$/);
      const meyerItem = await osmItem(meyerId);
      expect(meyerItem.status).toBe('LIVE');
      expect(meyerItem.lastCheckedAt).not.toBeNull();
      expect(meyerItem.changes.at(-1)).toMatchObject({
        changedById: null,
        changedByName: 'OpenStreetMap',
        source: 'OPENSTREETMAP',
        changes: { status: { from: 'NOT_STARTED', to: 'LIVE' } },
      });

      const backstubeOsm = await observationOf(backstubeId, 'OPENSTREETMAP');
      expect(backstubeOsm.outcome).toBe('DIFFERENT');
      expect(backstubeOsm.differingFields).toContain('phone');
      expect(backstubeOsm.suggestedStatus).toBe('NEEDS_UPDATE');
      expect((await osmItem(backstubeId)).status).toBe('LIVE');

      expect((await observationOf(meyerId, 'WEBSITE')).outcome).toBe('CONSISTENT');
      const backstubeSite = await observationOf(backstubeId, 'WEBSITE');
      expect(backstubeSite.outcome).toBe('NO_DATA');
      expect((backstubeSite.details as { snippet?: string }).snippet).toContain('application/ld+json');

      const meyerGoogle = await observationOf(meyerId, 'GOOGLE');
      expect(meyerGoogle.externalId).toBe(placeFixtures.meyer.id);
      const snapshots = await db.listingRatingSnapshot.findMany({
        where: { listingItem: { locationId: meyerId }, source: 'GOOGLE' },
      });
      expect(snapshots.map((snapshot) => Number(snapshot.rating))).toEqual([4.6]);

      // Accepting the suggestion is the owner's own change.
      await acceptSuggestedStatus(team.owner, backstubeId, 'OPENSTREETMAP');
      const accepted = await osmItem(backstubeId);
      expect(accepted.status).toBe('NEEDS_UPDATE');
      expect(accepted.changes.at(-1)).toMatchObject({
        changedById: team.users.owner.id,
        source: null,
        changes: { status: { from: 'LIVE', to: 'NEEDS_UPDATE' } },
      });
      expect((await observationOf(backstubeId, 'OPENSTREETMAP')).suggestedStatus).toBeNull();
      await expectAppError(acceptSuggestedStatus(team.owner, backstubeId, 'OPENSTREETMAP'), 'CONFLICT');
    },
  );

  it(
    'alerts a change between two runs once to the assignee, managers and owners, by mail too',
    { timeout: 240_000 },
    async () => {
      const { team, organisationId, meyerId } = await setUp();
      await db.location.update({
        where: { id: meyerId },
        data: { assignedMembershipId: team.staff.membershipId },
      });
      await runToTheEnd(team.owner, meyerId);
      expect((await observationOf(meyerId, 'OPENSTREETMAP')).outcome).toBe('CONSISTENT');

      // The phone changes in the master data (every source now differs) and Google's rating drops by 0.4.
      await db.location.update({ where: { id: meyerId }, data: { phone: '+494719999999' } });
      meyerPlace.rating = 4.2;
      try {
        await runToTheEnd(team.manager, meyerId);
      } finally {
        meyerPlace.rating = placeFixtures.meyer.rating;
      }

      const alerts = await db.notification.findMany({
        where: { organisationId, kind: 'LISTING_ALERT' },
        select: { membershipId: true, data: true },
      });
      const kinds = (membershipId: string) =>
        alerts
          .filter((alert) => alert.membershipId === membershipId)
          .map(
            (alert) =>
              `${(alert.data as { source: string }).source}:${(alert.data as { alert: { kind: string } }).alert.kind}`,
          )
          .sort();
      const expected = [
        'GOOGLE:becameDifferent',
        'GOOGLE:ratingDropped',
        'OPENSTREETMAP:becameDifferent',
        'WEBSITE:becameDifferent',
      ];
      expect(kinds(team.owner.membershipId)).toEqual(expected);
      expect(kinds(team.manager.membershipId)).toEqual(expected);
      expect(kinds(team.staff.membershipId)).toEqual(expected);

      const mail = await catcher.waitForMail(team.users.staff.email, { timeoutMs: 20_000 });
      expect(mail.text).toContain(`/locations/${meyerId}/listings`);
      const everyoneMailed = () =>
        [team.users.owner, team.users.manager, team.users.staff].every(
          (user) => catcher.messagesTo(user.email).length === 4,
        );
      await until(async () => everyoneMailed(), { timeoutMs: 30_000 });

      // A third run finds the same state: nothing new to alert.
      await runToTheEnd(team.owner, meyerId);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await db.notification.count({ where: { organisationId, kind: 'LISTING_ALERT' } })).toBe(12);
      expect(catcher.messagesTo(team.users.owner.email)).toHaveLength(4);
      expect(catcher.messagesTo(team.users.staff.email)).toHaveLength(4);
    },
  );

  it(
    'retries a source that answers 503, and a source that stays down delays only itself',
    { timeout: 150_000 },
    async () => {
      const { team, meyerId } = await setUp();
      overpass.failNext(503, 1);
      const recovered = await runToTheEnd(team.owner, meyerId);
      const osm = recovered.sources.find((source) => source.source === 'OPENSTREETMAP')!;
      expect([osm.done, osm.failed]).toEqual([1, 0]);
      expect(
        await db.verificationTask.findFirst({
          where: { locationId: meyerId, source: 'OPENSTREETMAP' },
          orderBy: { attempts: 'desc' },
        }),
      ).toMatchObject({ attempts: 2, reason: null, status: 'DONE' });

      // Down for every attempt the task gets, and no longer (the next test finds it answering).
      overpass.failNext(503, settings.maxAttempts);
      const down = await runToTheEnd(team.owner, meyerId);
      const downOsm = down.sources.find((source) => source.source === 'OPENSTREETMAP')!;
      expect([downOsm.done, downOsm.failed]).toEqual([0, 1]);
      expect(downOsm.reasons).toEqual([{ reason: 'status-503', count: 1 }]);
      for (const source of down.sources.filter((entry) => entry.source !== 'OPENSTREETMAP')) {
        expect([source.source, source.done]).toEqual([source.source, 1]);
      }
    },
  );

  it('asks an area Overpass answers with 504 again in two halves at once', { timeout: 150_000 }, async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    await db.organisation.update({
      where: { id: organisationId },
      data: { verificationSources: ['OPENSTREETMAP'] },
    });
    // Two shops 150 m apart in Hannover-Linden: one cluster, one query.
    const ids = await Promise.all(
      [fixtureLocations.speiche, fixtureLocations.schnittpunkt].map((location) =>
        insertTestLocation(organisationId, location.name, {
          street: location.street,
          postalCode: location.postalCode,
          city: location.city,
          latitude: location.latitude,
          longitude: location.longitude,
          positionSource: 'MANUAL',
        }),
      ),
    );
    const before = overpass.requests.length;
    overpass.failNext(504, 1);
    const run = await runToTheEnd(team.owner, null);
    expect(overpass.requests.length - before).toBe(3);
    expect(run.sources[0]).toMatchObject({ total: 2, done: 2, failed: 0 });
    const tasks = await db.verificationTask.findMany({ where: { locationId: { in: ids } } });
    expect(tasks.map((task) => [task.status, task.attempts, task.reason])).toEqual([
      ['DONE', 1, null],
      ['DONE', 1, null],
    ]);
  });

  it(
    'verifies a location with a source once at a time, however many runs ask',
    { timeout: 150_000 },
    async () => {
      const { team, meyerId } = await setUp();
      const runs = await Promise.all([
        startVerification(team.owner, { locationId: meyerId }, 'MANUAL', enqueueWith(boss)),
        startVerification(team.manager, { locationId: meyerId }, 'MANUAL', enqueueWith(boss)),
      ]);
      const tasks = await db.verificationTask.findMany({
        where: { runId: { in: runs.map((run) => run.id) } },
        select: { source: true, status: true, reason: true },
      });
      for (const source of ['WEBSITE', 'OPENSTREETMAP', 'GOOGLE'] as const) {
        const ofSource = tasks.filter((task) => task.source === source);
        expect(ofSource).toHaveLength(2);
        expect(ofSource.filter((task) => task.reason === 'already-running')).toHaveLength(1);
      }
    },
  );

  it('keeps runs and observations inside the organisation and its roles', async () => {
    const { team, meyerId } = await setUp();
    const other = await createTeam();
    const run = await startVerification(team.owner, { locationId: meyerId }, 'MANUAL', enqueueWith(boss));
    await expectAppError(getVerificationRun(other.owner, run.id), 'NOT_FOUND');
    await expectAppError(getVerificationRun(other.owner, 'not-a-uuid'), 'NOT_FOUND');
    await expectAppError(
      startVerification(other.owner, { locationId: meyerId }, 'MANUAL', enqueueWith(boss)),
      'NOT_FOUND',
    );
    await expectAppError(listLocationObservations(other.owner, meyerId), 'NOT_FOUND');
    await expectAppError(acceptSuggestedStatus(other.owner, meyerId, 'OPENSTREETMAP'), 'NOT_FOUND');
    // Staff verify the locations assigned to them only, and never the whole organisation.
    await expectAppError(
      startVerification(team.staff, { locationId: meyerId }, 'MANUAL', enqueueWith(boss)),
      'FORBIDDEN',
    );
    await expectAppError(
      startVerification(team.staff, { locationId: null }, 'MANUAL', enqueueWith(boss)),
      'FORBIDDEN',
    );
    // Without a source switched on there is nothing to run.
    await expectAppError(
      startVerification(other.owner, { locationId: null }, 'MANUAL', enqueueWith(boss)),
      'CONFLICT',
    );
  });
});
