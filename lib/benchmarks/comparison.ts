import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { currentIsoWeek, weekStartOf } from '@/lib/weeks/iso-week';
import { computeFigures } from './comparison-figures';
import { loadComparison } from './comparison-load';
import type { BenchmarkComparison } from './comparison-types';
import { presentComparison } from './comparison-view';
import { resolvePeriod } from './period';
import { comparisonQuerySchema, type ComparisonQueryInput } from './schemas';

export type {
  BenchmarkComparison,
  ComparisonScopeKind,
  DailyTimeBandView,
  FigureSummary,
  FrequencyClassView,
  SubjectFigures,
  SubjectTable,
} from './comparison-types';

// One's own community-management figures over a period, set against a benchmark set.
//
// Definitions (the page and the OpenAPI text say the same, so anyone can recompute them from
// the weekly data):
//   period          whole ISO weeks from..to inclusive, all shown in the trend
//   counted weeks   the finished ones: the running week (and any later one) only when asked for
//                   (includeCurrentWeek); weeks = their number
//   totalMinutes    all minutes of community_minutes (check-in lines + time entries) in those weeks
//   minutesPerWorkingDay = totalMinutes / (weeks × 5);  minutesPerDay = totalMinutes / (weeks × 7)
//   posts           sum of check_ins.posts_published; postsPerWeek = posts / weeks
//   organisation scope also: locationsWithData = locations with minutes or a check-in in those
//                   weeks (archived ones included, their minutes are in the total),
//                   minutesPerWorkingDayPerLocation = totalMinutes / (weeks × 5 × locationsWithData)
// The survey asked per business, so the whole scope's figure (for the organisation: the whole
// business) is what is placed in the bands; unrounded values are placed, shown ones are rounded.

/**
 * The comparison for the organisation, one location or one member over whole ISO weeks (see the
 * definitions above). Takes the query as the URL has it or as comparisonQuerySchema parsed it;
 * `now` fixes "the current week" for the default period; `subjectTables: false` leaves out the
 * per-location and per-member tables (the dashboard needs only the totals). The same three or
 * four queries at any size: loads what the member may see (comparison-load.ts), computes the
 * figures (comparison-figures.ts) and shapes the answer (comparison-view.ts).
 */
export async function compareWithBenchmark(
  member: MemberContext,
  input: ComparisonQueryInput,
  {
    now = new Date(),
    subjectTables = true,
    knownGroups,
  }: { now?: Date; subjectTables?: boolean; knownGroups?: readonly { id: string }[] } = {},
): Promise<BenchmarkComparison> {
  const query = comparisonQuerySchema.parse(input);
  const period = resolvePeriod(query, member.organisation.timeZone, now);
  const loaded = await loadComparison(member, query, period, subjectTables, knownGroups);
  const runningMonday = weekStartOf(currentIsoWeek(member.organisation.timeZone, now));
  const figures = computeFigures(loaded, period.countedWeeks, runningMonday);
  return presentComparison(loaded, period, figures);
}
