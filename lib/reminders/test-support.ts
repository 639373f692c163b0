// Set-up of the tests around reminders (the reminder run, notifications, calendar feeds, the job
// queue): locations that exist since 2020, because the reminder run skips the weeks that ended
// before a location existed, and the organisation's check-in schedule.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/prisma';
import type { LocationStatus } from '@/lib/generated/prisma/enums';
import { insertTestLocation } from '@/tests/support/factories';

const longAgo = new Date('2020-01-01T00:00:00Z');

/** A location open since 2020, assigned to `assignedMembershipId`, as a reminder lists it. */
export async function insertLongStandingLocation(
  organisationId: string,
  assignedMembershipId: string | null,
  options: { name?: string; status?: LocationStatus; archived?: boolean } = {},
) {
  const name = options.name ?? `Filiale ${randomUUID().slice(0, 8)}`;
  const id = await insertTestLocation(organisationId, name, {
    assignedMembershipId,
    status: options.status ?? 'ACTIVE',
    archivedAt: options.archived ? longAgo : null,
    createdAt: longAgo,
  });
  return { id, name };
}

export async function setTestSchedule(
  organisationId: string,
  schedule: { checkinWeekday: number; reminderHour: number; timeZone?: string },
) {
  await db.organisation.update({ where: { id: organisationId }, data: schedule });
}
