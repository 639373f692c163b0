// Records of the victim organisation that entry points aim at, made through the data layer as
// the victim's owner (or the member they belong to), so they are what the app itself would store.
import { randomUUID } from 'node:crypto';
import { createApiToken } from '@/lib/api-tokens/api-tokens';
import { createBenchmarkSet } from '@/lib/benchmarks/benchmark-sets';
import { benchmarkSetCreateSchema } from '@/lib/benchmarks/schemas';
import { createCalendarFeed } from '@/lib/calendar/calendar-feeds';
import { checkInSaveSchema } from '@/lib/checkins/schemas';
import { saveCheckInDraft, submitCheckIn } from '@/lib/checkins/write';
import { db } from '@/lib/db/prisma';
import { updateListingItem } from '@/lib/listings/checklist';
import { createCustomPlatform } from '@/lib/listings/platforms';
import { customPlatformSchema, listingUpdateSchema } from '@/lib/listings/schemas';
import { inviteMember } from '@/lib/organisations/invitations';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { createTimeEntry } from '@/lib/time-entries/time-entries';
import { timeEntryCreateSchema } from '@/lib/time-entries/schemas';
import { mondayOf, parseIsoWeek, toUtcDate } from '@/lib/weeks/iso-week';
import { addMember, createTestUser } from '@/tests/support/factories';
import type { World } from './world';

export const weekOf = (world: World) => parseIsoWeek(world.week)!;

export async function submittedCheckIn(world: World, locationId: string) {
  const owner = world.victim.owner.member;
  const draft = checkInSaveSchema.parse({ version: 0, postsPublished: 2, notes: 'Woche abgeschlossen' });
  const saved = await saveCheckInDraft(owner, locationId, weekOf(world), draft);
  await submitCheckIn(owner, locationId, weekOf(world), saved.version);
  return { locationId };
}

/** A saved checklist item (version 1) of the location on the world's platform. */
export async function listingItem(world: World, locationId: string) {
  await updateListingItem(
    world.victim.owner.member,
    locationId,
    world.platformId,
    listingUpdateSchema.parse({ version: 0, status: 'LIVE', notes: `${world.marker} notes` }),
  );
  const item = await db.listingItem.findFirstOrThrow({
    where: { locationId, platformId: world.platformId },
    select: { id: true },
  });
  return { locationId, listingItemId: item.id };
}

export async function benchmarkSet(world: World) {
  const { id } = await createBenchmarkSet(
    world.victim.owner.member,
    benchmarkSetCreateSchema.parse({
      name: `${world.marker} survey`,
      source: 'Own survey',
      year: 2025,
      sampleSize: 120,
      figures: [{ metric: 'ACTIVE_SHARE', label: 'Active', sharePercent: 40 }],
    }),
  );
  return { setId: id };
}

export async function customPlatform(world: World) {
  const { id } = await createCustomPlatform(
    world.victim.owner.member,
    customPlatformSchema.parse({ name: `${world.marker} Portal`, kind: 'DIRECTORY' }),
  );
  return { platformId: id };
}

/** An unread reminder of `membershipId` (default: the victim owner). */
export async function unreadNotification(
  world: World,
  membershipId = world.victim.owner.member.membershipId,
) {
  const { id } = await db.notification.create({
    data: {
      organisationId: world.victim.organisation.id,
      membershipId,
      kind: 'CHECKIN_DUE',
      weekStart: toUtcDate(mondayOf(world.today)),
      data: { locationCount: 1, locations: [{ id: world.victim.otherLocationId, name: world.marker }] },
    },
    select: { id: true },
  });
  return { notificationId: id };
}

export async function openInvitation(world: World) {
  const email = `invitee-${randomUUID()}@ortsbild.test`;
  await inviteMember(world.victim.owner.member, { email, role: 'STAFF' });
  const { id } = await db.invitation.findFirstOrThrow({ where: { email }, select: { id: true } });
  return { invitationId: id };
}

/** Another staff member, for role changes and removals (the world's own members stay as they are). */
export async function extraMember(world: World) {
  const user = await createTestUser({ label: 'victim-extra' });
  const { id } = await addMember(world.victim.organisation.id, user, 'STAFF');
  return { membershipId: id };
}

export async function apiTokenRecord(world: World) {
  const { record } = await createApiToken(world.victim.owner.member, { name: 'Victim second integration' });
  return { apiTokenId: record.id };
}

export async function calendarFeedToken(member: SessionMemberContext) {
  const { url } = await createCalendarFeed(member);
  return new URL(url).pathname.replace('/calendar/', '');
}

/**
 * A time entry at `locationId`, by the location's staff member when it is theirs, else by the
 * owner: staff may delete the first, not the second.
 */
export async function timeEntry(world: World, locationId: string) {
  const author =
    locationId === world.victim.assignedLocationId ? world.victim.staff.member : world.victim.owner.member;
  const entry = await createTimeEntry(
    author,
    timeEntryCreateSchema.parse({
      locationId,
      platformId: world.platformId,
      activity: 'POSTING',
      date: world.today,
      minutes: 20,
      note: `${world.marker} entry`,
    }),
  );
  return { locationId, timeEntryId: entry.id };
}
