// Shared set-up of the time-entry tests: a team with a location assigned to its staff member,
// a fixed "now" and shorthands for entries and the checks on their errors.
import { expect } from 'vitest';
import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/access/member-context';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';
import { timeEntryCreateSchema } from './schemas';
import { createTimeEntry } from './time-entries';

/** Thursday of 2026-W48, noon in Berlin. */
export const thursdayNoon = new Date('2026-11-26T11:00:00Z');

/** A team whose staff member is responsible for `locationId`; `otherLocationId` has nobody. */
export async function teamWithLocations() {
  const team = await createTeam();
  const locationId = await addTestLocation(team.owner, {
    name: 'Filiale Lehe',
    assignedMembershipId: team.staff.membershipId,
  });
  const otherLocationId = await addTestLocation(team.owner, { name: 'Filiale Geestemünde' });
  return { ...team, locationId, otherLocationId, google: await platformIdByKey('google-business-profile') };
}

export function entryInput(fields: Record<string, unknown>) {
  return timeEntryCreateSchema.parse({ activity: 'POSTING', date: '2026-11-26', minutes: 30, ...fields });
}

export function logTime(member: MemberContext, fields: Record<string, unknown>, now = thursdayNoon) {
  return createTimeEntry(member, entryInput(fields), now);
}

/** The data layer's own validation: a ZodError whose issue names the field and message key. */
export async function expectFieldError(promise: Promise<unknown>, field: string, key: string) {
  await expect(promise).rejects.toMatchObject({
    name: 'ZodError',
    issues: [expect.objectContaining({ path: [field], message: `timeEntries.errors.${key}` })],
  });
}

export async function countEntries(organisationId: string) {
  return db.timeEntry.count({ where: { organisationId } });
}
