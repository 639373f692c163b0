// Test data for the check-in tests: a team whose staff member is assigned one location.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/prisma';
import { createLocation } from '@/lib/locations/locations';
import { locationInputSchema } from '@/lib/locations/schemas';
import { createTeam } from '@/tests/support/factories';
import { toUtcDate, type PlainDate } from '@/lib/weeks/iso-week';
import type { ActivityValue } from './activities';
import { checkInSaveSchema } from './schemas';

export async function platformId(key: string) {
  return (await db.platform.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
}

export async function addLocation(
  team: Awaited<ReturnType<typeof createTeam>>,
  overrides: Record<string, unknown> = {},
) {
  const { id } = await createLocation(
    team.owner,
    locationInputSchema.parse({
      storeCode: `C-${randomUUID().slice(0, 6)}`,
      name: 'Bäckerei Deichbrise Lehe',
      street: 'Hafenstraße 145',
      postalCode: '27576',
      city: 'Bremerhaven',
      ...overrides,
    }),
  );
  return id;
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
