import 'server-only';
import { locationScopeSql } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, type MemberContext } from '@/lib/access/member-context';

// What the quick-log form offers as locations: staff their assigned ones, managers every
// non-archived location with their own first. A chain of thousands is cut off at `limit`
// (the form says so), since a select of thousands helps nobody.

export type LoggableLocation = { id: string; name: string; storeCode: string; assignedToMe: boolean };

export async function loggableLocations(
  member: MemberContext,
  limit: number,
): Promise<{ locations: LoggableLocation[]; truncated: boolean }> {
  const onlyOwn = hasRole(member, 'MANAGER')
    ? Prisma.sql`true`
    : Prisma.sql`l.assigned_membership_id = ${member.membershipId}::uuid`;
  const rows = await db.$queryRaw<LoggableLocation[]>`
    SELECT l.id, l.name, l.store_code AS "storeCode",
           COALESCE(l.assigned_membership_id = ${member.membershipId}::uuid, false) AS "assignedToMe"
    FROM locations l
    WHERE ${locationScopeSql(member, 'l')} AND l.archived_at IS NULL AND ${onlyOwn}
    ORDER BY "assignedToMe" DESC, l.name, l.store_code
    LIMIT ${limit + 1}`;
  return { locations: rows.slice(0, limit), truncated: rows.length > limit };
}
