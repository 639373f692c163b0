import 'server-only';
import { assertNotGroupLimited } from '@/lib/access/group-filter';
import type { CheckInSchedule } from '@/lib/checkins/deadlines';
import { db } from '@/lib/db/prisma';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import type { CheckInScheduleInput } from './schemas';

// The organisation's check-in day, reminder hour and time zone. Everyone reads it (the calendar
// feed and the check-in pages use it); managers and owners change it.

export async function getCheckInSchedule(member: MemberContext): Promise<CheckInSchedule> {
  return db.organisation.findUniqueOrThrow({
    where: { id: member.organisation.id },
    select: { checkinWeekday: true, reminderHour: true, timeZone: true },
  });
}

export async function updateCheckInSchedule(member: MemberContext, input: CheckInScheduleInput) {
  assertRole(member, 'MANAGER');
  assertNotGroupLimited(member);
  await db.organisation.update({
    where: { id: member.organisation.id },
    data: {
      checkinWeekday: input.checkinWeekday,
      reminderHour: input.reminderHour,
      timeZone: input.timeZone,
    },
  });
}
