import 'server-only';
import { locationScopeSql } from '@/lib/access/location-scope';
import { containsPattern } from '@/lib/db/like-pattern';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { weekStartOf, type IsoWeek } from '@/lib/weeks/iso-week';
import { checkInSchedule } from './access';
import { isOverdue } from './deadlines';
import type { WeekListFilter } from './schemas';

// The week's overview: one row per active location the member sees, with its check-in status,
// assignee, minutes and whether it is overdue. Three queries at any size (clock, counts, page).

export const weekListPageSize = 50;
export const weekStatuses = ['NOT_STARTED', 'DRAFT', 'SUBMITTED'] as const;
export type WeekStatus = (typeof weekStatuses)[number];

export type WeekListRow = {
  locationId: string;
  locationName: string;
  storeCode: string;
  city: string;
  assigneeMembershipId: string | null;
  assigneeName: string | null;
  status: WeekStatus;
  totalMinutes: number;
  overdue: boolean;
};

/** Locations in the list: active ones the member sees (staff: their own), matching the search. */
function baseLocationsSql(member: MemberContext, weekStart: string, query: string | undefined) {
  const conditions = [locationScopeSql(member, 'l'), Prisma.sql`l.archived_at IS NULL`];
  if (!hasRole(member, 'MANAGER'))
    conditions.push(Prisma.sql`l.assigned_membership_id = ${member.membershipId}::uuid`);
  if (query) {
    const pattern = containsPattern(query.toLowerCase().replaceAll('ß', 'ss'));
    conditions.push(Prisma.sql`l.search_text LIKE ${pattern}`);
  }
  return Prisma.sql`
    SELECT l.id, l.name, l.store_code, l.city, l.assigned_membership_id,
           COALESCE(c.status::text, 'NOT_STARTED') AS status
    FROM locations l
    LEFT JOIN check_ins c ON c.location_id = l.id AND c.week_start = ${weekStart}::date
    WHERE ${Prisma.join(conditions, ' AND ')}`;
}

function filterSql(member: MemberContext, filter: WeekListFilter, weekOverdue: boolean) {
  switch (filter) {
    case 'mine':
      return Prisma.sql`b.assigned_membership_id = ${member.membershipId}::uuid`;
    case 'open':
      return Prisma.sql`b.status <> 'SUBMITTED'`;
    case 'overdue':
      return weekOverdue ? Prisma.sql`b.status <> 'SUBMITTED'` : Prisma.sql`false`;
    case 'all':
      return Prisma.sql`true`;
  }
}

export type WeekListOptions = { page: number; filter: WeekListFilter; query?: string; now?: Date };

/**
 * One page (50) of the week's locations for a filter: 'mine' (assigned to the member), 'all',
 * 'open' (not submitted) or 'overdue' (not submitted and past the check-in day). With counts per
 * status for the filter and the number of locations behind each filter tab.
 */
export async function listWeekCheckIns(member: MemberContext, week: IsoWeek, options: WeekListOptions) {
  const weekStart = weekStartOf(week);
  const schedule = await checkInSchedule(member);
  const weekOverdue = isOverdue(week, schedule, options.now ?? new Date());
  const base = baseLocationsSql(member, weekStart, options.query);
  const filter = filterSql(member, options.filter, weekOverdue);
  const offset = (options.page - 1) * weekListPageSize;

  const [countRows, rows] = await Promise.all([
    db.$queryRaw<Record<string, number>[]>`
      WITH b AS (${base})
      SELECT count(*) FILTER (WHERE ${filter})::int AS total,
             count(*) FILTER (WHERE ${filter} AND b.status = 'NOT_STARTED')::int AS "NOT_STARTED",
             count(*) FILTER (WHERE ${filter} AND b.status = 'DRAFT')::int AS "DRAFT",
             count(*) FILTER (WHERE ${filter} AND b.status = 'SUBMITTED')::int AS "SUBMITTED",
             count(*)::int AS "tab_all",
             count(*) FILTER (WHERE ${filterSql(member, 'mine', weekOverdue)})::int AS "tab_mine",
             count(*) FILTER (WHERE ${filterSql(member, 'open', weekOverdue)})::int AS "tab_open",
             count(*) FILTER (WHERE ${filterSql(member, 'overdue', weekOverdue)})::int AS "tab_overdue",
             (SELECT count(*)::int FROM locations l
              WHERE ${locationScopeSql(member, 'l')} AND l.archived_at IS NULL) AS "locations"
      FROM b`,
    db.$queryRaw<Omit<WeekListRow, 'overdue'>[]>`
      WITH b AS (${base}),
      page AS (SELECT * FROM b WHERE ${filter} ORDER BY b.name, b.id LIMIT ${weekListPageSize} OFFSET ${offset})
      SELECT page.id AS "locationId", page.name AS "locationName", page.store_code AS "storeCode", page.city,
             page.assigned_membership_id AS "assigneeMembershipId", u.name AS "assigneeName", page.status,
             COALESCE(minutes.total, 0)::int AS "totalMinutes"
      FROM page
      LEFT JOIN memberships ms ON ms.id = page.assigned_membership_id
      LEFT JOIN users u ON u.id = ms.user_id
      LEFT JOIN LATERAL (
        SELECT sum(cm.minutes) AS total FROM community_minutes cm
        WHERE cm.organisation_id = ${member.organisation.id}::uuid AND cm.location_id = page.id
          AND cm.week_start = ${weekStart}::date
      ) minutes ON true
      ORDER BY page.name, page.id`,
  ]);
  const counts = countRows[0] ?? {};
  const total = counts.total ?? 0;
  return {
    week,
    weekStart,
    weekOverdue,
    filter: options.filter,
    rows: rows.map((row) => ({ ...row, overdue: weekOverdue && row.status !== 'SUBMITTED' })),
    counts: Object.fromEntries(weekStatuses.map((status) => [status, counts[status] ?? 0])) as Record<
      WeekStatus,
      number
    >,
    tabs: {
      all: counts.tab_all ?? 0,
      mine: counts.tab_mine ?? 0,
      open: counts.tab_open ?? 0,
      overdue: counts.tab_overdue ?? 0,
    } satisfies Record<WeekListFilter, number>,
    total,
    /** Active locations of the organisation, whoever they are assigned to (for the empty state). */
    organisationLocations: counts.locations ?? 0,
    page: options.page,
    pageCount: Math.max(1, Math.ceil(total / weekListPageSize)),
  };
}

export type WeekList = Awaited<ReturnType<typeof listWeekCheckIns>>;
