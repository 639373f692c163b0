import { z } from 'zod';
import { optionalText as optionalStorableText } from '@/lib/validation/optional-text';
import { isStorableText, storableTextError } from '@/lib/validation/storable-text';
import { parseIsoWeek, type IsoWeek } from '@/lib/weeks/iso-week';
import { activities, maxMinutesInAnyWeek } from './activities';

// One schema per input, shared by the check-in form, its actions and the HTTP API.
// Messages are full keys under "checkins.errors". Bounds that depend on the week and the
// organisation's time zone (the exact minutes in the week, enabled platforms, the lock) are
// checked by the data layer, which reports them on the same fields.
const error = (key: string) => ({ error: `checkins.errors.${key}` });
export const activitySchema = z.enum(activities, { error: 'checkins.errors.activityInvalid' });
const optionalText = (max: number) => optionalStorableText(max, error('textTooLong'));
const count = z.coerce
  .number(error('countInvalid'))
  .int(error('countInvalid'))
  .min(0, error('countInvalid'))
  .max(10_000, error('countInvalid'));

/** "2026-W48": an ISO week that exists. */
export const isoWeekSchema = z.string(error('weekInvalid')).transform((text, context): IsoWeek => {
  const week = parseIsoWeek(text.trim());
  if (!week) {
    context.addIssue({ code: 'custom', message: 'checkins.errors.weekInvalid' });
    return z.NEVER;
  }
  return week;
});

export const checkInMinutesLineSchema = z.object({
  platformId: z.uuid(error('platformInvalid')),
  activity: activitySchema,
  minutes: z.coerce
    .number(error('minutesInvalid'))
    .int(error('minutesInvalid'))
    .min(0, error('minutesNegative'))
    .max(maxMinutesInAnyWeek, error('minutesTooMany')),
});
export type CheckInMinutesLine = z.output<typeof checkInMinutesLineSchema>;

export const checkInStatuses = ['DRAFT', 'SUBMITTED'] as const;

/** The content of a week's check-in: what the form saves as a draft and the API puts. */
export const checkInContentSchema = z.object({
  minutes: z
    .array(checkInMinutesLineSchema, error('minutesInvalid'))
    .max(500, error('minutesInvalid'))
    .superRefine((lines, context) => {
      const seen = new Set<string>();
      for (const line of lines) {
        const key = `${line.platformId}:${line.activity}`;
        if (seen.has(key)) context.addIssue({ code: 'custom', message: 'checkins.errors.minutesDuplicate' });
        seen.add(key);
      }
      const total = lines.reduce((sum, line) => sum + line.minutes, 0);
      if (total > maxMinutesInAnyWeek)
        context.addIssue({ code: 'custom', message: 'checkins.errors.minutesTooMany' });
    })
    .default([]),
  postsPublished: count.default(0),
  reviewsAnswered: count.default(0),
  /** Platforms whose listing was re-checked; each sets the checklist's "last checked". */
  recheckedPlatformIds: z
    .array(z.uuid(error('platformInvalid')), error('platformInvalid'))
    .max(200, error('platformInvalid'))
    .transform((ids) => [...new Set(ids)])
    .default([]),
  notes: optionalText(2000),
  blockers: optionalText(2000),
});
export type CheckInContent = z.output<typeof checkInContentSchema>;

/** Saving from the form: the content plus the version the editor saw (0 for a new check-in). */
export const checkInSaveSchema = checkInContentSchema.extend({
  version: z.coerce
    .number(error('versionInvalid'))
    .int(error('versionInvalid'))
    .min(0, error('versionInvalid')),
});

/** PUT /api/v1/locations/{id}/checkins/{week}: the whole check-in; repeating a request changes nothing. */
export const checkInPutSchema = checkInContentSchema.extend({
  status: z.enum(checkInStatuses, error('statusInvalid')).default('DRAFT'),
});
export type CheckInPut = z.output<typeof checkInPutSchema>;

/** GET /api/v1/checkins?week=2026-W48 (default: the current week in the organisation's time zone). */
export const checkInListQuerySchema = z.object({
  week: isoWeekSchema.optional(),
  locationId: z.uuid(error('locationInvalid')).optional(),
});

export const weekListFilters = ['mine', 'all', 'overdue', 'open'] as const;
export type WeekListFilter = (typeof weekListFilters)[number];

/** The check-ins page: /o/[slug]/checkins?week=2026-W48&filter=open&q=hafen&page=2. */
export const weekListQuerySchema = z.object({
  week: isoWeekSchema.optional().catch(undefined),
  filter: z.enum(weekListFilters).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .refine(isStorableText, storableTextError)
    .optional()
    .catch(undefined)
    .transform((text) => text || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type WeekListQuery = z.output<typeof weekListQuerySchema>;
