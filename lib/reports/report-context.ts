import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { locationGroupLimit } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';

// What the report needs to know before it reads figures, in one statement: the organisation's
// calendar (time zone, check-in day, the month it was created) and the chosen group, which must
// be one of the organisation's groups the member may see (a limited manager: one of theirs);
// another organisation's or an unknown group is NOT_FOUND, as any foreign id.

export type ReportContext = {
  timeZone: string;
  checkinWeekday: number;
  reminderHour: number;
  /** The month the organisation was created, on its own calendar. */
  createdMonth: string;
  group: { id: string; name: string } | null;
};

export async function readReportContext(
  member: MemberContext,
  groupId: string | undefined,
): Promise<ReportContext> {
  const limit = locationGroupLimit(member);
  const [row] = await db.$queryRaw<
    (Omit<ReportContext, 'group'> & { group: { id: string; name: string } | null })[]
  >`
    SELECT o.time_zone AS "timeZone", o.checkin_weekday AS "checkinWeekday", o.reminder_hour AS "reminderHour",
           to_char(o.created_at AT TIME ZONE o.time_zone, 'YYYY-MM') AS "createdMonth",
           (SELECT json_build_object('id', g.id, 'name', g.name) FROM location_groups g
             WHERE g.organisation_id = o.id AND g.id = ${groupId ?? null}::uuid
               AND (${limit}::uuid[] IS NULL OR g.id = ANY(${limit}::uuid[]))) AS "group"
    FROM organisations o WHERE o.id = ${member.organisation.id}::uuid`;
  if (!row) throw new AppError('NOT_FOUND');
  if (groupId && !row.group) throw new AppError('NOT_FOUND');
  return row;
}
