import type { ActivityValue } from '@/lib/checkins/activities';
import type { BenchmarkSetView, LocalisedText } from './benchmark-sets';
import type { WeekRow } from './comparison-queries';
import type { ComparisonPeriod } from './period';

// The shape of a benchmark comparison (compareWithBenchmark in comparison.ts): plain JSON-able
// data, as the page, the dashboard and the API read it.

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
