import { z } from 'zod';
import { groupFilterParam } from '@/lib/access/group-filter-param';
import { isPlainDate, toUtcDate } from '@/lib/weeks/iso-week';

// GET /api/v1/score-history: a period of local dates (the organisation's time zone) and
// optionally one location. Messages are full keys under "scoreHistory.errors".
const error = (key: string) => ({ error: `scoreHistory.errors.${key}` });
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

/** The longest period one request reads: two years of days (location snapshots are kept 25 months). */
export const maxHistoryDays = 731;
/** The period when none is asked for: the 90 days up to and including today. */
export const defaultHistoryDays = 90;

/** Days from `from` to `to`, both included. */
export function daysInPeriod(from: string, to: string) {
  return (toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000 + 1;
}

const plainDateSchema = z
  .string(error('dateInvalid'))
  .trim()
  .max(10, error('dateInvalid'))
  .refine(isPlainDate, error('dateInvalid'))
  .meta({ type: 'string', format: 'date', description: 'A date, YYYY-MM-DD.' });

export const scoreHistoryQuerySchema = z
  .object({
    from: z.preprocess(blankToUndefined, plainDateSchema.optional()),
    to: z.preprocess(blankToUndefined, plainDateSchema.optional()),
    locationId: z.preprocess(blankToUndefined, z.uuid(error('locationInvalid')).optional()),
    /** Only this location group's locations (checked against the database by the reader). */
    group: groupFilterParam,
  })
  .superRefine((query, context) => {
    if (query.locationId && query.group)
      context.addIssue({ code: 'custom', path: ['group'], message: error('groupWithLocation').error });
    // Refinements run even when a field failed: only two real dates make a period.
    if (!query.from || !query.to || !isPlainDate(query.from) || !isPlainDate(query.to)) return;
    const days = daysInPeriod(query.from, query.to);
    if (days < 1) context.addIssue({ code: 'custom', path: ['to'], message: error('periodReversed').error });
    if (days > maxHistoryDays) {
      context.addIssue({ code: 'custom', path: ['from'], message: error('periodTooLong').error });
    }
  });
export type ScoreHistoryQuery = z.output<typeof scoreHistoryQuerySchema>;
