// Tenant isolation for every entry point (issue #6, item 1). The entry points are read from the
// code (support/entry-point-scan.ts); each has a case in support/entry-point-cases.ts saying how
// to call it with valid input aimed at a victim organisation. Every case is called as nobody, with
// a revoked session or token, as the owner of another organisation (with the victim's slug, and
// with the victim's ids inside its own), and as the victim's members below the role it needs:
// each must be refused, change nothing in the database (row count and a hash of every row of
// every table) and show nothing of the victim. Then the legitimate caller makes the same call and
// must succeed, so no case passes on input that would have failed anyway.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/prisma';
import { stopJobSender } from '@/lib/jobs/test-support';
import { changedTables, databaseState, organisationState, createOwnDatabase } from './support/database-state';
import type { AnyFunction, EntryPointCase, Positive, Probe } from './support/entry-point-case';
import { entryPointCases } from './support/entry-point-cases';
import { loadEntryPoint, scanEntryPoints, scanFiles } from './support/entry-point-scan';
import { describeOutcome, expectSucceeded, isRefusal, outcomeText } from './support/outcomes';
import { positivesFor, probesFor, type Targets } from './support/probes';
import { actAs, replaceRequiredNextHeaders } from './support/request-scope';
import { createAttacker, createWorld, type World } from './support/world';

// Only what needs a running Next.js request is replaced (see support/request-scope.ts).
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next-auth')>()),
  ...(await import('./support/request-scope')).nextAuthMock,
}));
vi.mock('next/headers', async () => (await import('./support/request-scope')).nextHeadersMock);
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  ...(await import('./support/request-scope')).nextCacheMock,
}));
vi.mock('next-intl/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next-intl/server')>()),
  ...(await import('./support/request-scope')).nextIntlServerMock,
}));

const restoreNextHeaders = replaceRequiredNextHeaders();

// The geocoder is configured but never asked: the geocode case answers from the cache.
process.env.GEOCODER_URL = 'http://127.0.0.1:9/';
// Verification runs put their jobs into pg-boss through the send-only sender; nothing works them.
process.env.JOBS = 'off';
const dropDatabase = await createOwnDatabase();
// Invitation and reset mails go to the log without SMTP: kept out of the test output.
const report = console.info.bind(console);
const quietInfo = vi.spyOn(console, 'info').mockImplementation(() => {});

const attacker = await createAttacker();
const files = scanFiles();
const entryPoints = await scanEntryPoints(files);
const casesByKey = new Map(entryPointCases.map((entryCase) => [entryCase.key, entryCase]));
let calls = 0;

afterAll(async () => {
  const actions = entryPoints.filter((entryPoint) => entryPoint.kind === 'action').length;
  report(
    `Entry points: ${actions} server actions, ${entryPoints.length - actions} route handlers; ${calls} calls made.`,
  );
  quietInfo.mockRestore();
  restoreNextHeaders();
  await stopJobSender();
  await dropDatabase();
});

describe('the entry-point registry', () => {
  it('runs on a database of its own', async () => {
    const [database] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(new URL(process.env.DATABASE_URL!).pathname).toBe(`/${database?.name}`);
  });

  it('has a case for every server action and route handler in the code', () => {
    expect(entryPoints.filter((entryPoint) => entryPoint.kind === 'action').length).toBeGreaterThan(30);
    expect(entryPoints.filter((entryPoint) => entryPoint.kind === 'route').length).toBeGreaterThan(25);
    const missing = entryPoints.filter((entryPoint) => !casesByKey.has(entryPoint.key)).map(({ key }) => key);
    expect(missing, 'entry points without a case in tests/security/support/entry-point-cases.ts').toEqual([]);
  });

  it('has no case for an entry point that no longer exists', () => {
    const existing = new Set(entryPoints.map((entryPoint) => entryPoint.key));
    expect(entryPointCases.map(({ key }) => key).filter((key) => !existing.has(key))).toEqual([]);
    expect(entryPointCases.length, 'two cases for one entry point').toBe(casesByKey.size);
  });

  it('sees an insert, an update and a delete in the database state', async () => {
    const before = await databaseState();
    const { id } = await db.benchmarkSet.create({
      data: {
        organisationId: attacker.organisation.id,
        name: 'Probe',
        source: 'Test',
        year: 2025,
        sampleSize: 1,
      },
    });
    const inserted = await databaseState();
    await db.location.update({ where: { id: attacker.locationId }, data: { city: 'Bremen' } });
    const updated = await databaseState();
    await db.benchmarkSet.delete({ where: { id } });
    const counted = /^benchmark_sets: \d+ → \d+ rows$/;
    // Every committed change also raises the organisation's data version (its row changes).
    const version = 'organisations: rows changed';
    expect(changedTables(before, inserted)).toEqual([expect.stringMatching(counted), version]);
    expect(changedTables(inserted, updated)).toEqual(['locations: rows changed', version]);
    expect(changedTables(updated, await databaseState())).toEqual([expect.stringMatching(counted), version]);
  });

  it('finds no server action defined inline (they could not be enumerated)', () => {
    expect(files.inlineDirectives).toEqual([]);
  });
});

async function call(
  entryCase: EntryPointCase,
  entryPoint: AnyFunction,
  world: World,
  as: Positive | Probe,
  target: unknown,
) {
  actAs(as.sessionId);
  calls++;
  return entryCase.call(entryPoint, {
    world,
    target: as.target ?? target,
    slug: as.slug ?? world.victim.organisation.slug,
    token: as.token ?? null,
  });
}

for (const entryPoint of entryPoints) {
  const entryCase = casesByKey.get(entryPoint.key);
  if (!entryCase) continue;

  describe(entryPoint.key, () => {
    let world: World;
    let targets: Targets;
    let run: AnyFunction;

    beforeAll(async () => {
      world = await createWorld(attacker);
      run = (await loadEntryPoint(entryPoint)) as AnyFunction;
      targets = { target: await entryCase.prepare(world, world.victim.otherLocationId) };
      if (entryCase.access.kind === 'member' && entryCase.access.staffOwnOnly) {
        targets.ownTarget = await entryCase.prepare(world, world.victim.assignedLocationId);
      }
    });

    it('refuses outsiders, changes nothing and shows nothing of the victim', async () => {
      const probes = probesFor(entryCase, world, targets);
      expect(probes.length, `${entryPoint.key}: no probes (custom cases must name theirs)`).toBeGreaterThan(
        0,
      );
      for (const probe of probes) {
        const state = probe.ownOrganisation?.writes
          ? () => organisationState(world.victim.organisation.id)
          : databaseState;
        const before = await state();
        const outcome = await call(entryCase, run, world, probe, targets.target);
        const after = await state();
        const answer = describeOutcome(outcome);
        if (probe.accepts) {
          expect
            .soft(
              probe.accepts.test(outcome),
              `${probe.name}: expected ${probe.accepts.description}, got ${answer}`,
            )
            .toBe(true);
        } else {
          expect
            .soft(
              isRefusal(outcome, probe.refusals),
              `${probe.name}: expected ${probe.refusals.join(' or ')}, got ${answer}`,
            )
            .toBe(true);
        }
        const changes = changedTables(before, after).filter(
          (change) => !probe.mayChange?.tables.includes(change.split(':')[0]!),
        );
        expect.soft(changes, `${probe.name} changed the database`).toEqual([]);
        // Refused calls may echo the ids they were sent; an answer about one's own organisation may not.
        const secrets = probe.ownOrganisation ? world.secrets : [world.marker];
        const shown = secrets.filter((secret) => outcomeText(outcome).includes(secret));
        expect.soft(shown, `${probe.name} showed the victim's data`).toEqual([]);
      }
    });

    it('lets the legitimate caller make the same call', async () => {
      for (const positive of positivesFor(entryCase, world, targets)) {
        const before = await databaseState();
        const outcome = await call(entryCase, run, world, positive, targets.target);
        const changes = changedTables(before, await databaseState());
        expectSucceeded(outcome, entryCase.success, world);
        if (entryCase.writes) expect(changes, `${positive.name}: wrote nothing`).not.toEqual([]);
        else expect(changes, `${positive.name}: a read wrote`).toEqual([]);
        if (entryCase.reveals) {
          const shown = world.secrets.filter((secret) => outcomeText(outcome).includes(secret));
          expect(shown, `${positive.name}: the answer shows nothing of the victim`).not.toEqual([]);
        }
      }
    });
  });
}
