import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { locationScopeWhere } from '@/lib/access/location-scope';
import { z } from 'zod';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { organisationSettings } from '@/lib/access/organisation-settings';
import type { CheckInSchedule } from './deadlines';

// Who may see and write a location's check-ins: managers and owners every location of their
// organisation (a manager limited to location groups those of their groups), staff only the
// locations assigned to them. Anything else is "not found", the
// same answer as for another organisation's location.

/** The location filter for check-ins: staff see only their own locations. */
export function visibleLocationsWhere(member: MemberContext): Prisma.LocationWhereInput {
  return {
    ...locationScopeWhere(member),
    ...(hasRole(member, 'MANAGER') ? {} : { assignedMembershipId: member.membershipId }),
  };
}

export async function findCheckInLocation(
  member: MemberContext,
  locationId: string,
  client: Transaction = db,
) {
  if (!z.uuid().safeParse(locationId).success) throw new AppError('NOT_FOUND');
  const location = await client.location.findFirst({
    where: { id: locationId, ...visibleLocationsWhere(member) },
    select: {
      id: true,
      name: true,
      storeCode: true,
      city: true,
      archivedAt: true,
      assignedMembershipId: true,
      assignedMember: { select: { user: { select: { name: true } } } },
    },
  });
  if (!location) throw new AppError('NOT_FOUND');
  return location;
}

export type CheckInLocation = Awaited<ReturnType<typeof findCheckInLocation>>;

/** The organisation's clock and check-in day. */
export async function checkInSchedule(
  member: MemberContext,
  client: Transaction = db,
): Promise<CheckInSchedule> {
  if (client === db) {
    const { timeZone, checkinWeekday, reminderHour } = await organisationSettings(member);
    return { timeZone, checkinWeekday, reminderHour };
  }
  return client.organisation.findUniqueOrThrow({
    where: { id: member.organisation.id },
    select: { timeZone: true, checkinWeekday: true, reminderHour: true },
  });
}
