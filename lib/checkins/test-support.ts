// Test data for the check-in tests: a team whose staff member is assigned one location.
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';
import { toUtcDate, type PlainDate } from '@/lib/weeks/iso-week';
import type { ActivityValue } from './activities';
import { checkInSaveSchema } from './schemas';

export const platformId = platformIdByKey;

/** A location of the team's organisation, created by its owner. */
export async function addLocation(
  team: Awaited<ReturnType<typeof createTeam>>,
  overrides: Record<string, unknown> = {},
) {
  return addTestLocation(team.owner, overrides);
}

/** A team; its staff member is assigned the location. */
export async function teamWithAssignedLocation() {
  const team = await createTeam();
  const locationId = await addLocation(team, { assignedMembershipId: team.staff.membershipId });
  return { ...team, locationId };
}

export const draft = (input: Record<string, unknown>) => checkInSaveSchema.parse({ version: 0, ...input });

export async function logTime(
  organisationId: string,
  locationId: string,
  entryDate: PlainDate,
  weekStart: PlainDate,
  minutes: number,
  platform: string,
  activity: ActivityValue = 'POSTING',
) {
  await db.timeEntry.create({
    data: {
      organisationId,
      locationId,
      entryDate: toUtcDate(entryDate),
      weekStart: toUtcDate(weekStart),
      minutes,
      platformId: platform,
      activity,
    },
  });
}
