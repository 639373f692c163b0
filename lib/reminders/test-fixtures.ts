// Test data for the reminder, notification and calendar tests: locations created long ago (the
// reminder run ignores locations created after a week ended), check-ins and schedules.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/prisma';
import type { CheckInStatus, LocationStatus } from '@/lib/generated/prisma/enums';
import { toUtcDate, type PlainDate } from '@/lib/weeks/iso-week';

const longAgo = new Date('2020-01-01T00:00:00Z');

export async function createTestLocation(
  organisationId: string,
  assignedMembershipId: string | null,
  options: { name?: string; status?: LocationStatus; archived?: boolean } = {},
) {
  const code = randomUUID().slice(0, 8);
  const location = await db.location.create({
    data: {
      organisationId,
      assignedMembershipId,
      storeCode: `T-${code}`,
      name: options.name ?? `Filiale ${code}`,
      street: 'Hafenstraße 1',
      postalCode: '27568',
      city: 'Bremerhaven',
      status: options.status ?? 'ACTIVE',
      archivedAt: options.archived ? longAgo : null,
      createdAt: longAgo,
    },
    select: { id: true, name: true },
  });
  return location;
}

export async function createTestCheckIn(
  organisationId: string,
  locationId: string,
  weekStart: PlainDate,
  status: CheckInStatus = 'SUBMITTED',
) {
  await db.checkIn.create({
    data: {
      organisationId,
      locationId,
      weekStart: toUtcDate(weekStart),
      status,
      submittedAt: status === 'SUBMITTED' ? new Date() : null,
    },
  });
}

export async function setTestSchedule(
  organisationId: string,
  schedule: { checkinWeekday: number; reminderHour: number; timeZone?: string },
) {
  await db.organisation.update({ where: { id: organisationId }, data: schedule });
}
