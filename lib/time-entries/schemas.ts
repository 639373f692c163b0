import { z } from 'zod';
import { activitySchema, maxMinutesInAnyDay } from '@/lib/checkins/activities';
import { isPlainDate } from '@/lib/weeks/iso-week';

// Shared by the quick-log form, its action and POST /api/v1/time-entries.
const error = (key: string) => ({ error: `timeEntries.errors.${key}` });
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const plainDateSchema = z
  .string(error('dateInvalid'))
  .trim()
  .refine(isPlainDate, error('dateInvalid'));

export const timeEntryCreateSchema = z.object({
  locationId: z.uuid(error('locationInvalid')),
  platformId: z.uuid(error('platformInvalid')),
  activity: activitySchema,
  /** The calendar day the time was spent (in the organisation's time zone). */
  date: plainDateSchema,
  minutes: z.coerce
    .number(error('minutesInvalid'))
    .int(error('minutesInvalid'))
    .min(1, error('minutesTooFew'))
    .max(maxMinutesInAnyDay, error('minutesTooMany')),
  note: z.preprocess(blankToNull, z.string().trim().max(500, error('textTooLong')).nullable().optional()),
  /** Who spent the time; defaults to the signed-in member. Only managers may log for others. */
  membershipId: z.preprocess(blankToNull, z.uuid(error('memberInvalid')).nullable().optional()),
});
export type TimeEntryCreate = z.output<typeof timeEntryCreateSchema>;
