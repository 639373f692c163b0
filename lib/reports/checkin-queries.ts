import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import type { PunctualityLocation, PunctualityWeek } from './report-types';

// Check-in punctuality and hours of the month's weeks, one statement each. A week is due for a
// location that existed at the week's deadline (the end of the check-in day, lib/checkins/
// deadlines.ts) and was not archived by then: on time when submitted before the deadline, late
// when submitted after it, missing when not submitted (a reopened week counts as missing until it
// is submitted again).

export type DueWeek = { week: string; weekStart: string; dueAt: Date };

export const behindListLength = 10;

export async function readPunctuality(member: MemberContext, filter: LocationGroupFilter, weeks: DueWeek[]) {
  const [row] = await db.$queryRaw<
    { weeks: PunctualityWeek[] | null; behind: PunctualityLocation[] | null; locationsBehind: number }[]
  >`
    WITH w AS (
      SELECT * FROM unnest(${weeks.map((week) => week.week)}::text[], ${weeks.map((week) => week.weekStart)}::date[],
                           ${weeks.map((week) => week.dueAt)}::timestamptz[]) AS w(week, week_start, due_at)
    ),
    due AS MATERIALIZED (
      SELECT l.id, l.name, l.store_code, w.week, w.week_start,
             (c.status = 'SUBMITTED' AND c.submitted_at < w.due_at) AS on_time,
             (c.status = 'SUBMITTED' AND c.submitted_at >= w.due_at) AS late,
             (c.status IS DISTINCT FROM 'SUBMITTED') AS missing
      FROM locations l
      CROSS JOIN w
      LEFT JOIN check_ins c ON c.location_id = l.id AND c.week_start = w.week_start
      WHERE ${locationScopeSql(member, 'l', filter)}
        AND l.created_at < w.due_at AND (l.archived_at IS NULL OR l.archived_at > w.due_at)
    ),
    per_location AS (
      SELECT id, name, store_code, count(*)::int AS due, count(*) FILTER (WHERE on_time)::int AS on_time,
             count(*) FILTER (WHERE late)::int AS late, count(*) FILTER (WHERE missing)::int AS missing
      FROM due GROUP BY id, name, store_code
    )
    SELECT
      (SELECT json_agg(json_build_object('week', w.week, 'weekStart', w.week_start::text,
                'due', (SELECT count(*) FROM due d WHERE d.week_start = w.week_start),
                'onTime', (SELECT count(*) FILTER (WHERE on_time) FROM due d WHERE d.week_start = w.week_start),
                'late', (SELECT count(*) FILTER (WHERE late) FROM due d WHERE d.week_start = w.week_start),
                'missing', (SELECT count(*) FILTER (WHERE missing) FROM due d WHERE d.week_start = w.week_start))
              ORDER BY w.week_start) FROM w) AS weeks,
      (SELECT json_agg(b) FROM (
         SELECT id, name, store_code AS "storeCode", due, on_time AS "onTime", late, missing FROM per_location
         WHERE missing + late > 0 ORDER BY missing DESC, late DESC, name, id LIMIT ${behindListLength}) b) AS behind,
      (SELECT count(*)::int FROM per_location WHERE missing + late > 0) AS "locationsBehind"`;
  const weekRows = row?.weeks ?? [];
  const totals = weekRows.reduce(
    (sum, week) => ({
      due: sum.due + week.due,
      onTime: sum.onTime + week.onTime,
      late: sum.late + week.late,
      missing: sum.missing + week.missing,
    }),
    { due: 0, onTime: 0, late: 0, missing: 0 },
  );
  return {
    weeks: weekRows,
    totals: {
      ...totals,
      onTimePercent: totals.due > 0 ? Math.round((100 * totals.onTime) / totals.due) : null,
    },
    behind: row?.behind ?? [],
    locationsBehind: row?.locationsBehind ?? 0,
  };
}

/** Minutes per week (check-in lines and time entries, the view community_minutes) and the locations with any. */
export async function readWeeklyMinutes(
  member: MemberContext,
  filter: LocationGroupFilter,
  weekStarts: string[],
) {
  return db.$queryRaw<{ weekStart: string; minutes: number; locationsWithData: number }[]>`
    SELECT w.week_start::text AS "weekStart", COALESCE(sum(m.minutes), 0)::float AS minutes,
           count(DISTINCT m.location_id)::int AS "locationsWithData"
    FROM unnest(${weekStarts}::date[]) AS w(week_start)
    LEFT JOIN (
      SELECT cm.week_start, cm.location_id, cm.minutes
      FROM community_minutes cm JOIN locations l ON l.id = cm.location_id
      WHERE cm.organisation_id = ${member.organisation.id}::uuid AND cm.week_start = ANY(${weekStarts}::date[])
        AND ${locationScopeSql(member, 'l', filter)}
    ) m ON m.week_start = w.week_start
    GROUP BY w.week_start ORDER BY w.week_start`;
}
