import type { PlainDate } from '@/lib/weeks/iso-week';
import type { BenchmarkFigureView } from './benchmark-sets';
import type { LoadedComparison } from './comparison-load';
import type { BenchmarkComparison } from './comparison-types';
import { placeInDailyTimeBand, placeInFrequencyClass } from './placement';

// The comparison's calculation (the definitions are in comparison.ts): from the loaded weekly
// facts to the counted totals, the unrounded averages and where they fall in the benchmark set.
// Pure; presentation rounds and shapes the figures (comparison-view.ts).

export type ComparisonFigures = {
  trend: BenchmarkComparison['trend'];
  /** The divisor: the counted weeks, at least 1 (with none counted every figure is 0). */
  weeks: number;
  totals: BenchmarkComparison['totals'];
  minutesPerWorkingDay: number;
  postsPerWeek: number;
  /** Non-archived locations in scope. */
  locations: number;
  /** Minutes per working day per location that recorded something; organisation scope only. */
  perLocationMinutes: number | null;
  band: BenchmarkFigureView | null;
  bandPerLocation: BenchmarkFigureView | null;
  frequency: BenchmarkFigureView | null;
};

/** Every week of the period, marked counted (in the totals) and unfinished (not ended yet). */
function markWeeks({ scope, facts }: LoadedComparison, runningMonday: PlainDate) {
  const countedUntil = scope.countedLastMonday;
  return facts.weeks.map((week) => ({
    ...week,
    counted: week.weekStart <= countedUntil,
    unfinished: week.weekStart >= runningMonday,
  }));
}

function countedTotals(trend: BenchmarkComparison['trend']) {
  return trend
    .filter((week) => week.counted)
    .reduce(
      (sum, week) => ({
        minutes: sum.minutes + week.minutes,
        posts: sum.posts + week.posts,
        reviewsAnswered: sum.reviewsAnswered + week.reviewsAnswered,
        checkIns: sum.checkIns + week.checkIns,
      }),
      { minutes: 0, posts: 0, reviewsAnswered: 0, checkIns: 0 },
    );
}

/**
 * The scope's figures over the counted weeks. `runningMonday`: the Monday of the running week,
 * from which on weeks are unfinished.
 */
export function computeFigures(
  loaded: LoadedComparison,
  countedWeeks: number,
  runningMonday: PlainDate,
): ComparisonFigures {
  const { kind, set, subjects, facts } = loaded;
  const trend = markWeeks(loaded, runningMonday);
  // Divisions by the counted weeks; with none counted every figure is 0 and hasData false.
  const weeks = Math.max(countedWeeks, 1);
  const totals = countedTotals(trend);
  const minutesPerWorkingDay = totals.minutes / (weeks * 5);
  const postsPerWeek = totals.posts / weeks;
  const locations = kind === 'location' ? (subjects.location ? 1 : 0) : subjects.activeLocations;
  // Per location means per location that recorded something: empty ones would only dilute it.
  const perLocationMinutes =
    kind === 'organisation' && facts.locationsWithData > 0
      ? minutesPerWorkingDay / facts.locationsWithData
      : null;
  return {
    trend,
    weeks,
    totals,
    minutesPerWorkingDay,
    postsPerWeek,
    locations,
    perLocationMinutes,
    band: placeInDailyTimeBand(minutesPerWorkingDay, set.figures),
    bandPerLocation:
      perLocationMinutes === null ? null : placeInDailyTimeBand(perLocationMinutes, set.figures),
    frequency: placeInFrequencyClass(postsPerWeek, set.figures),
  };
}
