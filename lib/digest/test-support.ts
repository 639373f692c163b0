// Set-up for the digest tests: a team in Berlin (check-in day Friday, reminders at 09:00) whose
// organisation works with two platforms only, and four long-standing locations in known states.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/prisma';
import type { ListingStatus, VerificationSource } from '@/lib/generated/prisma/enums';
import { insertLongStandingLocation } from '@/lib/reminders/test-support';
import { firstPlatformIds } from '@/lib/score-history/test-support';
import { createTeam, insertTestCheckIn } from '@/tests/support/factories';

/** Monday 30 November 2026, 09:00 in Berlin: week 49 starts, week 48's check-in is overdue. */
export const digestMonday = new Date('2026-11-30T08:00:00Z');
export const week48 = '2026-11-23';
export const week49 = '2026-11-30';
const day = 86_400_000;

/** Switches off every platform but the first two of the catalogue; returns those two. */
export async function keepTwoPlatforms(organisationId: string) {
  const [first, second] = await firstPlatformIds(2);
  const others = await db.platform.findMany({
    where: { organisationId: null, id: { notIn: [first!, second!] } },
    select: { id: true },
  });
  await db.organisationPlatform.createMany({
    data: others.map((platform) => ({ organisationId, platformId: platform.id, enabled: false })),
  });
  return { first: first!, second: second! };
}

async function item(
  organisationId: string,
  locationId: string,
  platformId: string,
  status: ListingStatus,
  lastCheckedDaysAgo: number | null = 1,
) {
  const { id } = await db.listingItem.create({
    data: {
      organisationId,
      locationId,
      platformId,
      status,
      mismatchedFields: [],
      lastCheckedAt:
        lastCheckedDaysAgo === null ? null : new Date(digestMonday.getTime() - lastCheckedDaysAgo * day),
    },
    select: { id: true },
  });
  return id;
}

export async function insertChange(
  listingItemId: string,
  options: {
    from: ListingStatus;
    to: ListingStatus;
    daysAgo: number;
    source?: VerificationSource;
    by?: string;
  },
) {
  await db.listingChange.create({
    data: {
      listingItemId,
      changedByName: options.by ?? 'Test',
      source: options.source ?? null,
      changedAt: new Date(digestMonday.getTime() - options.daysAgo * day),
      changes: { status: { from: options.from, to: options.to } },
    },
  });
}

/**
 * The staff member has Hafen (week 48 submitted; one listing needs an update, found by the website
 * check 2 days ago) and Altstadt (week 48 overdue; one listing stale, one not started). The manager
 * has Lehe (claim requested 3 days ago by a person; the other platform not applicable); Geestemünde
 * belongs to nobody (week 48 overdue, nothing started). Nobody submitted week 49.
 */
export async function seedDigestTeam() {
  const team = await createTeam();
  const organisationId = team.organisation.id;
  await db.organisation.update({
    where: { id: organisationId },
    data: { timeZone: 'Europe/Berlin', checkinWeekday: 5, reminderHour: 9, freshnessDays: 30 },
  });
  const { first, second } = await keepTwoPlatforms(organisationId);
  const staffId = team.staff.membershipId;
  const location = async (name: string, assignee: string | null) =>
    (
      await insertLongStandingLocation(organisationId, assignee, {
        name: `${name} ${randomUUID().slice(0, 4)}`,
      })
    ).id;
  const hafen = await location('Filiale Hafen', staffId);
  const altstadt = await location('Filiale Altstadt', staffId);
  const lehe = await location('Filiale Lehe', team.manager.membershipId);
  const geestemuende = await location('Filiale Geestemünde', null);
  await insertTestCheckIn(organisationId, hafen, week48);
  await insertTestCheckIn(organisationId, lehe, week48);
  await item(organisationId, hafen, first, 'LIVE');
  const hafenSecond = await item(organisationId, hafen, second, 'NEEDS_UPDATE');
  await insertChange(hafenSecond, { from: 'LIVE', to: 'NEEDS_UPDATE', daysAgo: 2, source: 'WEBSITE' });
  const altstadtFirst = await item(organisationId, altstadt, first, 'LIVE', 60);
  await insertChange(altstadtFirst, { from: 'CLAIMED', to: 'LIVE', daysAgo: 10 });
  const leheFirst = await item(organisationId, lehe, first, 'CLAIM_REQUESTED');
  await insertChange(leheFirst, {
    from: 'NOT_STARTED',
    to: 'CLAIM_REQUESTED',
    daysAgo: 3,
    by: 'Maria Manager',
  });
  await item(organisationId, lehe, second, 'NOT_APPLICABLE');
  return { team, organisationId, locations: { hafen, altstadt, lehe, geestemuende } };
}
