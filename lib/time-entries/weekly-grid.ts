import 'server-only';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { datesOfWeek, weekStartOf, type IsoWeek, type PlainDate } from '@/lib/weeks/iso-week';
import { visibleEntriesSql } from './records';

// A week of logged time as a grid: one row per member (staff see only their own), one column per
// day Monday to Sunday, summed by the database in one query however many entries there are. Only
// time entries count here; minutes typed into a check-in are not spread over days.

export type WeeklyGridRow = {
  /** null for the entries of members who have left the organisation. */
  membershipId: string | null;
  name: string | null;
  email: string | null;
  /** Minutes per day, Monday first. */
  days: number[];
  total: number;
};

export type WeeklyGrid = {
  week: IsoWeek;
  dates: PlainDate[];
  rows: WeeklyGridRow[];
  dayTotals: number[];
  total: number;
};

type Row = {
  membershipId: string | null;
  name: string | null;
  email: string | null;
  day: number | null;
  minutes: number | null;
};

export async function weeklyGrid(member: MemberContext, week: IsoWeek): Promise<WeeklyGrid> {
  const organisationId = member.organisation.id;
  const weekStart = weekStartOf(week);
  const members = hasRole(member, 'MANAGER')
    ? Prisma.sql`true`
    : Prisma.sql`m.id = ${member.membershipId}::uuid`;
  const rows = await db.$queryRaw<Row[]>`
    WITH sums AS (
      SELECT t.membership_id, (t.entry_date - ${weekStart}::date) AS day, SUM(t.minutes)::int AS minutes
      FROM time_entries t
      WHERE t.organisation_id = ${organisationId}::uuid AND t.week_start = ${weekStart}::date
        AND ${visibleEntriesSql(member)}
      GROUP BY t.membership_id, t.entry_date
    )
    SELECT m.id AS "membershipId", u.name, u.email, s.day, s.minutes
    FROM memberships m
    JOIN users u ON u.id = m.user_id
    LEFT JOIN sums s ON s.membership_id = m.id
    WHERE m.organisation_id = ${organisationId}::uuid AND ${members}
    UNION ALL
    SELECT NULL, NULL, NULL, s.day, s.minutes FROM sums s WHERE s.membership_id IS NULL
    ORDER BY 2 NULLS LAST, 1 NULLS LAST`;
  return toGrid(week, rows);
}

function toGrid(week: IsoWeek, rows: Row[]): WeeklyGrid {
  const byMember = new Map<string, WeeklyGridRow>();
  for (const row of rows) {
    const key = row.membershipId ?? '';
    let gridRow = byMember.get(key);
    if (!gridRow) {
      gridRow = {
        membershipId: row.membershipId,
        name: row.name,
        email: row.email,
        days: Array(7).fill(0),
        total: 0,
      };
      byMember.set(key, gridRow);
    }
    if (row.day !== null && row.minutes !== null) {
      gridRow.days[row.day] = row.minutes;
      gridRow.total += row.minutes;
    }
  }
  const gridRows = [...byMember.values()];
  const dayTotals = Array.from({ length: 7 }, (_, day) =>
    gridRows.reduce((sum, row) => sum + (row.days[day] ?? 0), 0),
  );
  return {
    week,
    dates: datesOfWeek(week),
    rows: gridRows,
    dayTotals,
    total: dayTotals.reduce((sum, minutes) => sum + minutes, 0),
  };
}
