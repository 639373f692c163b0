import { z } from 'zod';
import type { MonthlyReport } from '@/lib/reports/report-types';

// The JSON of GET /api/v1/reports/monthly: the report's figures as lib/reports computes them for
// the page, the PDF and the mail. The schema types the mapper and describes the answer in the
// OpenAPI document.
const share = (description: string) => z.number().min(0).max(1).meta({ description });
const count = (description: string) => z.int().min(0).meta({ description });
const localised = z.object({ de: z.string(), en: z.string() });
const needsActionStatus = z.enum(['NEEDS_UPDATE', 'CLAIM_REQUESTED', 'NOT_STARTED']);
const statusCounts = z.object({ NEEDS_UPDATE: z.int(), CLAIM_REQUESTED: z.int(), NOT_STARTED: z.int() });

const scorePoint = z.object({
  date: z.string().meta({ description: "The organisation's local date of the snapshot, YYYY-MM-DD." }),
  score: z
    .int()
    .min(0)
    .max(100)
    .meta({ description: 'The presence score, 0–100 (see GET /api/v1/score-history).' }),
  coverage: share('Listed weight over applicable weight.'),
  correctness: share('Of the listed weight, the share matching the master data.'),
  freshness: share('Of the listed weight, the share re-checked within the freshness period.'),
  locations: count('Locations the day’s score is the mean of.'),
});

const verificationCount = z.object({ source: z.string(), outcome: z.string(), count: z.int() });

const weekFigures = {
  week: z.string().meta({ description: 'ISO week, e.g. 2026-W45.' }),
  weekStart: z.string().meta({ description: 'Its Monday, YYYY-MM-DD.' }),
};

export const monthlyReportJsonSchema = z
  .object({
    organisation: z.object({ id: z.uuid(), name: z.string(), slug: z.string(), timeZone: z.string() }),
    month: z.string().meta({ description: 'The month reported on, YYYY-MM.' }),
    period: z
      .object({ from: z.string(), to: z.string() })
      .meta({ description: "The month's first and last local day." }),
    months: z
      .object({ earliest: z.string(), latest: z.string() })
      .meta({ description: 'The months a report exists for: the organisation’s first to the current one.' }),
    partial: z.boolean().meta({ description: 'The month is the running one: figures so far.' }),
    group: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .meta({ description: 'The location group asked for, or null.' }),
    limitedToGroups: z
      .boolean()
      .meta({ description: 'A manager limited to location groups sees only theirs.' }),
    generatedAt: z.string().meta({ description: 'When the report was read, ISO 8601.' }),
    score: z.object({
      atMonthEnd: scorePoint
        .nullable()
        .meta({ description: "The month's last snapshot; null when it has none." }),
      previousMonthEnd: scorePoint.nullable().meta({ description: 'The last snapshot of the month before.' }),
      change: z.int().nullable().meta({ description: 'atMonthEnd.score − previousMonthEnd.score.' }),
      daily: z
        .array(scorePoint)
        .meta({ description: 'Every day of the month with a snapshot, oldest first.' }),
      monthEnds: z
        .array(scorePoint)
        .meta({ description: 'The last snapshot of each of the 11 months before.' }),
    }),
    listings: z.object({
      movements: z.object({ gained: z.int(), lost: z.int(), corrected: z.int() }).meta({
        description: 'Checklist items by where their status ended up in the month (each counted once).',
      }),
      needsAction: z.object({
        total: count('Items that need someone now: wrong data, claim open, not started.'),
        byStatus: statusCounts,
        byPlatform: z.array(
          z.object({ platformId: z.uuid(), name: z.string(), counts: statusCounts, total: z.int() }),
        ),
        items: z
          .array(
            z.object({
              status: needsActionStatus,
              location: z.object({ id: z.uuid(), name: z.string(), storeCode: z.string() }),
              platform: z.object({ id: z.uuid(), name: z.string() }),
            }),
          )
          .meta({ description: 'The first 20 by urgency, then platform weight, then location name.' }),
      }),
    }),
    checkIns: z.object({
      weeks: z
        .array(z.object({ ...weekFigures, due: z.int(), onTime: z.int(), late: z.int(), missing: z.int() }))
        .meta({ description: 'Weeks whose check-in day lies in the month and has passed.' }),
      totals: z.object({
        due: z.int(),
        onTime: z.int(),
        late: z.int(),
        missing: z.int(),
        onTimePercent: z
          .int()
          .nullable()
          .meta({ description: 'round(100 × onTime / due); null when nothing was due.' }),
      }),
      behind: z
        .array(
          z.object({
            id: z.uuid(),
            name: z.string(),
            storeCode: z.string(),
            due: z.int(),
            onTime: z.int(),
            late: z.int(),
            missing: z.int(),
          }),
        )
        .meta({ description: 'The (at most 10) locations with the most weeks missing, then late.' }),
      locationsBehind: count('Locations with any week missing or late.'),
    }),
    hours: z.object({
      weeks: z.array(
        z.object({
          ...weekFigures,
          minutes: z.number(),
          locationsWithData: z.int(),
          minutesPerWorkingDayPerLocation: z.number().nullable(),
        }),
      ),
      totalMinutes: z.number(),
      minutesPerWorkingDayPerLocation: z.number().nullable().meta({
        description: 'totalMinutes / (5 × the sum of each week’s locations with data); null without data.',
      }),
      survey: z.object({
        name: z.string(),
        source: z.string(),
        year: z.int(),
        sampleSize: z.int(),
        bands: z.array(
          z.object({
            key: z.string(),
            label: localised,
            note: localised.nullable(),
            sharePercent: z.number(),
            minMinutes: z.number().nullable(),
            maxMinutes: z.number().nullable(),
          }),
        ),
      }),
      bandKey: z.string().nullable().meta({ description: 'The survey band the month’s figure falls in.' }),
    }),
    verification: z.object({
      observations: z
        .array(verificationCount)
        .meta({ description: 'Latest observations made in the month, by source and outcome.' }),
      checks: z
        .array(verificationCount)
        .meta({ description: 'Checks that ended in the month, by source and status.' }),
      statusChanges: z
        .array(z.object({ source: z.string(), count: z.int() }))
        .meta({ description: 'Checklist statuses the checks set themselves in the month, by source.' }),
    }),
  })
  .meta({ title: 'MonthlyReport' });
export type MonthlyReportJson = z.output<typeof monthlyReportJsonSchema>;

export function toMonthlyReportJson(report: MonthlyReport): MonthlyReportJson {
  return report;
}
