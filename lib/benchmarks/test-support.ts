// Test data for the comparison tests: check-ins with minute lines and time entries, written
// straight into the tables (a year of weeks in a few statements), and a seeded random source so
// every run writes the same figures. Locations: insertTestLocation (tests/support/factories.ts).
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/prisma';
import type { ActivityValue } from '@/lib/checkins/activities';
import { mondayOf, toUtcDate, weekStartOf, type IsoWeek, type PlainDate } from '@/lib/weeks/iso-week';

/** mulberry32: a small deterministic random source. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type MinuteLine = { platformId: string; activity: ActivityValue; minutes: number };

export type CheckInRecord = {
  organisationId: string;
  locationId: string;
  membershipId: string | null;
  week: IsoWeek;
  postsPublished: number;
  reviewsAnswered: number;
  lines: MinuteLine[];
};

export type TimeEntryRecord = {
  organisationId: string;
  locationId: string;
  membershipId: string | null;
  date: PlainDate;
  minutes: number;
  platformId: string;
  activity: ActivityValue;
};

/** Writes check-ins with their minute lines and time entries, in three statements. */
export async function insertRecords(checkIns: CheckInRecord[], timeEntries: TimeEntryRecord[]) {
  const withIds = checkIns.map((checkIn) => ({ ...checkIn, id: randomUUID() }));
  await db.checkIn.createMany({
    data: withIds.map((checkIn) => ({
      id: checkIn.id,
      organisationId: checkIn.organisationId,
      locationId: checkIn.locationId,
      membershipId: checkIn.membershipId,
      weekStart: toUtcDate(weekStartOf(checkIn.week)),
      status: 'SUBMITTED',
      postsPublished: checkIn.postsPublished,
      reviewsAnswered: checkIn.reviewsAnswered,
    })),
  });
  await db.checkInMinutes.createMany({
    data: withIds.flatMap((checkIn) => checkIn.lines.map((line) => ({ checkInId: checkIn.id, ...line }))),
  });
  await db.timeEntry.createMany({
    data: timeEntries.map((entry) => {
      return {
        organisationId: entry.organisationId,
        locationId: entry.locationId,
        membershipId: entry.membershipId,
        entryDate: toUtcDate(entry.date),
        weekStart: toUtcDate(mondayOf(entry.date)),
        minutes: entry.minutes,
        platformId: entry.platformId,
        activity: entry.activity,
      };
    }),
  });
}

/** A check-in with one line, for tests that need an exact number of minutes in a week. */
export function singleLineCheckIn(
  base: Pick<CheckInRecord, 'organisationId' | 'locationId' | 'membershipId'>,
  week: IsoWeek,
  line: MinuteLine,
  postsPublished = 0,
): CheckInRecord {
  return { ...base, week, postsPublished, reviewsAnswered: 0, lines: line.minutes > 0 ? [line] : [] };
}
