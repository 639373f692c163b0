import 'server-only';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { getDefaultBenchmarkSet } from '@/lib/benchmarks/benchmark-sets';
import { dueAt } from '@/lib/checkins/deadlines';
import { formatIsoWeek, startOfDateIn, weekStartOf } from '@/lib/weeks/iso-week';
import { readNeedsAction, readMonthMovements } from './listing-queries';
import { readPunctuality, readWeeklyMinutes } from './checkin-queries';
import { addMonths, currentMonthIn, daysOfMonth, weeksOfMonth } from './month';
import { readReportContext } from './report-context';
import type { MonthlyReport } from './report-types';
import { hoursFigures, scoreFigures } from './report-figures';
import { reportMonthRangeSchema } from './schemas';
import { readScoreSeries } from './score-queries';
import { readVerificationFindings } from './verification-queries';

export type { MonthlyReport } from './report-types';

/** Months of month-end scores before the report's month in the trend. */
export const trendMonths = 11;

/**
 * The monthly report of the organisation, or of one location group, for a past or the current
 * month (default: the month before the current one; the current one while the organisation is in
 * its first month). Owners and managers; a manager limited to groups gets their groups' figures.
 * Eight statements whatever the number of locations: the context, then the score series, the
 * month's listing movements, what needs action, punctuality, hours, the automatic checks' findings
 * and the survey, side by side. A month after the current one or before the organisation existed
 * is a validation error on `month`; a group that is not the member's to see is NOT_FOUND.
 */
export async function monthlyReport(
  member: MemberContext,
  query: { month?: string; groupId?: string },
  { now = new Date() }: { now?: Date } = {},
): Promise<MonthlyReport> {
  assertRole(member, 'MANAGER');
  const context = await readReportContext(member, query.groupId);
  const { timeZone } = context;
  const current = currentMonthIn(timeZone, now);
  const fallback = addMonths(current, -1) < context.createdMonth ? current : addMonths(current, -1);
  const month = query.month ?? fallback;
  reportMonthRangeSchema({ earliest: context.createdMonth, latest: current }).parse({ month });

  const { first, last } = daysOfMonth(month);
  const window = {
    start: startOfDateIn(first, timeZone),
    end: startOfDateIn(daysOfMonth(addMonths(month, 1)).first, timeZone),
  };
  const dueWeeks = weeksOfMonth(month, context.checkinWeekday)
    .map((week) => ({ week: formatIsoWeek(week), weekStart: weekStartOf(week), dueAt: dueAt(week, context) }))
    .filter((week) => week.dueAt.getTime() <= now.getTime());
  const filter = { groupId: context.group?.id ?? null };
  const [scores, movements, needsAction, punctuality, minutes, verification, survey] = await Promise.all([
    readScoreSeries(member, filter, {
      trendFrom: daysOfMonth(addMonths(month, -trendMonths)).first,
      from: first,
      to: last,
    }),
    readMonthMovements(member, filter, window),
    readNeedsAction(member, filter),
    readPunctuality(member, filter, dueWeeks),
    readWeeklyMinutes(
      member,
      filter,
      dueWeeks.map((week) => week.weekStart),
    ),
    readVerificationFindings(member, filter, window),
    getDefaultBenchmarkSet(member),
  ]);

  return {
    organisation: { ...member.organisation, timeZone },
    month,
    period: { from: first, to: last },
    months: { earliest: context.createdMonth, latest: current },
    partial: month === current,
    group: context.group,
    limitedToGroups: isGroupLimited(member),
    generatedAt: now.toISOString(),
    score: scoreFigures(scores, month),
    listings: { movements, needsAction },
    checkIns: punctuality,
    hours: hoursFigures(dueWeeks, minutes, survey),
    verification,
  };
}
