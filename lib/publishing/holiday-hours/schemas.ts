import { z } from 'zod';
import { timeRangeSchema } from '@/lib/locations/schemas';
import {
  isSingleLineText,
  isStorableText,
  singleLineTextError,
  storableTextError,
} from '@/lib/validation/storable-text';
import {
  holidayHoursExistingChoices,
  holidayHoursPeriods,
  holidayHoursScopes,
  maxPeriodDays,
} from './choices';
import { holidayOn, holidayRegions } from './public-holidays';

// One input for special hours at many locations, shared by the form (preview and apply), the API
// (POST /api/v1/special-hours-batches) and the tests. Flat, so each problem shows beside its field.
// Messages are full keys under "holidayHours.errors", or "locations.errors" for the hours, which
// the location form checks the same way.

const error = (key: string) => ({ error: `holidayHours.errors.${key}` });

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value;
const parseJsonText = (value: unknown) => {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};
/** A checkbox or radio sends "true" / "false" ("on" for a bare checkbox). */
const formBoolean = (value: unknown) =>
  value === 'true' || value === 'on' ? true : value === 'false' ? false : value;

const isoDate = z
  .string(error('dateInvalid'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, error('dateInvalid'))
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }, error('dateInvalid'));
const optionalDate = z.preprocess(blankToUndefined, isoDate.optional());

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** The day's ranges as the location form takes them: at most four, sorted, not overlapping. */
const rangesSchema = z.preprocess(
  parseJsonText,
  z
    .array(timeRangeSchema, { error: 'locations.errors.timeInvalid' })
    .max(4, { error: 'locations.errors.tooManyRanges' })
    .transform((ranges) => [...ranges].sort((a, b) => minutes(a.opens) - minutes(b.opens)))
    .refine(
      (ranges) =>
        ranges.every(
          (range, index) => index === 0 || minutes(ranges[index - 1]!.closes) <= minutes(range.opens),
        ),
      { error: 'locations.errors.rangesOverlap' },
    )
    .default([]),
);

const fields = {
  period: z.preprocess(
    blankToUndefined,
    z.enum(holidayHoursPeriods, error('periodInvalid')).default('range'),
  ),
  startDate: optionalDate,
  endDate: optionalDate,
  holidayRegion: z.preprocess(blankToUndefined, z.enum(holidayRegions, error('regionInvalid')).optional()),
  holidayDate: optionalDate,
  closed: z.preprocess(formBoolean, z.boolean(error('closedInvalid')).default(true)),
  ranges: rangesSchema,
  note: z.preprocess(
    blankToUndefined,
    z
      .string(error('noteInvalid'))
      .max(200, { error: 'locations.errors.noteTooLong' })
      .refine(isStorableText, storableTextError)
      .refine(isSingleLineText, singleLineTextError)
      .optional(),
  ),
  scope: z.preprocess(blankToUndefined, z.enum(holidayHoursScopes, error('scopeInvalid')).default('ALL')),
  scopeValue: z.preprocess(
    blankToUndefined,
    z
      .string(error('scopeValueRequired'))
      .max(100, error('scopeValueTooLong'))
      .refine(isStorableText, storableTextError)
      .refine(isSingleLineText, singleLineTextError)
      .optional(),
  ),
  groupId: z.preprocess(blankToUndefined, z.uuid(error('groupInvalid')).optional()),
  onExisting: z.preprocess(
    blankToUndefined,
    z.enum(holidayHoursExistingChoices, error('onExistingInvalid')).default('SKIP'),
  ),
};

type Fields = z.output<z.ZodObject<typeof fields>>;

const days = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** The checks that need several fields; each problem is reported on the field to correct. */
function checkChoice(input: Fields, context: z.RefinementCtx) {
  const issue = (path: string, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  if (input.period === 'range') {
    if (!input.startDate) issue('startDate', 'holidayHours.errors.startDateRequired');
    const end = input.endDate ?? input.startDate;
    if (input.startDate && end && end < input.startDate)
      issue('endDate', 'holidayHours.errors.dateRangeReversed');
    else if (input.startDate && end && days(input.startDate, end) >= maxPeriodDays)
      issue('endDate', 'holidayHours.errors.periodTooLong');
  } else {
    if (!input.holidayRegion) issue('holidayRegion', 'holidayHours.errors.regionInvalid');
    if (!input.holidayDate) issue('holidayDate', 'holidayHours.errors.holidayRequired');
    else if (input.holidayRegion && !holidayOn(input.holidayRegion, input.holidayDate))
      issue('holidayDate', 'holidayHours.errors.holidayUnknown');
  }
  if (!input.closed && input.ranges.length === 0) issue('ranges', 'holidayHours.errors.hoursRequired');
  if ((input.scope === 'CITY' || input.scope === 'REGION') && !input.scopeValue)
    issue('scopeValue', 'holidayHours.errors.scopeValueRequired');
  if (input.scope === 'GROUP' && !input.groupId) issue('groupId', 'holidayHours.errors.groupInvalid');
}

/** The choice as the data layer takes it: a resolved period, the hours, the locations. */
function toChoice(input: Fields) {
  const holiday =
    input.period === 'holiday' ? holidayOn(input.holidayRegion!, input.holidayDate!, 'de')! : null;
  const startDate = holiday ? holiday.date : input.startDate!;
  return {
    startDate,
    endDate: holiday ? holiday.date : (input.endDate ?? startDate),
    holiday: holiday ? { region: input.holidayRegion!, date: holiday.date, name: holiday.name } : null,
    closed: input.closed,
    ranges: input.closed ? [] : input.ranges,
    note: input.note ?? null,
    scope: input.scope,
    scopeValue: input.scope === 'CITY' || input.scope === 'REGION' ? input.scopeValue! : null,
    groupId: input.scope === 'GROUP' ? input.groupId!.toLowerCase() : null,
    onExisting: input.onExisting,
  };
}

const choiceObject = z.object(fields);

/** Special hours for many locations: the form's preview and apply. */
export const holidayHoursInputSchema = choiceObject.superRefine(checkChoice).transform(toChoice);
export type HolidayHoursChoice = z.output<typeof holidayHoursInputSchema>;

/** POST /api/v1/special-hours-batches: the same choice, and `dryRun` for the preview alone. */
export const holidayHoursRequestSchema = choiceObject
  .extend({
    dryRun: z.boolean(error('dryRunInvalid')).default(false),
    previewPage: z
      .int(error('pageInvalid'))
      .min(1, error('pageInvalid'))
      .max(1_000, error('pageInvalid'))
      .default(1),
  })
  .superRefine(checkChoice)
  .transform(({ dryRun, previewPage, ...input }) => ({ dryRun, previewPage, choice: toChoice(input) }));

export const holidayHoursBatchIdSchema = z.uuid({ error: 'holidayHours.errors.batchInvalid' });

/** A page of the preview's locations or of the recent batches (from the URL: lenient). */
export const holidayHoursPageSchema = z.coerce.number().int().min(1).max(1_000).catch(1);
