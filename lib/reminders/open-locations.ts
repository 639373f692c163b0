import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * When a location `l` still owes the check-in of a week: active, not archived, created before the
 * week ended, and without a submitted check-in for it. The reminder run and the notifications
 * list both use this one definition, so a reminder shown later no longer names a location whose
 * week has been submitted since (and names it again if a manager reopens it).
 */
export function owesCheckInSql(weekStart: Prisma.Sql, weekEnd: Prisma.Sql) {
  return Prisma.sql`l.archived_at IS NULL AND l.status = 'ACTIVE' AND l.created_at < ${weekEnd}
    AND NOT EXISTS (
      SELECT 1 FROM check_ins c
      WHERE c.location_id = l.id AND c.week_start = ${weekStart} AND c.status = 'SUBMITTED'
    )`;
}
