import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities } from '@/lib/checkins/activities';
import {
  addDaysToDate,
  compareIsoWeeks,
  formatIsoWeek,
  isoWeekOfDate,
  isoWeeksBetween,
  weekStartOf,
  type IsoWeek,
} from '@/lib/weeks/iso-week';
import {
  addMember,
  createTeam,
  createTestUser,
  expectAppError,
  insertTestLocation,
  memberContextOf,
  platformIdsByKey,
} from '@/tests/support/factories';
import { insertTestGroup, limitToGroups } from '@/tests/support/group-scope';
import { createBenchmarkSet } from './benchmark-sets';
import { compareWithBenchmark } from './comparison';
import { insertRecords, seededRandom, type CheckInRecord, type TimeEntryRecord } from './test-support';
import { benchmarkSetCreateSchema } from './schemas';

// A year of weekly data (2026-W03 to 2027-W01, across 2026-W53) for three locations and three
// members, with random minutes from a fixed seed; the expected figures are recomputed here from
// the raw records, independently of the SQL.
const from: IsoWeek = { year: 2026, week: 3 };
const to: IsoWeek = { year: 2027, week: 1 };
const periodWeeks = isoWeeksBetween(from, to);
const platformKeys = ['facebook', 'instagram', 'xing', 'google-business-profile'];
const round = (value: number) => Math.round(value * 10) / 10;
/** A clock after the period, so that every week of it has ended and counts. */
const afterPeriod = { now: new Date('2027-02-01T12:00:00Z') };

type World = Awaited<ReturnType<typeof seedYear>>;

async function seedYear() {
  const team = await createTeam();
  const second = await createTestUser({ label: 'staff2' });
  const staff2 = (await addMember(team.organisation.id, second, 'STAFF')).id;
  const organisationId = team.organisation.id;
  const platforms = await platformIdsByKey(platformKeys);
  const lehe = await insertTestLocation(organisationId, 'Lehe', {
    assignedMembershipId: team.staff.membershipId,
  });
  const mitte = await insertTestLocation(organisationId, 'Mitte', { assignedMembershipId: staff2 });
  const hafen = await insertTestLocation(organisationId, 'Hafen');
  await insertTestLocation(organisationId, 'Alt', { archivedAt: new Date() });
  const owners: Record<string, string | null> = {
    [lehe]: team.staff.membershipId,
    [mitte]: staff2,
    [hafen]: null,
  };
  const members = [team.staff.membershipId, staff2, team.manager.membershipId];
  const random = seededRandom(20261126);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const checkIns: CheckInRecord[] = [];
  const timeEntries: TimeEntryRecord[] = [];
  // One week before and one after the period, which must not count.
  const weeks = [{ year: 2026, week: 2 }, ...periodWeeks, { year: 2027, week: 2 }];
  weeks.forEach((week, index) => {
    for (const locationId of [lehe, mitte, hafen]) {
      // Some weeks have nothing at all (2026-W10, and every 9th week at Mitte).
      if (week.year === 2026 && week.week === 10) continue;
      if (locationId === mitte && index % 9 === 0) continue;
      const lineKeys = new Set<string>();
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        platformId: platforms[pick(platformKeys.slice(0, 3))]!,
        activity: pick(activities),
        minutes: Math.floor(random() * 240),
      })).filter(
        (line) =>
          !lineKeys.has(`${line.platformId}${line.activity}`) &&
          lineKeys.add(`${line.platformId}${line.activity}`),
      );
      checkIns.push({
        organisationId,
        locationId,
        membershipId: owners[locationId] ?? team.manager.membershipId,
        week,
        postsPublished: Math.floor(random() * 8),
        reviewsAnswered: Math.floor(random() * 4),
        lines,
      });
      const entries = Math.floor(random() * 3);
      for (let entry = 0; entry < entries; entry += 1)
        timeEntries.push({
          organisationId,
          locationId,
          membershipId: pick(members),
          date: addDaysToDate(weekStartOf(week), Math.floor(random() * 7)),
          minutes: 1 + Math.floor(random() * 120),
          platformId: platforms[pick(platformKeys)]!,
          activity: pick(activities),
        });
    }
  });
  await insertRecords(checkIns, timeEntries);
  return { team, staff2, lehe, mitte, hafen, platforms, checkIns, timeEntries };
}

const inPeriod = (week: IsoWeek) => compareIsoWeeks(week, from) >= 0 && compareIsoWeeks(week, to) <= 0;

/** The expected figures, from the raw records. */
function expected(world: World, keep: { locationId?: string; membershipId?: string }) {
  const matches = (record: { locationId: string; membershipId: string | null }) =>
    (!keep.locationId || record.locationId === keep.locationId) &&
    (!keep.membershipId || record.membershipId === keep.membershipId);
  const checkIns = world.checkIns.filter((checkIn) => inPeriod(checkIn.week) && matches(checkIn));
  const entries = world.timeEntries.filter((entry) => inPeriod(isoWeekOfDate(entry.date)) && matches(entry));
  const minutesByWeek = new Map<string, number>();
  const add = (week: IsoWeek, minutes: number) =>
    minutesByWeek.set(formatIsoWeek(week), (minutesByWeek.get(formatIsoWeek(week)) ?? 0) + minutes);
  checkIns.forEach((checkIn) => checkIn.lines.forEach((line) => add(checkIn.week, line.minutes)));
  entries.forEach((entry) => add(isoWeekOfDate(entry.date), entry.minutes));
  const minutes = [...minutesByWeek.values()].reduce((sum, value) => sum + value, 0);
  const posts = checkIns.reduce((sum, checkIn) => sum + checkIn.postsPublished, 0);
  const reviews = checkIns.reduce((sum, checkIn) => sum + checkIn.reviewsAnswered, 0);
  const weeks = periodWeeks.length;
  return { minutes, posts, reviews, checkIns: checkIns.length, minutesByWeek, weeks };
}

describe('compareWithBenchmark over a year of weekly data', () => {
  let world: World;
  beforeAll(async () => {
    world = await seedYear();
  });

  it('computes the organisation figures as the definitions say', async () => {
    const result = await compareWithBenchmark(
      world.team.manager,
      { from: '2026-W03', to: '2027-W01' },
      afterPeriod,
    );
    const want = expected(world, {});
    expect(want.weeks).toBe(52);
    expect(result.period).toMatchObject({ fromWeek: '2026-W03', toWeek: '2027-W01', weeks: 52 });
    expect(result.totals).toEqual({
      minutes: want.minutes,
      posts: want.posts,
      reviewsAnswered: want.reviews,
      checkIns: want.checkIns,
    });
    expect(result.scope).toMatchObject({ kind: 'organisation', locations: 3 });
    expect(result.averages).toEqual({
      minutesPerWorkingDay: round(want.minutes / (52 * 5)),
      minutesPerDay: round(want.minutes / (52 * 7)),
      postsPerWeek: round(want.posts / 52),
      reviewsAnsweredPerWeek: round(want.reviews / 52),
      minutesPerWorkingDayPerLocation: round(want.minutes / (52 * 5 * 3)),
      postsPerWeekPerLocation: round(want.posts / 52 / 3),
    });
    expect(result.byActivity.reduce((sum, row) => sum + row.minutes, 0)).toBe(want.minutes);
    expect(result.byPlatform.reduce((sum, row) => sum + row.minutes, 0)).toBe(want.minutes);
    expect(result.perLocation?.rows.map((row) => row.name).sort()).toEqual(['Hafen', 'Lehe', 'Mitte']);
    expect(result.perLocation?.withData).toBe(3);
    expect(result.perMember?.total).toBe(4);
    const lehe = result.perLocation!.rows.find((row) => row.id === world.lehe)!;
    expect(lehe.minutes).toBe(expected(world, { locationId: world.lehe }).minutes);
  });

  it('has every week of the period in the trend, zeros and 2026-W53 included', async () => {
    const result = await compareWithBenchmark(
      world.team.owner,
      { from: '2026-W03', to: '2027-W01' },
      afterPeriod,
    );
    const want = expected(world, {});
    expect(result.trend.map((week) => week.week)).toEqual(periodWeeks.map(formatIsoWeek));
    expect(result.trend.at(-2)).toMatchObject({ week: '2026-W53', weekStart: '2026-12-28' });
    expect(result.trend.at(-1)).toMatchObject({ week: '2027-W01', weekStart: '2027-01-04' });
    const quiet = result.trend.find((week) => week.week === '2026-W10')!;
    expect(quiet).toMatchObject({ minutes: 0, posts: 0, reviewsAnswered: 0, checkIns: 0 });
    for (const week of result.trend)
      expect(week.minutes, week.week).toBe(want.minutesByWeek.get(week.week) ?? 0);
  });

  it('computes one location and one member the same way', async () => {
    const location = await compareWithBenchmark(
      world.team.manager,
      {
        from: '2026-W03',
        to: '2027-W01',
        locationId: world.mitte,
      },
      afterPeriod,
    );
    const wantLocation = expected(world, { locationId: world.mitte });
    expect(location.scope).toMatchObject({ kind: 'location', locations: 1, location: { name: 'Mitte' } });
    expect(location.totals.minutes).toBe(wantLocation.minutes);
    expect(location.totals.posts).toBe(wantLocation.posts);
    expect(location.averages.minutesPerWorkingDay).toBe(round(wantLocation.minutes / 260));
    expect(location.averages.minutesPerWorkingDayPerLocation).toBeNull();
    expect(location.perLocation).toBeNull();

    const member = await compareWithBenchmark(
      world.team.manager,
      {
        from: '2026-W03',
        to: '2027-W01',
        membershipId: world.team.staff.membershipId,
      },
      afterPeriod,
    );
    const wantMember = expected(world, { membershipId: world.team.staff.membershipId });
    expect(member.scope).toMatchObject({ kind: 'member', locations: 1 });
    expect(member.totals).toMatchObject({ minutes: wantMember.minutes, posts: wantMember.posts });
    expect(member.averages.postsPerWeek).toBe(round(wantMember.posts / 52));
  });

  it('matches active platforms with the survey and lists the survey platforms without activity', async () => {
    const result = await compareWithBenchmark(
      world.team.manager,
      { from: '2026-W03', to: '2027-W01' },
      afterPeriod,
    );
    const active = Object.fromEntries(
      result.platforms.active.map((row) => [row.key, row.survey?.sharePercent ?? null]),
    );
    expect(active).toMatchObject({ facebook: 53.9, xing: 50.8, instagram: null });
    const notActive = result.platforms.surveyNotActive.map((row) => [row.key, row.tracked]);
    expect(notActive).toEqual([
      ['twitter', true],
      ['youtube', true],
      ['blogs', false],
      ['linkedin', true],
      ['google-plus', false],
    ]);
    expect(result.activeShare?.sharePercent).toBe(75);
    expect(result.goals.map((goal) => goal.sharePercent)).toEqual([59.2, 48.7, 36.9, 33.5]);
  });

  it('limits staff to their own figures', async () => {
    const own = await compareWithBenchmark(
      world.team.staff,
      { from: '2026-W03', to: '2027-W01' },
      afterPeriod,
    );
    expect(own.scope).toMatchObject({ kind: 'member', member: { id: world.team.staff.membershipId } });
    expect(own.totals.minutes).toBe(expected(world, { membershipId: world.team.staff.membershipId }).minutes);
    expect(own.perLocation).toBeNull();
    expect(own.perMember).toBeNull();
    const ownLocation = await compareWithBenchmark(world.team.staff, { locationId: world.lehe });
    expect(ownLocation.scope.kind).toBe('location');
    await expectAppError(compareWithBenchmark(world.team.staff, { locationId: world.mitte }), 'NOT_FOUND');
    await expectAppError(compareWithBenchmark(world.team.staff, { membershipId: world.staff2 }), 'NOT_FOUND');
  });

  it('keeps organisations apart', async () => {
    const other = await createTeam();
    const result = await compareWithBenchmark(
      other.manager,
      { from: '2026-W03', to: '2027-W01' },
      afterPeriod,
    );
    expect(result.totals).toEqual({ minutes: 0, posts: 0, reviewsAnswered: 0, checkIns: 0 });
    expect(result.hasData).toBe(false);
    await expectAppError(compareWithBenchmark(other.manager, { locationId: world.lehe }), 'NOT_FOUND');
    await expectAppError(
      compareWithBenchmark(other.manager, { membershipId: world.team.staff.membershipId }),
      'NOT_FOUND',
    );
    const own = await createBenchmarkSet(
      world.team.manager,
      benchmarkSetCreateSchema.parse({
        name: 'Eigene Umfrage',
        source: 'Verband',
        year: 2025,
        sampleSize: 80,
        figures: [
          { metric: 'DAILY_TIME', label: 'bis 1 Stunde', sharePercent: 60, minMinutes: 0, maxMinutes: 60 },
        ],
      }),
    );
    await expectAppError(compareWithBenchmark(other.manager, { set: own.id }), 'NOT_FOUND');
    const withOwn = await compareWithBenchmark(world.team.manager, { set: own.id });
    expect(withOwn.set).toMatchObject({ name: 'Eigene Umfrage', year: 2025, sampleSize: 80, builtIn: false });
  });

  it("counts a limited manager's groups only, and a group filter the same way", async () => {
    const north = await insertTestGroup(world.team.organisation.id, `Nord ${randomUUID()}`, [
      world.lehe,
      world.hafen,
    ]);
    const limitedUser = await createTestUser({ label: 'limited-manager' });
    const { id: membershipId } = await addMember(world.team.organisation.id, limitedUser, 'MANAGER');
    await limitToGroups(world.team.organisation.id, membershipId, [north]);
    const limited = await memberContextOf(limitedUser, world.team.organisation.slug);
    const period = { from: '2026-W03', to: '2027-W01' };
    const lehe = expected(world, { locationId: world.lehe });
    const hafen = expected(world, { locationId: world.hafen });

    const result = await compareWithBenchmark(limited, period, afterPeriod);
    expect(result.scope).toMatchObject({ kind: 'organisation', locations: 2 });
    expect(result.totals).toEqual({
      minutes: lehe.minutes + hafen.minutes,
      posts: lehe.posts + hafen.posts,
      reviewsAnswered: lehe.reviews + hafen.reviews,
      checkIns: lehe.checkIns + hafen.checkIns,
    });
    expect(result.perLocation?.rows.map((row) => row.name).sort()).toEqual(['Hafen', 'Lehe']);
    await expectAppError(compareWithBenchmark(limited, { ...period, locationId: world.mitte }), 'NOT_FOUND');
    const own = await compareWithBenchmark(limited, { ...period, locationId: world.lehe }, afterPeriod);
    expect(own.totals.minutes).toBe(lehe.minutes);

    const filtered = await compareWithBenchmark(world.team.owner, { ...period, group: north }, afterPeriod);
    expect(filtered.totals).toEqual(result.totals);
    const south = await insertTestGroup(world.team.organisation.id, `Süd ${randomUUID()}`, [world.mitte]);
    await expectAppError(compareWithBenchmark(limited, { ...period, group: south }), 'NOT_FOUND');
    const stranger = await createTeam();
    await expectAppError(compareWithBenchmark(stranger.owner, { ...period, group: north }), 'NOT_FOUND');
  });
});

describe('the default period', () => {
  it('is the 12 weeks up to the current week on the organisation clock', async () => {
    const team = await createTeam();
    // Monday 00:30 in Berlin is still Sunday in UTC: the current week there is 2027-W01.
    const result = await compareWithBenchmark(team.manager, {}, { now: new Date('2027-01-03T23:30:00Z') });
    expect(result.period).toMatchObject({ fromWeek: '2026-W43', toWeek: '2027-W01', weeks: 12 });
    expect(result.trend).toHaveLength(12);
    const onlyTo = await compareWithBenchmark(team.manager, { to: '2026-12-31' });
    expect(onlyTo.period).toMatchObject({ fromWeek: '2026-W42', toWeek: '2026-W53' });
  });

  it('refuses reversed, too long and non-existent periods', async () => {
    const team = await createTeam();
    await expect(compareWithBenchmark(team.manager, { from: '2026-W10', to: '2026-W09' })).rejects.toThrow(
      'benchmarks.errors.periodReversed',
    );
    await expect(compareWithBenchmark(team.manager, { from: '2023-W01', to: '2026-W01' })).rejects.toThrow(
      'benchmarks.errors.periodTooLong',
    );
    await expect(compareWithBenchmark(team.manager, { from: '2025-W53' })).rejects.toThrow(
      'benchmarks.errors.weekInvalid',
    );
  });
});
