// A year of weekly check-ins for the demo bakery, so the benchmarks, trends and dashboard have
// something to show: each branch with a responsible person submitted every week up to last
// week; this week one branch has a draft and a few minutes are in the time log.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import {
  addIsoWeeks,
  currentIsoWeek,
  todayIn,
  toUtcDate,
  weekStartOf,
  mondayOf,
} from '../../lib/weeks/iso-week';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const weeksOfHistory = 52;

/** A small deterministic generator, so every demo database tells the same story. */
function sequence(seed: number) {
  let state = seed;
  return (min: number, max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return min + (state % (max - min + 1));
  };
}

export async function seedDemoCheckIns(tx: Tx, organisationId: string, timeZone: string, now = new Date()) {
  const platforms = await tx.platform.findMany({
    where: { key: { in: ['facebook', 'instagram', 'google-business-profile'] } },
    select: { id: true, key: true },
  });
  const platformId = (key: string) => platforms.find((platform) => platform.key === key)!.id;
  const locations = await tx.location.findMany({
    where: { organisationId, assignedMembershipId: { not: null } },
    select: { id: true, assignedMembershipId: true },
    orderBy: { storeCode: 'asc' },
  });
  const thisWeek = currentIsoWeek(timeZone, now);
  for (const [index, location] of locations.entries()) {
    const random = sequence(index + 7);
    for (let back = weeksOfHistory; back >= 1; back--) {
      const week = addIsoWeeks(thisWeek, -back);
      // Summer is busier: more posts about ice cream and terrace seating.
      const season = week.week >= 20 && week.week <= 36 ? 15 : 0;
      await tx.checkIn.create({
        data: {
          organisationId,
          locationId: location.id,
          weekStart: toUtcDate(weekStartOf(week)),
          membershipId: location.assignedMembershipId,
          status: 'SUBMITTED',
          submittedAt: toUtcDate(weekStartOf(addIsoWeeks(week, 1))),
          postsPublished: random(1, 5),
          reviewsAnswered: random(0, 4),
          minutes: {
            create: [
              { platformId: platformId('facebook'), activity: 'POSTING', minutes: random(30, 70) + season },
              { platformId: platformId('facebook'), activity: 'DIALOGUE', minutes: random(15, 45) },
              { platformId: platformId('instagram'), activity: 'POSTING', minutes: random(20, 60) + season },
              {
                platformId: platformId('google-business-profile'),
                activity: 'REVIEW_REPLIES',
                minutes: random(10, 30),
              },
            ],
          },
        },
      });
    }
  }
  const first = locations[0];
  if (!first) return;
  const today = todayIn(timeZone, now);
  await tx.checkIn.create({
    data: {
      organisationId,
      locationId: first.id,
      weekStart: toUtcDate(weekStartOf(thisWeek)),
      membershipId: first.assignedMembershipId,
      postsPublished: 1,
      minutes: { create: [{ platformId: platformId('facebook'), activity: 'POSTING', minutes: 30 }] },
      notes: 'Adventsaktion geplant.',
    },
  });
  await tx.timeEntry.create({
    data: {
      organisationId,
      locationId: first.id,
      membershipId: first.assignedMembershipId,
      entryDate: toUtcDate(today),
      weekStart: toUtcDate(mondayOf(today)),
      minutes: 20,
      platformId: platformId('google-business-profile'),
      activity: 'REVIEW_REPLIES',
      note: 'Zwei neue Bewertungen beantwortet.',
    },
  });
}
