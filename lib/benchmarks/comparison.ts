import 'server-only';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { AppError } from '@/lib/errors';
import { activities, type ActivityValue } from '@/lib/checkins/activities';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { addIsoWeeks, currentIsoWeek, weekStartOf } from '@/lib/weeks/iso-week';
import {
  getBenchmarkSet,
  getDefaultBenchmarkSet,
  type BenchmarkFigureView,
  type BenchmarkSetView,
  type LocalisedText,
} from './benchmark-sets';
import {
  findComparisonFacts,
  findScopeSubjects,
  type ComparisonScope,
  type SubjectRow,
  type WeekRow,
} from './comparison-queries';
import { resolvePeriod, type ComparisonPeriod } from './period';
import {
  dailyTimeBands,
  frequencyClasses,
  isAboveAllBands,
  placeInDailyTimeBand,
  placeInFrequencyClass,
  roundOne,
} from './placement';
import { comparisonQuerySchema, type ComparisonQueryInput } from './schemas';

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

export type ComparisonScopeKind = 'organisation' | 'location' | 'member';

export type FigureSummary = {
  key: string;
  label: LocalisedText;
  note: LocalisedText | null;
  sharePercent: number;
};

export type DailyTimeBandView = FigureSummary & {
  minMinutes: number | null;
  maxMinutes: number | null;
  current: boolean;
};
export type FrequencyClassView = FigureSummary & { minPostsPerWeek: number; current: boolean };

export type SubjectFigures = {
  id: string;
  name: string;
  /** Store code of a location, role of a member. */
  detail: string;
  minutes: number;
  minutesPerWorkingDay: number;
  posts: number;
  postsPerWeek: number;
  reviewsAnswered: number;
  checkIns: number;
  dailyTimeBandKey: string | null;
};

export type SubjectTable = {
  rows: SubjectFigures[];
  /** Rows in the whole table; only the 50 with the most minutes are listed. */
  total: number;
  withData: number;
};

/** The answer of compareWithBenchmark: plain JSON-able data. */
export type BenchmarkComparison = {
  set: Omit<BenchmarkSetView, 'figures'>;
  period: ComparisonPeriod;
  scope: {
    kind: ComparisonScopeKind;
    location: { id: string; name: string; storeCode: string } | null;
    member: { id: string; name: string } | null;
    /** Non-archived locations in scope (organisation: all; member: assigned to them; location: 1). */
    locations: number;
    /** Locations with minutes or a check-in in the counted weeks: the divisor of the per-location figures. */
    locationsWithData: number;
  };
  /** Anything recorded in the counted weeks (minutes or a check-in). */
  hasData: boolean;
  totals: { minutes: number; posts: number; reviewsAnswered: number; checkIns: number };
  averages: {
    minutesPerWorkingDay: number;
    minutesPerDay: number;
    postsPerWeek: number;
    reviewsAnsweredPerWeek: number;
    /** Organisation scope only. */
    minutesPerWorkingDayPerLocation: number | null;
    postsPerWeekPerLocation: number | null;
  };
  dailyTime: {
    /** The band the scope's minutes per working day fall in; null when the set has no band for it. */
    band: DailyTimeBandView | null;
    /** True when the value is above every band the source breaks down. */
    aboveAllBands: boolean;
    /** The band of the average location (organisation scope only). */
    bandPerLocationKey: string | null;
    bands: DailyTimeBandView[];
  };
  postingFrequency: { class: FrequencyClassView | null; classes: FrequencyClassView[] };
  platforms: {
    active: {
      platformId: string;
      key: string;
      name: string;
      minutes: number;
      survey: FigureSummary | null;
    }[];
    /** Platforms of the survey without minutes in the period; `tracked` is false for those not in the catalogue (blogs, Google+). */
    surveyNotActive: (FigureSummary & { platformKey: string | null; tracked: boolean })[];
  };
  activeShare: FigureSummary | null;
  goals: FigureSummary[];
  /** Every week of the period; `counted` says whether it is in the totals, `unfinished` that it has not ended. */
  trend: (WeekRow & { counted: boolean; unfinished: boolean })[];
  byActivity: { activity: ActivityValue; minutes: number; sharePercent: number }[];
  byPlatform: { platformId: string; key: string; name: string; minutes: number; sharePercent: number }[];
  /** Managers, organisation scope only. */
  perLocation: SubjectTable | null;
  perMember: SubjectTable | null;
};

const summary = (figure: BenchmarkFigureView): FigureSummary => ({
  key: figure.key,
  label: figure.label,
  note: figure.note,
  sharePercent: figure.sharePercent,
});

const shareOf = (part: number, whole: number) => (whole > 0 ? roundOne((part / whole) * 100) : 0);

/**
 * Who may see what: managers any location or member of the organisation, staff only their own
 * figures (no filter means their own; a location must be assigned to them). Unknown, foreign
 * or forbidden ids are NOT_FOUND alike.
 */
function scopeFilters(member: MemberContext, query: { locationId?: string; membershipId?: string }) {
  if (hasRole(member, 'MANAGER'))
    return { locationId: query.locationId ?? null, membershipId: query.membershipId ?? null };
  if (query.membershipId && query.membershipId !== member.membershipId) throw new AppError('NOT_FOUND');
  if (query.locationId) return { locationId: query.locationId, membershipId: null };
  return { locationId: null, membershipId: member.membershipId };
}

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

/**
 * The comparison for the organisation, one location or one member over whole ISO weeks (see the
 * definitions above). Takes the query as the URL has it or as comparisonQuerySchema parsed it;
 * `now` fixes "the current week" for the default period; `subjectTables: false` leaves out the
 * per-location and per-member tables (the dashboard needs only the totals). The same three or
 * four queries at any size.
 */
export async function compareWithBenchmark(
  member: MemberContext,
  input: ComparisonQueryInput,
  { now = new Date(), subjectTables = true }: { now?: Date; subjectTables?: boolean } = {},
): Promise<BenchmarkComparison> {
  const query = comparisonQuerySchema.parse(input);
  const period = resolvePeriod(query, member.organisation.timeZone, now);
  const filters = scopeFilters(member, query);
  const scope: ComparisonScope = {
    organisationId: member.organisation.id,
    ...filters,
    firstMonday: weekStartOf(period.from),
    lastMonday: weekStartOf(period.to),
    countedLastMonday: weekStartOf(period.countedTo ?? addIsoWeeks(period.from, -1)),
  };
  const kind: ComparisonScopeKind = scope.locationId
    ? 'location'
    : scope.membershipId
      ? 'member'
      : 'organisation';
  const [set, subjects] = await Promise.all([
    query.set ? getBenchmarkSet(member, query.set) : getDefaultBenchmarkSet(member),
    cachedOrganisationRead(member, 'benchmarks.subjects', [scope], () => findScopeSubjects(scope)),
  ]);
  if (scope.locationId && !subjects.location) throw new AppError('NOT_FOUND');
  if (scope.membershipId && !subjects.member) throw new AppError('NOT_FOUND');
  if (
    !hasRole(member, 'MANAGER') &&
    subjects.location &&
    subjects.location.assignedMembershipId !== member.membershipId
  )
    throw new AppError('NOT_FOUND');

  const tables = subjectTables && kind === 'organisation' && hasRole(member, 'MANAGER');
  const facts = await cachedOrganisationRead(member, 'benchmarks.facts', [scope, tables], () =>
    findComparisonFacts(scope, tables),
  );
  const { breakdown: breakdowns, perLocation, perMember, locationsWithData } = facts;
  const countedUntil = scope.countedLastMonday;
  const runningMonday = weekStartOf(currentIsoWeek(member.organisation.timeZone, now));
  const trend = facts.weeks.map((week) => ({
    ...week,
    counted: week.weekStart <= countedUntil,
    unfinished: week.weekStart >= runningMonday,
  }));

  // Divisions by the counted weeks; with none counted every figure is 0 and hasData false.
  const weeks = Math.max(period.countedWeeks, 1);
  const totals = trend
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
  const minutesPerWorkingDay = totals.minutes / (weeks * 5);
  const postsPerWeek = totals.posts / weeks;
  const locations = kind === 'location' ? (subjects.location ? 1 : 0) : subjects.activeLocations;
  // Per location means per location that recorded something: empty ones would only dilute it.
  const perLocationMinutes =
    kind === 'organisation' && locationsWithData > 0 ? minutesPerWorkingDay / locationsWithData : null;

  const band = placeInDailyTimeBand(minutesPerWorkingDay, set.figures);
  const bandPerLocation =
    perLocationMinutes === null ? null : placeInDailyTimeBand(perLocationMinutes, set.figures);
  const frequency = placeInFrequencyClass(postsPerWeek, set.figures);
  const bandView = (figure: BenchmarkFigureView): DailyTimeBandView => ({
    ...summary(figure),
    minMinutes: figure.minMinutes,
    maxMinutes: figure.maxMinutes,
    current: figure.id === band?.id,
  });

  const activityRows = breakdowns.filter((row) => row.kind === 'activity');
  const platformRows = breakdowns.filter((row) => row.kind === 'platform' && row.minutes > 0);
  const usage = set.figures.filter((figure) => figure.metric === 'PLATFORM_USAGE');
  const activeKeys = new Set(platformRows.map((row) => row.platformKey));
  const { figures: _figures, ...setInfo } = set;

  return {
    set: setInfo,
    period,
    scope: {
      kind,
      location: subjects.location
        ? { id: subjects.location.id, name: subjects.location.name, storeCode: subjects.location.storeCode }
        : null,
      member: subjects.member,
      locations,
      locationsWithData,
    },
    hasData: totals.minutes > 0 || totals.checkIns > 0,
    totals,
    averages: {
      minutesPerWorkingDay: roundOne(minutesPerWorkingDay),
      minutesPerDay: roundOne(totals.minutes / (weeks * 7)),
      postsPerWeek: roundOne(postsPerWeek),
      reviewsAnsweredPerWeek: roundOne(totals.reviewsAnswered / weeks),
      minutesPerWorkingDayPerLocation: perLocationMinutes === null ? null : roundOne(perLocationMinutes),
      postsPerWeekPerLocation:
        kind === 'organisation' && locationsWithData > 0 ? roundOne(postsPerWeek / locationsWithData) : null,
    },
    dailyTime: {
      band: band ? bandView(band) : null,
      aboveAllBands: isAboveAllBands(minutesPerWorkingDay, set.figures),
      bandPerLocationKey: bandPerLocation?.key ?? null,
      bands: dailyTimeBands(set.figures).map(bandView),
    },
    postingFrequency: {
      class: frequency
        ? { ...summary(frequency), minPostsPerWeek: frequency.minPostsPerWeek!, current: true }
        : null,
      classes: frequencyClasses(set.figures).map((figure) => ({
        ...summary(figure),
        minPostsPerWeek: figure.minPostsPerWeek!,
        current: figure.id === frequency?.id,
      })),
    },
    platforms: {
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
    },
    activeShare: set.figures.filter((figure) => figure.metric === 'ACTIVE_SHARE').map(summary)[0] ?? null,
    goals: set.figures.filter((figure) => figure.metric === 'GOAL').map(summary),
    trend,
    byActivity: activities.map((activity) => {
      const minutes = activityRows.find((row) => row.id === activity)?.minutes ?? 0;
      return { activity, minutes, sharePercent: shareOf(minutes, totals.minutes) };
    }),
    byPlatform: platformRows.map((row) => ({
      platformId: row.id,
      key: row.platformKey!,
      name: row.platformName!,
      minutes: row.minutes,
      sharePercent: shareOf(row.minutes, totals.minutes),
    })),
    perLocation: perLocation ? subjectTable(perLocation, weeks, set.figures) : null,
    perMember: perMember ? subjectTable(perMember, weeks, set.figures) : null,
  };
}
