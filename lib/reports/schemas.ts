import { z } from 'zod';
import { reportMonthPattern } from './month';

// The monthly report's query (page form, PDF route, API): a month and optionally a location
// group. Messages are full keys under "reports.errors". Whether the month is past or current and
// not before the organisation existed depends on the organisation, so the data layer checks that
// with reportMonthRangeSchema.
const error = (key: string) => ({ error: `reports.errors.${key}` });
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

export const reportMonthSchema = z
  .string(error('monthInvalid'))
  .trim()
  .max(7, error('monthInvalid'))
  .regex(reportMonthPattern, error('monthInvalid'))
  .meta({ type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'A month, YYYY-MM.' });

export const monthlyReportQuerySchema = z.object({
  /** Absent: the month before the current one (the page and the API default). */
  month: z.preprocess(blankToUndefined, reportMonthSchema.optional()),
  group: z.preprocess(blankToUndefined, z.uuid(error('groupInvalid')).optional()),
});
export type MonthlyReportQuery = z.output<typeof monthlyReportQuerySchema>;

/** A month the organisation can have a report of: from the month it was created to the current one. */
export function reportMonthRangeSchema(range: { earliest: string; latest: string }) {
  return z.object({
    month: z
      .string()
      .refine((month) => month <= range.latest, error('monthInFuture'))
      .refine((month) => month >= range.earliest, error('monthBeforeOrganisation')),
  });
}
