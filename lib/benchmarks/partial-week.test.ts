import { describe, expect, it, vi } from 'vitest';
import { pool } from '@/lib/db/pool';
import { addDaysToDate, weekStartOf, type IsoWeek } from '@/lib/weeks/iso-week';
import { createTeam, insertTestLocation, platformIdsByKey } from '@/tests/support/factories';
import { compareWithBenchmark } from './comparison';
import { insertRecords, singleLineCheckIn } from './test-support';
import { comparisonQuerySchema } from './schemas';

// The running week is drawn but not counted unless asked for, and per-location figures divide by
// the locations that recorded something. The clock: Wednesday 17 June 2026, in 2026-W25; the
// default period is 2026-W14 to 2026-W25, of which W14 to W24 (11 weeks) have ended.
const now = new Date('2026-06-17T10:00:00Z');
const week = (number: number): IsoWeek => ({ year: 2026, week: number });
const round = (value: number) => Math.round(value * 10) / 10;

type Team = Awaited<ReturnType<typeof createTeam>>;

/** Minutes (one check-in line on Facebook) per location and week, and a time entry. */
async function record(
  team: Team,
  rows: { locationId: string; week: number; minutes: number; posts?: number }[],
) {
  const { facebook } = await platformIdsByKey(['facebook']);
  const base = { organisationId: team.organisation.id, membershipId: team.manager.membershipId };
  await insertRecords(
    rows.map((row) =>
      singleLineCheckIn(
        { ...base, locationId: row.locationId },
        week(row.week),
        { platformId: facebook!, activity: 'POSTING', minutes: row.minutes },
        row.posts ?? 0,
      ),
    ),
    [],
  );
}

async function timeEntry(team: Team, locationId: string, date: string, minutes: number) {
  const { instagram } = await platformIdsByKey(['instagram']);
  await insertRecords(
    [],
    [
      {
        organisationId: team.organisation.id,
        locationId,
        membershipId: team.manager.membershipId,
        date,
        minutes,
        platformId: instagram!,
        activity: 'MONITORING',
      },
    ],
  );
}

describe('the running week', () => {
  it('is drawn as unfinished and left out of totals, averages, breakdowns and tables by default', async () => {
    const team = await createTeam();
    const hafen = await insertTestLocation(team.organisation.id, 'Hafen');
    await record(team, [
      { locationId: hafen, week: 22, minutes: 600, posts: 3 },
      { locationId: hafen, week: 23, minutes: 600, posts: 3 },
      { locationId: hafen, week: 24, minutes: 600, posts: 3 },
      // Monday and Tuesday of the running week: a fraction of a normal week.
      { locationId: hafen, week: 25, minutes: 100, posts: 1 },
    ]);
    await timeEntry(team, hafen, addDaysToDate(weekStartOf(week(25)), 1), 50);

    const result = await compareWithBenchmark(team.manager, {}, { now });
    expect(result.period).toMatchObject({
      fromWeek: '2026-W14',
      toWeek: '2026-W25',
      weeks: 12,
      currentWeek: '2026-W25',
      includesCurrentWeek: false,
      countedWeeks: 11,
    });
    expect(result.trend).toHaveLength(12);
    expect(result.trend.at(-1)).toMatchObject({
      week: '2026-W25',
      minutes: 150,
      posts: 1,
      counted: false,
      unfinished: true,
    });
    expect(result.trend.at(-2)).toMatchObject({ week: '2026-W24', counted: true, unfinished: false });
    expect(result.totals).toEqual({ minutes: 1800, posts: 9, reviewsAnswered: 0, checkIns: 3 });
    expect(result.averages.minutesPerWorkingDay).toBe(round(1800 / 55));
    expect(result.averages.postsPerWeek).toBe(round(9 / 11));
    expect(result.byActivity.reduce((sum, row) => sum + row.minutes, 0)).toBe(1800);
    expect(result.byPlatform.map((row) => row.key)).toEqual(['facebook']);
    expect(result.perLocation?.rows[0]).toMatchObject({
      name: 'Hafen',
      minutes: 1800,
      checkIns: 3,
      minutesPerWorkingDay: round(1800 / 55),
    });
    expect(result.hasData).toBe(true);

    // The same for one location, read from the sources instead of the rollups.
    const location = await compareWithBenchmark(team.manager, { locationId: hafen }, { now });
    expect(location.totals).toEqual(result.totals);
    expect(location.byActivity).toEqual(result.byActivity);
    expect(location.trend).toEqual(result.trend);
  });

  it('counts when asked for, as the URL and the API ask', async () => {
    const team = await createTeam();
    const hafen = await insertTestLocation(team.organisation.id, 'Hafen');
    await record(team, [
      { locationId: hafen, week: 24, minutes: 600 },
      { locationId: hafen, week: 25, minutes: 100 },
    ]);
    const query = comparisonQuerySchema.parse({ includeCurrentWeek: 'true' });
    const result = await compareWithBenchmark(team.manager, query, { now });
    expect(result.period).toMatchObject({ includesCurrentWeek: true, countedWeeks: 12 });
    expect(result.totals.minutes).toBe(700);
    expect(result.averages.minutesPerWorkingDay).toBe(round(700 / 60));
    expect(result.trend.at(-1)).toMatchObject({ counted: true, unfinished: true });
    expect(result.perLocation?.rows[0]?.minutes).toBe(700);

    for (const [value, parsed] of [
      ['on', true],
      ['1', true],
      ['false', false],
      ['', undefined],
    ] as const)
      expect(comparisonQuerySchema.parse({ includeCurrentWeek: value }).includeCurrentWeek).toBe(parsed);
    expect(
      comparisonQuerySchema.safeParse({ includeCurrentWeek: 'vielleicht' }).error?.issues[0]?.message,
    ).toBe('benchmarks.errors.flagInvalid');
  });

  it('counts nothing in a period of the running week alone, and everything in a past one', async () => {
    const team = await createTeam();
    const hafen = await insertTestLocation(team.organisation.id, 'Hafen');
    await record(team, [
      { locationId: hafen, week: 20, minutes: 300 },
      { locationId: hafen, week: 25, minutes: 100 },
    ]);
    const running = await compareWithBenchmark(team.manager, { from: '2026-W25', to: '2026-W25' }, { now });
    expect(running.period).toMatchObject({ weeks: 1, countedWeeks: 0, currentWeek: '2026-W25' });
    expect(running.hasData).toBe(false);
    expect(running.totals.minutes).toBe(0);
    expect(running.averages.minutesPerWorkingDay).toBe(0);
    expect(running.trend).toEqual([
      expect.objectContaining({ minutes: 100, counted: false, unfinished: true }),
    ]);
    expect(running.perLocation?.withData).toBe(0);

    const past = await compareWithBenchmark(team.manager, { from: '2026-W14', to: '2026-W24' }, { now });
    expect(past.period).toMatchObject({ weeks: 11, countedWeeks: 11, currentWeek: null });
    expect(past.totals.minutes).toBe(300);
    expect(past.trend.every((row) => row.counted && !row.unfinished)).toBe(true);
  });
});

describe('per-location averages', () => {
  it('divide by the locations with data in the counted weeks, archived ones included', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    const lehe = await insertTestLocation(organisationId, 'Lehe');
    const mitte = await insertTestLocation(organisationId, 'Mitte');
    const quiet = await insertTestLocation(organisationId, 'Geestemünde');
    const closed = await insertTestLocation(organisationId, 'Alt', { archivedAt: new Date() });
    const newcomer = await insertTestLocation(organisationId, 'Neu');
    const reportsZero = await insertTestLocation(organisationId, 'Fischereihafen');
    await record(team, [
      { locationId: lehe, week: 23, minutes: 900, posts: 4 },
      { locationId: mitte, week: 24, minutes: 300, posts: 2 },
      { locationId: closed, week: 22, minutes: 450 },
      // A check-in without minutes is data too; minutes only in the running week are not yet.
      { locationId: reportsZero, week: 24, minutes: 0 },
      { locationId: newcomer, week: 25, minutes: 500 },
    ]);
    void quiet;

    const result = await compareWithBenchmark(team.manager, {}, { now });
    expect(result.scope).toMatchObject({ kind: 'organisation', locations: 5, locationsWithData: 4 });
    expect(result.totals.minutes).toBe(1650);
    expect(result.averages.minutesPerWorkingDayPerLocation).toBe(round(1650 / (11 * 5) / 4));
    expect(result.averages.postsPerWeekPerLocation).toBe(round(6 / 11 / 4));
    expect(result.perLocation?.withData).toBe(4);

    // The dashboard asks without the tables: the same divisor.
    const withoutTables = await compareWithBenchmark(team.manager, {}, { now, subjectTables: false });
    expect(withoutTables.scope.locationsWithData).toBe(4);
    expect(withoutTables.averages).toEqual(result.averages);

    // With the running week, the newcomer counts too.
    const withCurrent = await compareWithBenchmark(team.manager, { includeCurrentWeek: true }, { now });
    expect(withCurrent.scope.locationsWithData).toBe(5);
    expect(withCurrent.averages.minutesPerWorkingDayPerLocation).toBe(round(2150 / (12 * 5) / 5));
  });

  it('are null when no location has data', async () => {
    const team = await createTeam();
    await insertTestLocation(team.organisation.id, 'Leer');
    const result = await compareWithBenchmark(team.manager, {}, { now });
    expect(result.scope).toMatchObject({ locations: 1, locationsWithData: 0 });
    expect(result.averages.minutesPerWorkingDayPerLocation).toBeNull();
    expect(result.averages.postsPerWeekPerLocation).toBeNull();
  });
});

/** The statements PostgreSQL receives while `run` works. */
async function countQueries(run: () => Promise<unknown>) {
  const query = vi.spyOn(pool(), 'query');
  try {
    await run();
    return query.mock.calls.length;
  } finally {
    query.mockRestore();
  }
}

describe('query counts', () => {
  it('stay the same with more locations and whether or not the running week counts', async () => {
    const team = await createTeam();
    const first = await insertTestLocation(team.organisation.id, 'Erste');
    await record(team, [{ locationId: first, week: 24, minutes: 60 }]);
    const runs = {
      page: () => compareWithBenchmark(team.manager, {}, { now }),
      withCurrent: () => compareWithBenchmark(team.manager, { includeCurrentWeek: true }, { now }),
      dashboard: () => compareWithBenchmark(team.manager, {}, { now, subjectTables: false }),
      location: () => compareWithBenchmark(team.manager, { locationId: first }, { now }),
    };
    // Each run right after a write, so no cached read answers it.
    const counts = async () => {
      const result: Record<string, number> = {};
      for (const [name, run] of Object.entries(runs)) {
        await timeEntry(team, first, weekStartOf(week(20)), 1);
        result[name] = await countQueries(run);
      }
      return result;
    };
    const small = await counts();
    const more = await Promise.all(
      Array.from({ length: 25 }, (_, index) => insertTestLocation(team.organisation.id, `Filiale ${index}`)),
    );
    await record(
      team,
      more.flatMap((locationId, index) => [
        { locationId, week: 18 + (index % 6), minutes: 30 + index },
        { locationId, week: 25, minutes: 10 },
      ]),
    );
    expect(await counts()).toEqual(small);
    expect(small.page).toBe(small.withCurrent);
  });
});
