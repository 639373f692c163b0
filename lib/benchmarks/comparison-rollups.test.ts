// The comparison rollups (migration comparison_rollups) against a fresh aggregate of their
// sources after inserts, updates and deletes of check-ins, minute lines and time entries, a
// member's removal and a location's deletion; and the blocks a period is read from.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { createTeam, insertTestLocation, platformIdsByKey } from '@/tests/support/factories';
import { until } from '@/tests/support/until';
import { addIsoWeeks, type IsoWeek } from '@/lib/weeks/iso-week';
import { periodBlocks } from './comparison-queries';
import { insertRecords, seededRandom, type CheckInRecord, type TimeEntryRecord } from './test-support';

type Team = Awaited<ReturnType<typeof createTeam>>;

/**
 * The organisations' rollup rows next to the same figures aggregated from check_ins and
 * community_minutes now (other test files write other organisations into the same database).
 */
async function rollupsAndSources(organisationIds: string[]) {
  const ours = Prisma.sql`organisation_id = ANY(${organisationIds}::uuid[])`;
  const [platformMinutes, freshPlatformMinutes] = await Promise.all([
    db.$queryRaw`SELECT organisation_id::text, week_start::text, platform_id::text, activity::text,
                        minutes::int, lines FROM weekly_platform_minutes WHERE ${ours} ORDER BY 1, 2, 3, 4`,
    db.$queryRaw`SELECT organisation_id::text, week_start::text, platform_id::text, activity::text,
                        sum(minutes)::int AS minutes, count(*)::int AS lines
                 FROM community_minutes WHERE ${ours} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  ]);
  const [checkIns, freshCheckIns] = await Promise.all([
    db.$queryRaw`SELECT organisation_id::text, week_start::text, check_ins, posts::int, reviews::int
                 FROM weekly_check_in_totals WHERE ${ours} ORDER BY 1, 2`,
    db.$queryRaw`SELECT organisation_id::text, week_start::text, count(*)::int AS check_ins,
                        sum(posts_published)::int AS posts, sum(reviews_answered)::int AS reviews
                 FROM check_ins WHERE ${ours} GROUP BY 1, 2 ORDER BY 1, 2`,
  ]);
  const [subjects, freshSubjects] = await Promise.all([
    db.$queryRaw`SELECT organisation_id::text, block_weeks, block_start::text, location_id::text,
                        membership_id::text, minutes::int, lines, check_ins, posts::int, reviews::int
                 FROM subject_block_totals WHERE ${ours} ORDER BY 1, 2, 3, 4, 5`,
    db.$queryRaw`SELECT x.organisation_id::text, b.weeks AS block_weeks,
                        rollup_block_start(x.week_start, b.weeks)::text AS block_start, x.location_id::text,
                        COALESCE(x.membership_id, '00000000-0000-0000-0000-000000000000')::text AS membership_id,
                        sum(x.minutes)::int AS minutes, sum(x.lines)::int AS lines, sum(x.check_ins)::int AS check_ins,
                        sum(x.posts)::int AS posts, sum(x.reviews)::int AS reviews
                 FROM (
                   SELECT organisation_id, location_id, membership_id, week_start, 0 AS minutes, 0 AS lines,
                          1 AS check_ins, posts_published AS posts, reviews_answered AS reviews
                   FROM check_ins WHERE ${ours}
                   UNION ALL
                   SELECT organisation_id, location_id, membership_id, week_start, minutes, 1, 0, 0, 0
                   FROM community_minutes WHERE ${ours}
                 ) x CROSS JOIN (VALUES (1), (4), (16), (64)) AS b(weeks)
                 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
  ]);
  return {
    rollups: { platformMinutes, checkIns, subjects },
    sources: { platformMinutes: freshPlatformMinutes, checkIns: freshCheckIns, subjects: freshSubjects },
  };
}

async function expectRollupsExact(organisationIds: string[]) {
  const { rollups, sources } = await rollupsAndSources(organisationIds);
  expect(rollups).toEqual(sources);
  return rollups;
}

describe('the comparison rollups', () => {
  let team: Team;
  let otherTeam: Team;
  let locations: string[];
  let platforms: Record<string, string>;
  const firstWeek: IsoWeek = { year: 2025, week: 20 };
  const organisations = () => [team.owner.organisation.id, otherTeam.owner.organisation.id];

  beforeAll(async () => {
    [team, otherTeam] = await Promise.all([createTeam(), createTeam()]);
    platforms = await platformIdsByKey(['facebook', 'instagram', 'google-business-profile']);
    const organisationId = team.owner.organisation.id;
    locations = [
      await insertTestLocation(organisationId, 'Am Hafen', { assignedMembershipId: team.staff.membershipId }),
      await insertTestLocation(organisationId, 'Altstadt', {
        assignedMembershipId: team.manager.membershipId,
      }),
      await insertTestLocation(organisationId, 'Bahnhof'),
    ];
    const otherLocation = await insertTestLocation(otherTeam.owner.organisation.id, 'Fremd', {
      assignedMembershipId: otherTeam.staff.membershipId,
    });

    const random = seededRandom(7);
    const keys = Object.values(platforms);
    const checkIns: CheckInRecord[] = [];
    const timeEntries: TimeEntryRecord[] = [];
    const subjects = [
      ...locations.map((locationId, index) => ({
        organisationId,
        locationId,
        membershipId: [team.staff.membershipId, team.manager.membershipId, null][index]!,
      })),
      {
        organisationId: otherTeam.owner.organisation.id,
        locationId: otherLocation,
        membershipId: otherTeam.staff.membershipId,
      },
    ];
    // 80 weeks, so the period crosses 64-, 16- and 4-week blocks; some weeks without a check-in.
    for (let offset = 0; offset < 80; offset += 1) {
      const week = addIsoWeeks(firstWeek, offset);
      for (const subject of subjects) {
        if (random() < 0.2) continue;
        const lines = keys
          .filter(() => random() < 0.7)
          .map((platformId, index) => ({
            platformId,
            activity: (['POSTING', 'DIALOGUE', 'REVIEW_REPLIES'] as const)[index]!,
            minutes: random() < 0.1 ? 0 : 1 + Math.floor(random() * 90),
          }));
        checkIns.push({
          ...subject,
          week,
          postsPublished: Math.floor(random() * 5),
          reviewsAnswered: Math.floor(random() * 3),
          lines,
        });
      }
    }
    for (let day = 0; day < 500; day += 9) {
      const subject = subjects[day % subjects.length]!;
      const date = new Date(Date.UTC(2025, 4, 12 + day)).toISOString().slice(0, 10);
      timeEntries.push({
        ...subject,
        // Every other entry logged by the organisation's owner instead of the location's member.
        membershipId:
          day % 2 === 1
            ? subject.membershipId
            : subject.organisationId === organisationId
              ? team.owner.membershipId
              : otherTeam.owner.membershipId,
        date,
        minutes: 5 + (day % 50),
        platformId: platforms.facebook!,
        activity: 'MONITORING',
      });
    }
    await insertRecords(checkIns, timeEntries);
  });

  it('hold what the inserted check-ins, lines and time entries add up to', async () => {
    const rollups = await expectRollupsExact(organisations());
    expect(rollups.subjects).not.toHaveLength(0);
    expect(rollups.platformMinutes).not.toHaveLength(0);
  });

  it('follow updates of counts, members, weeks and minutes', async () => {
    const organisationId = team.owner.organisation.id;
    const someCheckIns = await db.checkIn.findMany({
      where: { organisationId },
      orderBy: { weekStart: 'asc' },
      take: 6,
      select: { id: true, weekStart: true },
    });
    await db.checkIn.update({
      where: { id: someCheckIns[0]!.id },
      data: { postsPublished: 9, reviewsAnswered: 4 },
    });
    await db.checkIn.update({
      where: { id: someCheckIns[1]!.id },
      data: { membershipId: team.owner.membershipId },
    });
    await db.checkIn.update({
      where: { id: someCheckIns[2]!.id },
      data: { membershipId: null, notes: 'neu' },
    });
    await db.checkIn.updateMany({ where: { organisationId }, data: { version: { increment: 1 } } });
    await db.checkInMinutes.updateMany({
      where: { checkInId: { in: someCheckIns.slice(3).map((checkIn) => checkIn.id) } },
      data: { minutes: { increment: 7 } },
    });
    await db.checkInMinutes.updateMany({
      where: { checkInId: someCheckIns[3]!.id, platformId: platforms.facebook! },
      data: { platformId: platforms.instagram!, activity: 'MONITORING' },
    });
    const entry = await db.timeEntry.findFirstOrThrow({
      where: { organisationId },
      orderBy: { entryDate: 'asc' },
    });
    await db.timeEntry.update({
      where: { id: entry.id },
      data: {
        minutes: 44,
        membershipId: team.staff.membershipId,
        locationId: locations[1]!,
        entryDate: new Date('2026-01-07'),
        weekStart: new Date('2026-01-05'),
        platformId: platforms.instagram!,
      },
    });
    await expectRollupsExact(organisations());
  });

  it('follow deleted lines, entries and check-ins, emptied rows included', async () => {
    const organisationId = team.owner.organisation.id;
    const [first, second] = await db.checkIn.findMany({
      where: { organisationId, locationId: locations[0]! },
      orderBy: { weekStart: 'desc' },
      take: 2,
      select: { id: true },
    });
    await db.checkInMinutes.deleteMany({ where: { checkInId: first!.id } });
    await db.checkIn.delete({ where: { id: second!.id } });
    await db.checkInMinutes.create({
      data: { checkInId: first!.id, platformId: platforms.facebook!, activity: 'DIALOGUE', minutes: 12 },
    });
    await db.timeEntry.deleteMany({ where: { organisationId, minutes: { lt: 30 } } });
    await expectRollupsExact(organisations());
  });

  it('follow a member removed (their figures go to nobody) and a location deleted (its figures go)', async () => {
    await db.membership.delete({ where: { id: team.staff.membershipId } });
    await expectRollupsExact(organisations());
    await db.location.delete({ where: { id: locations[1]! } });
    const rollups = await expectRollupsExact(organisations());
    expect(JSON.stringify(rollups.subjects)).not.toContain(locations[1]!);
    expect(JSON.stringify(rollups.subjects)).toContain(otherTeam.owner.organisation.id);
  });

  it('are empty again when the organisations are gone', async () => {
    await db.organisation.deleteMany({
      where: { id: { in: [team.owner.organisation.id, otherTeam.owner.organisation.id] } },
    });
    const rollups = await expectRollupsExact(organisations());
    expect(rollups).toEqual({ platformMinutes: [], checkIns: [], subjects: [] });
  });
});

async function backendPid(client: pg.Client) {
  return (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
}

/** Whether the session `waiting` waits for a lock that the session `holder` holds. */
async function isBlockedBy(waiting: number, holder: number) {
  const [row] = await db.$queryRaw<{ blocked: boolean }[]>`
    SELECT ${holder}::int = ANY(pg_blocking_pids(${waiting}::int)) AS blocked`;
  return row!.blocked;
}

describe('concurrent writers of one organisation', () => {
  it('queue instead of deadlocking when they swap platforms of the same week', async () => {
    const team = await createTeam();
    const organisationId = team.owner.organisation.id;
    const platforms = await platformIdsByKey(['facebook', 'instagram']);
    const week: IsoWeek = { year: 2026, week: 10 };
    const locations = [
      await insertTestLocation(organisationId, 'Nord'),
      await insertTestLocation(organisationId, 'Süd'),
    ];
    await insertRecords(
      locations.map((locationId, index) => ({
        organisationId,
        locationId,
        membershipId: null,
        week,
        postsPublished: 0,
        reviewsAnswered: 0,
        lines: [
          {
            platformId: [platforms.facebook!, platforms.instagram!][index]!,
            activity: 'POSTING',
            minutes: 10,
          },
        ],
      })),
      [],
    );
    const checkIns = await Promise.all(
      locations.map((locationId) =>
        db.checkIn.findFirstOrThrow({ where: { locationId }, select: { id: true } }),
      ),
    );
    const clients = [0, 1].map(() => new pg.Client({ connectionString: process.env.DATABASE_URL }));
    await Promise.all(clients.map((client) => client.connect()));
    try {
      // Each rewrites its check-in's lines (delete, then insert both platforms), as a save does.
      const rewrite = (index: number) => [
        'BEGIN',
        `DELETE FROM check_in_minutes WHERE check_in_id = '${checkIns[index]!.id}'`,
        `INSERT INTO check_in_minutes (check_in_id, platform_id, activity, minutes)
         VALUES ('${checkIns[index]!.id}', '${platforms.facebook}', 'POSTING', 20),
                ('${checkIns[index]!.id}', '${platforms.instagram}', 'POSTING', 30)`,
        'COMMIT',
      ];
      const [first, second] = clients as [pg.Client, pg.Client];
      const [firstPid, secondPid] = await Promise.all([backendPid(first), backendPid(second)]);
      await first.query(rewrite(0)[0]!);
      await first.query(rewrite(0)[1]!);
      const secondDone = (async () => {
        for (const statement of rewrite(1)) await second.query(statement);
      })();
      // The second writer is queued behind the first one's organisation lock before the first goes on.
      await until(() => isBlockedBy(secondPid, firstPid));
      await first.query(rewrite(0)[2]!);
      await first.query(rewrite(0)[3]!);
      await secondDone;
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    const rollups = await expectRollupsExact([organisationId]);
    expect(rollups.platformMinutes).toContainEqual(
      expect.objectContaining({ organisation_id: organisationId, minutes: 40, lines: 2 }),
    );
  });
});

describe('periodBlocks', () => {
  const weekIndex = (date: string) => (Date.parse(date) - Date.UTC(2001, 0, 1)) / (7 * 86_400_000);

  it('covers every week of a period once with aligned blocks, at most a few per size', () => {
    for (let first = 1300; first < 1400; first += 7) {
      for (const length of [1, 3, 12, 13, 52, 53, 104, 156]) {
        const firstMonday = new Date(Date.UTC(2001, 0, 1 + 7 * first)).toISOString().slice(0, 10);
        const lastMonday = new Date(Date.UTC(2001, 0, 1 + 7 * (first + length - 1)))
          .toISOString()
          .slice(0, 10);
        const blocks = periodBlocks(firstMonday, lastMonday);
        const weeks = blocks.flatMap((block) => {
          const start = weekIndex(block.start);
          expect(start % block.weeks).toBe(0);
          return Array.from({ length: block.weeks }, (_, index) => start + index);
        });
        expect(weeks).toEqual(Array.from({ length }, (_, index) => first + index));
        expect(blocks.length).toBeLessThanOrEqual(20);
      }
    }
  });
});
