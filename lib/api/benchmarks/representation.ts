import { z } from 'zod';
import { activities } from '@/lib/checkins/activities';
import type { BenchmarkSetView } from '@/lib/benchmarks/benchmark-sets';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { benchmarkMetrics } from '@/lib/benchmarks/schemas';

// The JSON of GET /api/v1/benchmarks and GET /api/v1/benchmarks/comparison. The schemas type the
// mappers and describe the answers in the OpenAPI document.
const localised = z.object({ de: z.string(), en: z.string() });
const share = z.number().min(0).max(100).meta({ description: 'Percent of the sample.' });

export const benchmarkFigureJsonSchema = z.object({
  metric: z.enum(benchmarkMetrics),
  key: z.string(),
  label: localised,
  note: localised
    .nullable()
    .meta({ description: "How to read the figure honestly, where the source's wording needs it." }),
  sharePercent: share,
  minMinutes: z
    .int()
    .nullable()
    .meta({ description: 'DAILY_TIME: lower bound in minutes per working day (inclusive).' }),
  maxMinutes: z.int().nullable().meta({
    description:
      'DAILY_TIME: upper bound (exclusive). Both bounds null: the group the source does not break down.',
  }),
  minPostsPerWeek: z
    .number()
    .nullable()
    .meta({ description: 'POST_FREQUENCY: this many posts a week on average or more.' }),
  platformKey: z
    .string()
    .nullable()
    .meta({ description: 'PLATFORM_USAGE: the catalogue platform (`Platform.key`), if any.' }),
});

const setInfo = {
  id: z.uuid(),
  key: z
    .string()
    .nullable()
    .meta({ description: 'Stable key of a built-in set, e.g. `hs-bremerhaven-2012`.' }),
  builtIn: z.boolean(),
  name: z.string(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  year: z.int(),
  sampleSize: z.int().min(1),
  notes: z.string().nullable(),
};

export const benchmarkSetJsonSchema = z
  .object({ ...setInfo, figures: z.array(benchmarkFigureJsonSchema) })
  .meta({ title: 'BenchmarkSet' });
export const benchmarkSetListJsonSchema = z
  .object({ data: z.array(benchmarkSetJsonSchema) })
  .meta({ title: 'BenchmarkSetList' });
export type BenchmarkSetJson = z.output<typeof benchmarkSetJsonSchema>;

export function toBenchmarkSetJson(set: BenchmarkSetView): BenchmarkSetJson {
  return {
    id: set.id,
    key: set.key,
    builtIn: set.builtIn,
    name: set.name,
    source: set.source,
    sourceUrl: set.sourceUrl,
    year: set.year,
    sampleSize: set.sampleSize,
    notes: set.notes,
    figures: set.figures.map(({ id: _id, ...figure }) => figure),
  };
}

const figureSummary = z.object({
  key: z.string(),
  label: localised,
  note: localised.nullable(),
  sharePercent: share,
});
const band = figureSummary.extend({
  minMinutes: z.int().nullable(),
  maxMinutes: z.int().nullable(),
  current: z.boolean(),
});
const frequencyClass = figureSummary.extend({ minPostsPerWeek: z.number(), current: z.boolean() });
const rounded = (description: string) =>
  z.number().meta({ description: `${description} Rounded to one decimal.` });
const subjectTable = z.object({
  rows: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      detail: z.string().meta({ description: 'Store code of a location, role of a member.' }),
      minutes: z.int(),
      minutesPerWorkingDay: rounded('minutes / (countedWeeks × 5).'),
      posts: z.int(),
      postsPerWeek: rounded('posts / countedWeeks.'),
      reviewsAnswered: z.int(),
      checkIns: z.int(),
      dailyTimeBandKey: z.string().nullable(),
    }),
  ),
  total: z.int().meta({ description: 'Rows in the whole table; the 50 with the most minutes are listed.' }),
  withData: z.int().meta({ description: 'Rows with minutes or a check-in in the counted weeks.' }),
});

export const benchmarkComparisonJsonSchema = z
  .object({
    set: z.object(setInfo),
    period: z.object({
      from: z.string().meta({ description: 'First ISO week, e.g. 2026-W03.' }),
      to: z.string().meta({ description: 'Last ISO week, included.' }),
      firstDate: z.string().meta({ description: 'Monday of the first week.' }),
      lastDate: z.string().meta({ description: 'Sunday of the last week.' }),
      weeks: z.int().min(1).meta({ description: 'Weeks in the period, all of them in `trend`.' }),
      currentWeek: z
        .string()
        .nullable()
        .meta({ description: "The week running now (organisation's time zone), if the period holds it." }),
      includesCurrentWeek: z.boolean().meta({
        description:
          'Whether the running week (and any later one) counts in totals and averages: `includeCurrentWeek`.',
      }),
      countedWeeks: z.int().min(0).meta({
        description:
          'The weeks totals, averages, breakdowns and tables are taken over: the finished ones unless includesCurrentWeek. 0 when none has finished (every figure is then 0).',
      }),
    }),
    scope: z.object({
      kind: z.enum(['organisation', 'location', 'member']),
      location: z.object({ id: z.uuid(), name: z.string(), storeCode: z.string() }).nullable(),
      member: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      locations: z.int().meta({
        description:
          'Non-archived locations in scope (organisation: all; member: assigned to them; location: 1).',
      }),
      locationsWithData: z.int().meta({
        description:
          'Locations with minutes or a check-in in the counted weeks (archived ones included): the divisor of the per-location averages.',
      }),
    }),
    hasData: z.boolean().meta({ description: 'Minutes or a check-in in the counted weeks.' }),
    totals: z.object({ minutes: z.int(), posts: z.int(), reviewsAnswered: z.int(), checkIns: z.int() }),
    averages: z.object({
      minutesPerWorkingDay: rounded('totalMinutes / (countedWeeks × 5).'),
      minutesPerDay: rounded('totalMinutes / (countedWeeks × 7).'),
      postsPerWeek: rounded('posts / countedWeeks.'),
      reviewsAnsweredPerWeek: rounded('reviewsAnswered / countedWeeks.'),
      minutesPerWorkingDayPerLocation: rounded(
        'Organisation scope: totalMinutes / (countedWeeks × 5 × locationsWithData); null without such locations.',
      ).nullable(),
      postsPerWeekPerLocation: rounded(
        'Organisation scope: posts / (countedWeeks × locationsWithData); null without such locations.',
      ).nullable(),
    }),
    dailyTime: z.object({
      band: band.nullable().meta({ description: 'The band the unrounded minutesPerWorkingDay falls in.' }),
      aboveAllBands: z.boolean(),
      bandPerLocationKey: z.string().nullable(),
      bands: z.array(band),
    }),
    postingFrequency: z.object({ class: frequencyClass.nullable(), classes: z.array(frequencyClass) }),
    platforms: z.object({
      active: z.array(
        z.object({
          platformId: z.uuid(),
          key: z.string(),
          name: z.string(),
          minutes: z.int(),
          survey: figureSummary.nullable(),
        }),
      ),
      surveyNotActive: z.array(
        figureSummary.extend({ platformKey: z.string().nullable(), tracked: z.boolean() }),
      ),
    }),
    activeShare: figureSummary.nullable(),
    goals: z.array(figureSummary),
    trend: z.array(
      z.object({
        week: z.string(),
        weekStart: z.string(),
        minutes: z.int(),
        posts: z.int(),
        reviewsAnswered: z.int(),
        checkIns: z.int(),
        counted: z.boolean().meta({ description: 'In the totals and averages (see period.countedWeeks).' }),
        unfinished: z
          .boolean()
          .meta({ description: 'The week is running now (or lies ahead): its figures are partial.' }),
      }),
    ),
    byActivity: z.array(z.object({ activity: z.enum(activities), minutes: z.int(), sharePercent: share })),
    byPlatform: z.array(
      z.object({
        platformId: z.uuid(),
        key: z.string(),
        name: z.string(),
        minutes: z.int(),
        sharePercent: share,
      }),
    ),
    perLocation: subjectTable.nullable(),
    perMember: subjectTable.nullable(),
  })
  .meta({ title: 'BenchmarkComparison' });
export type BenchmarkComparisonJson = z.output<typeof benchmarkComparisonJsonSchema>;

export function toBenchmarkComparisonJson(comparison: BenchmarkComparison): BenchmarkComparisonJson {
  const { period } = comparison;
  return {
    ...comparison,
    period: {
      from: period.fromWeek,
      to: period.toWeek,
      firstDate: period.firstDate,
      lastDate: period.lastDate,
      weeks: period.weeks,
      currentWeek: period.currentWeek,
      includesCurrentWeek: period.includesCurrentWeek,
      countedWeeks: period.countedWeeks,
    },
  };
}
