import { z } from 'zod';
import { maxMinutesInAnyDay } from '@/lib/checkins/activities';
import { activitySchema } from '@/lib/checkins/schemas';
import { isStorableText, storableTextError } from '@/lib/validation/storable-text';
import { isPlainDate, toUtcDate, type PlainDate } from '@/lib/weeks/iso-week';

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
  note: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(500, error('textTooLong'))
      .refine(isStorableText, storableTextError)
      .nullable()
      .optional(),
  ),
  /** Who spent the time; defaults to the signed-in member. Only managers may log for others. */
  membershipId: z.preprocess(blankToNull, z.uuid(error('memberInvalid')).nullable().optional()),
});
export type TimeEntryCreate = z.output<typeof timeEntryCreateSchema>;

/** The period of the CSV export and the list in the API: both dates included, at most about two years. */
export const maxRangeDays = 732;
export const timeEntryRangeSchema = z
  .object({ from: plainDateSchema, to: plainDateSchema })
  .superRefine(({ from, to }, context) => {
    // The dates' own issues are reported already (a refinement does not stop the object's checks).
    if (!isPlainDate(from) || !isPlainDate(to)) return;
    if (to < from)
      context.addIssue({ code: 'custom', path: ['to'], message: 'timeEntries.errors.rangeReversed' });
    else if (daysBetween(from, to) > maxRangeDays)
      context.addIssue({ code: 'custom', path: ['to'], message: 'timeEntries.errors.rangeTooLong' });
  });
export type TimeEntryRange = z.output<typeof timeEntryRangeSchema>;

function daysBetween(from: PlainDate, to: PlainDate) {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

/** The delete button's form. */
export const timeEntryDeleteSchema = z.object({ id: z.uuid(error('entryInvalid')) });
