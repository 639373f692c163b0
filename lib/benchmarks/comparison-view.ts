import { activities } from '@/lib/checkins/activities';
import type { BenchmarkFigureView } from './benchmark-sets';
import type { BreakdownRow, SubjectRow } from './comparison-queries';
import type { ComparisonFigures } from './comparison-figures';
import type { LoadedComparison } from './comparison-load';
import type { BenchmarkComparison, DailyTimeBandView, FigureSummary, SubjectTable } from './comparison-types';
import type { ComparisonPeriod } from './period';
import {
  dailyTimeBands,
  frequencyClasses,
  isAboveAllBands,
  placeInDailyTimeBand,
  roundOne,
} from './placement';

// The comparison's presentation: the loaded facts and computed figures shaped into the answer
// the page, the dashboard and the API read, shown values rounded to one decimal.

const summary = (figure: BenchmarkFigureView): FigureSummary => ({
  key: figure.key,
  label: figure.label,
  note: figure.note,
  sharePercent: figure.sharePercent,
});

const shareOf = (part: number, whole: number) => (whole > 0 ? roundOne((part / whole) * 100) : 0);

function subjectTable(rows: SubjectRow[], weeks: number, figures: BenchmarkFigureView[]): SubjectTable {
  return {
    total: rows[0]?.total ?? 0,
    withData: rows[0]?.withData ?? 0,
    rows: rows.map((row) => {
      const perWorkingDay = row.minutes / (weeks * 5);
      return {
        id: row.id,
        name: row.name,
        detail: row.detail,
        minutes: row.minutes,
        minutesPerWorkingDay: roundOne(perWorkingDay),
        posts: row.posts,
        postsPerWeek: roundOne(row.posts / weeks),
        reviewsAnswered: row.reviewsAnswered,
        checkIns: row.checkIns,
        dailyTimeBandKey:
          row.minutes > 0 ? (placeInDailyTimeBand(perWorkingDay, figures)?.key ?? null) : null,
      };
    }),
  };
}

function scopeView({ kind, subjects, facts }: LoadedComparison, { locations }: ComparisonFigures) {
  return {
    kind,
    location: subjects.location
      ? { id: subjects.location.id, name: subjects.location.name, storeCode: subjects.location.storeCode }
      : null,
    member: subjects.member,
    locations,
    locationsWithData: facts.locationsWithData,
  };
}

function averagesView({ kind, facts }: LoadedComparison, figures: ComparisonFigures) {
  const { totals, weeks, minutesPerWorkingDay, postsPerWeek, perLocationMinutes } = figures;
  const { locationsWithData } = facts;
  return {
    minutesPerWorkingDay: roundOne(minutesPerWorkingDay),
    minutesPerDay: roundOne(totals.minutes / (weeks * 7)),
    postsPerWeek: roundOne(postsPerWeek),
    reviewsAnsweredPerWeek: roundOne(totals.reviewsAnswered / weeks),
    minutesPerWorkingDayPerLocation: perLocationMinutes === null ? null : roundOne(perLocationMinutes),
    postsPerWeekPerLocation:
      kind === 'organisation' && locationsWithData > 0 ? roundOne(postsPerWeek / locationsWithData) : null,
  };
}

function dailyTimeView(
  figures: BenchmarkFigureView[],
  { band, bandPerLocation, minutesPerWorkingDay }: ComparisonFigures,
): BenchmarkComparison['dailyTime'] {
  const bandView = (figure: BenchmarkFigureView): DailyTimeBandView => ({
    ...summary(figure),
    minMinutes: figure.minMinutes,
    maxMinutes: figure.maxMinutes,
    current: figure.id === band?.id,
  });
  return {
    band: band ? bandView(band) : null,
    aboveAllBands: isAboveAllBands(minutesPerWorkingDay, figures),
    bandPerLocationKey: bandPerLocation?.key ?? null,
    bands: dailyTimeBands(figures).map(bandView),
  };
}

function postingFrequencyView(
  figures: BenchmarkFigureView[],
  { frequency }: ComparisonFigures,
): BenchmarkComparison['postingFrequency'] {
  return {
    class: frequency
      ? { ...summary(frequency), minPostsPerWeek: frequency.minPostsPerWeek!, current: true }
      : null,
    classes: frequencyClasses(figures).map((figure) => ({
      ...summary(figure),
      minPostsPerWeek: figure.minPostsPerWeek!,
      current: figure.id === frequency?.id,
    })),
  };
}

function platformsView(
  figures: BenchmarkFigureView[],
  platformRows: BreakdownRow[],
): BenchmarkComparison['platforms'] {
  const usage = figures.filter((figure) => figure.metric === 'PLATFORM_USAGE');
  const activeKeys = new Set(platformRows.map((row) => row.platformKey));
  return {
    active: platformRows.map((row) => {
      const figure = usage.find(
        (candidate) => candidate.platformKey !== null && candidate.platformKey === row.platformKey,
      );
      return {
        platformId: row.id,
        key: row.platformKey!,
        name: row.platformName!,
        minutes: row.minutes,
        survey: figure ? summary(figure) : null,
      };
    }),
    surveyNotActive: usage
      .filter((figure) => figure.platformKey === null || !activeKeys.has(figure.platformKey))
      .map((figure) => ({
        ...summary(figure),
        platformKey: figure.platformKey,
        tracked: figure.platformKey !== null,
      })),
  };
}

/** Minutes by activity (every activity, zero included) and by platform, with their share of the total. */
function breakdownViews(breakdowns: BreakdownRow[], platformRows: BreakdownRow[], totalMinutes: number) {
  const activityRows = breakdowns.filter((row) => row.kind === 'activity');
  return {
    byActivity: activities.map((activity) => {
      const minutes = activityRows.find((row) => row.id === activity)?.minutes ?? 0;
      return { activity, minutes, sharePercent: shareOf(minutes, totalMinutes) };
    }),
    byPlatform: platformRows.map((row) => ({
      platformId: row.id,
      key: row.platformKey!,
      name: row.platformName!,
      minutes: row.minutes,
      sharePercent: shareOf(row.minutes, totalMinutes),
    })),
  };
}

export function presentComparison(
  loaded: LoadedComparison,
  period: ComparisonPeriod,
  figures: ComparisonFigures,
): BenchmarkComparison {
  const { set, facts } = loaded;
  const { totals, weeks } = figures;
  const platformRows = facts.breakdown.filter((row) => row.kind === 'platform' && row.minutes > 0);
  const { figures: _figures, ...setInfo } = set;
  const { byActivity, byPlatform } = breakdownViews(facts.breakdown, platformRows, totals.minutes);
  return {
    set: setInfo,
    period,
    scope: scopeView(loaded, figures),
    hasData: totals.minutes > 0 || totals.checkIns > 0,
    totals,
    averages: averagesView(loaded, figures),
    dailyTime: dailyTimeView(set.figures, figures),
    postingFrequency: postingFrequencyView(set.figures, figures),
    platforms: platformsView(set.figures, platformRows),
    activeShare: set.figures.filter((figure) => figure.metric === 'ACTIVE_SHARE').map(summary)[0] ?? null,
    goals: set.figures.filter((figure) => figure.metric === 'GOAL').map(summary),
    trend: figures.trend,
    byActivity,
    byPlatform,
    perLocation: facts.perLocation ? subjectTable(facts.perLocation, weeks, set.figures) : null,
    perMember: facts.perMember ? subjectTable(facts.perMember, weeks, set.figures) : null,
  };
}
