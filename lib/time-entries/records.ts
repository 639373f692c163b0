import 'server-only';
import { isGroupLimited, locationScopeSql } from '@/lib/access/location-scope';
import { db, type Transaction } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import type { ActivityValue } from '@/lib/checkins/activities';
import { toPlainDate, type PlainDate } from '@/lib/weeks/iso-week';

// Stored time entries with the names around them (location, platform, member) and whether their
// week is locked, read in one query however many are asked for: the page's recent list, the API's
// answers and the CSV export all read through here, so they show the same thing.

export type TimeEntryRecord = {
  id: string;
  date: PlainDate;
  /** The Monday of the entry's ISO week. */
  weekStart: PlainDate;
  minutes: number;
  activity: ActivityValue;
  note: string | null;
  createdAt: Date;
  location: { id: string; name: string; storeCode: string };
  platform: { id: string; name: string };
  /** null when the member has left the organisation since. */
  member: { id: string; name: string; email: string } | null;
  /** The location's check-in for the week is submitted: the entry can no longer change. */
  locked: boolean;
};

type Row = Omit<TimeEntryRecord, 'date' | 'weekStart' | 'location' | 'platform' | 'member'> & {
  date: Date;
  weekStart: Date;
  locationId: string;
  locationName: string;
  storeCode: string;
  platformId: string;
  platformName: string;
  membershipId: string | null;
  memberName: string | null;
  memberEmail: string | null;
};

/**
 * Staff see the time they logged themselves; managers, owners and API tokens everyone's, a manager
 * limited to location groups the time logged for their groups' locations.
 */
export function visibleEntriesSql(member: MemberContext): Prisma.Sql {
  if (!hasRole(member, 'MANAGER')) return Prisma.sql`t.membership_id = ${member.membershipId}::uuid`;
  if (!isGroupLimited(member)) return Prisma.sql`true`;
  return Prisma.sql`EXISTS (SELECT 1 FROM locations entry_l
    WHERE entry_l.id = t.location_id AND ${locationScopeSql(member, 'entry_l')})`;
}

/** Entries of the organisation matching `condition` (on alias t), in `order`, at most `limit`. */
export async function readTimeEntries(
  organisationId: string,
  options: { condition: Prisma.Sql; order: 'recent' | 'chronological'; limit?: number },
  client: Transaction = db,
): Promise<TimeEntryRecord[]> {
  const order =
    options.order === 'recent'
      ? Prisma.sql`t.entry_date DESC, t.created_at DESC, t.id`
      : Prisma.sql`t.entry_date, u.name, l.store_code, t.created_at, t.id`;
  const limit = options.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${options.limit}`;
  const rows = await client.$queryRaw<Row[]>`
    SELECT t.id, t.entry_date AS date, t.week_start AS "weekStart", t.minutes, t.activity::text AS activity,
           t.note, t.created_at AS "createdAt",
           l.id AS "locationId", l.name AS "locationName", l.store_code AS "storeCode",
           p.id AS "platformId", p.name AS "platformName",
           m.id AS "membershipId", u.name AS "memberName", u.email AS "memberEmail",
           COALESCE(c.status = 'SUBMITTED', false) AS locked
    FROM time_entries t
    JOIN locations l ON l.id = t.location_id
    JOIN platforms p ON p.id = t.platform_id
    LEFT JOIN memberships m ON m.id = t.membership_id
    LEFT JOIN users u ON u.id = m.user_id
    LEFT JOIN check_ins c ON c.location_id = t.location_id AND c.week_start = t.week_start
    WHERE t.organisation_id = ${organisationId}::uuid AND ${options.condition}
    ORDER BY ${order}
    ${limit}`;
  return rows.map(toRecord);
}

function toRecord(row: Row): TimeEntryRecord {
  return {
    id: row.id,
    date: toPlainDate(row.date),
    weekStart: toPlainDate(row.weekStart),
    minutes: row.minutes,
    activity: row.activity,
    note: row.note,
    createdAt: row.createdAt,
    location: { id: row.locationId, name: row.locationName, storeCode: row.storeCode },
    platform: { id: row.platformId, name: row.platformName },
    member:
      row.membershipId === null
        ? null
        : { id: row.membershipId, name: row.memberName ?? '', email: row.memberEmail ?? '' },
    locked: row.locked,
  };
}
