import type { LocalisedText } from '@/lib/benchmarks/benchmark-sets';

// The monthly report's figures (monthlyReport in monthly-report.ts): plain JSON-able data, as the
// page, the PDF, the mail and the API read it.

export type ScorePoint = {
  /** The organisation's local date, YYYY-MM-DD. */
  date: string;
  score: number;
  coverage: number;
  correctness: number;
  freshness: number;
  /** Locations the day's score is the mean of. */
  locations: number;
};

export type NeedsActionStatus = 'NEEDS_UPDATE' | 'CLAIM_REQUESTED' | 'NOT_STARTED';

export type NeedsActionItem = {
  status: NeedsActionStatus;
  location: { id: string; name: string; storeCode: string };
  platform: { id: string; name: string };
};

export type PunctualityWeek = {
  week: string;
  weekStart: string;
  due: number;
  onTime: number;
  late: number;
  missing: number;
};

export type PunctualityLocation = {
  id: string;
  name: string;
  storeCode: string;
  due: number;
  onTime: number;
  late: number;
  missing: number;
};

export type HoursWeek = {
  week: string;
  weekStart: string;
  minutes: number;
  locationsWithData: number;
  /** minutes / (5 working days × locations with data); null without data. */
  minutesPerWorkingDayPerLocation: number | null;
};

export type SurveyBand = {
  key: string;
  label: LocalisedText;
  note: LocalisedText | null;
  sharePercent: number;
  minMinutes: number | null;
  maxMinutes: number | null;
};

export type VerificationCount = { source: string; outcome: string; count: number };

export type MonthlyReport = {
  organisation: { id: string; name: string; slug: string; timeZone: string };
  month: string;
  /** The month's first and last local day. */
  period: { from: string; to: string };
  /** The months a report exists for: the organisation's first to the current one. */
  months: { earliest: string; latest: string };
  /** The report's month is the running one: figures so far. */
  partial: boolean;
  group: { id: string; name: string } | null;
  /** A manager limited to some location groups sees only theirs. */
  limitedToGroups: boolean;
  generatedAt: string;
  score: {
    /** The month's last snapshot (or today's so far); null when the month has none. */
    atMonthEnd: ScorePoint | null;
    /** At the end of the month before, for the change. */
    previousMonthEnd: ScorePoint | null;
    change: number | null;
    daily: ScorePoint[];
    /** The last snapshot of each of the 11 months before, oldest first (months without one are missing). */
    monthEnds: ScorePoint[];
  };
  listings: {
    movements: { gained: number; lost: number; corrected: number };
    needsAction: {
      total: number;
      byStatus: Record<NeedsActionStatus, number>;
      byPlatform: {
        platformId: string;
        name: string;
        counts: Record<NeedsActionStatus, number>;
        total: number;
      }[];
      /** The most urgent first: wrong listings, open claims, then missing ones on the weightiest platforms. */
      items: NeedsActionItem[];
    };
  };
  checkIns: {
    /** Weeks whose check-in day falls in the month and has ended. */
    weeks: PunctualityWeek[];
    totals: { due: number; onTime: number; late: number; missing: number; onTimePercent: number | null };
    /** Locations with the most weeks missing or late (at most 10) and how many have any. */
    behind: PunctualityLocation[];
    locationsBehind: number;
  };
  hours: {
    weeks: HoursWeek[];
    totalMinutes: number;
    /** The month's minutes per working day per location with data; null without data. */
    minutesPerWorkingDayPerLocation: number | null;
    survey: { name: string; source: string; year: number; sampleSize: number; bands: SurveyBand[] };
    /** The survey's band the month's figure falls in; null without data or without a band. */
    bandKey: string | null;
  };
  verification: {
    /** Latest observations per location and source made in the month, by source and outcome. */
    observations: VerificationCount[];
    /** Checks that ran in the month, by source and task status (DONE, FAILED, SKIPPED). */
    checks: VerificationCount[];
    /** Checklist statuses the automatic checks set themselves in the month, by source. */
    statusChanges: { source: string; count: number }[];
  };
};
