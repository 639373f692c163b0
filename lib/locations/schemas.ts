import { groupFilterParam } from '@/lib/access/group-filter-param';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { z } from 'zod';
import {
  isSingleLineText,
  isStorableText,
  singleLineTextError,
  storableTextError,
} from '@/lib/validation/storable-text';
import { locationStatuses, weekdays, type Weekday } from './field-values';

export { locationStatuses, weekdays, type Weekday } from './field-values';

// One schema per input, shared by the location form, the HTTP API and the CSV import.
// Messages are full message keys under "locations.errors" (translated by the form or the API).
const error = (key: string) => ({ error: `locations.errors.${key}` });

/** Form fields arrive as strings: an empty one means "not given". */
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;
/** Structured fields may arrive as JSON text from a form. */
const parseJsonText = (value: unknown) => {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

const timeOfDayPattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const timeOfDay = z.string().regex(timeOfDayPattern, error('timeInvalid'));
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

// zod still runs an object's refinement when a field failed its pattern: "25:00-18:00" must say
// that the time is invalid, not also that the range is reversed, so the order is judged only
// between two valid times.
export const timeRangeSchema = z
  .object({ opens: timeOfDay, closes: timeOfDay })
  .refine(
    (range) =>
      !timeOfDayPattern.test(range.opens) ||
      !timeOfDayPattern.test(range.closes) ||
      minutes(range.opens) < minutes(range.closes),
    error('rangeReversed'),
  );

/** Ranges of one day: at most four, sorted, not overlapping. */
const dayRangesSchema = z
  .array(timeRangeSchema)
  .max(4, error('tooManyRanges'))
  .transform((ranges) => [...ranges].sort((a, b) => minutes(a.opens) - minutes(b.opens)))
  .refine(
    (ranges) =>
      ranges.every(
        (range, index) => index === 0 || minutes(ranges[index - 1]!.closes) <= minutes(range.opens),
      ),
    error('rangesOverlap'),
  );

export const openingHoursSchema = z.preprocess(
  parseJsonText,
  z.object(
    Object.fromEntries(weekdays.map((day) => [day, dayRangesSchema.default([])])) as Record<
      Weekday,
      z.ZodDefault<typeof dayRangesSchema>
    >,
    error('openingHoursInvalid'),
  ),
);
export type OpeningHours = z.output<typeof openingHoursSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, error('dateInvalid'))
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), error('dateInvalid'));

export const specialHoursSchema = z.preprocess(
  parseJsonText,
  z
    .array(
      z
        .object({
          startDate: isoDate,
          endDate: isoDate,
          closed: z.boolean().default(false),
          ranges: dayRangesSchema.default([]),
          note: z
            .string()
            .trim()
            .max(200, error('noteTooLong'))
            .refine(isStorableText, storableTextError)
            .optional(),
        })
        .refine((entry) => entry.startDate <= entry.endDate, error('dateRangeReversed'))
        .refine((entry) => entry.closed || entry.ranges.length > 0, error('specialHoursEmpty')),
    )
    .max(100, error('tooManySpecialHours')),
);
export type SpecialHours = z.output<typeof specialHoursSchema>;

const postcodePatterns: Partial<Record<string, RegExp>> = {
  DE: /^\d{5}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  LU: /^\d{4}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
};

/** Adds a scheme when someone typed "www.example.de". */
function normaliseWebsite(value: string) {
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}

/** The name and the address lines: storable and on one line (see isSingleLineText). */
const singleLine = (text: z.ZodString) =>
  text.refine(isStorableText, storableTextError).refine(isSingleLineText, singleLineTextError);

const optionalText = (max: number, key: string) =>
  z.preprocess(
    blankToUndefined,
    z.string().max(max, error(key)).refine(isStorableText, storableTextError).optional(),
  );
const optionalLine = (max: number, key: string) =>
  z.preprocess(blankToUndefined, singleLine(z.string().max(max, error(key))).optional());

const coordinate = (min: number, max: number, key: string) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value.replace(',', '.'))) : value,
    z.number(error(key)).min(min, error(key)).max(max, error(key)).optional(),
  );

const storeCodeText = z
  .string(error('storeCodeRequired'))
  .max(64, error('storeCodeTooLong'))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/ ]*$/, error('storeCodeInvalid'));

/** A location's fields with their checks; the store code's schema differs between create and the rest. */
const locationSchemaWith = <StoreCode extends z.ZodType>(storeCode: StoreCode) =>
  z
    .object({
      storeCode: z.preprocess(blankToUndefined, storeCode),
      name: z.preprocess(
        blankToUndefined,
        singleLine(z.string(error('nameRequired')).max(200, error('nameTooLong'))),
      ),
      street: z.preprocess(
        blankToUndefined,
        singleLine(z.string(error('streetRequired')).max(200, error('streetTooLong'))),
      ),
      addressExtra: optionalLine(200, 'addressExtraTooLong'),
      postalCode: z.preprocess(
        blankToUndefined,
        z.string(error('postalCodeRequired')).max(12, error('postalCodeInvalid')),
      ),
      city: z.preprocess(
        blankToUndefined,
        singleLine(z.string(error('cityRequired')).max(100, error('cityTooLong'))),
      ),
      region: optionalLine(100, 'regionTooLong'),
      countryCode: z.preprocess(
        (value) => (typeof value === 'string' && value.trim() ? value.trim().toUpperCase() : 'DE'),
        z.string().regex(/^[A-Z]{2}$/, error('countryInvalid')),
      ),
      phone: optionalText(40, 'phoneInvalid'),
      website: z.preprocess(
        blankToUndefined,
        z
          .string()
          .max(500, error('websiteInvalid'))
          .transform(normaliseWebsite)
          .pipe(
            z.url({
              protocol: /^https?$/,
              hostname: z.regexes.domain,
              error: 'locations.errors.websiteInvalid',
            }),
          )
          .refine(isStorableText, storableTextError)
          .optional(),
      ),
      email: z.preprocess(
        blankToUndefined,
        z.email(error('emailInvalid')).max(254, error('emailInvalid')).optional(),
      ),
      primaryCategory: optionalLine(100, 'categoryTooLong'),
      description: optionalText(750, 'descriptionTooLong'),
      openingHours: openingHoursSchema.default(Object.fromEntries(weekdays.map((day) => [day, []])) as never),
      specialHours: specialHoursSchema.default([]),
      latitude: coordinate(-90, 90, 'latitudeInvalid'),
      longitude: coordinate(-180, 180, 'longitudeInvalid'),
      status: z.preprocess(
        blankToUndefined,
        z.enum(locationStatuses, error('statusInvalid')).default('ACTIVE'),
      ),
      assignedMembershipId: z.preprocess(blankToUndefined, z.uuid(error('assigneeInvalid')).optional()),
    })
    // Checks that need two fields; `when` lets them run even if other fields failed, so the user
    // sees every problem at once.
    .refine((input) => isValidPostcode(input.postalCode, input.countryCode), {
      path: ['postalCode'],
      message: 'locations.errors.postalCodeInvalid',
      when: (payload) => hasStrings(payload.value, ['postalCode', 'countryCode']),
    })
    .refine((input) => !input.phone || Boolean(parsePhone(input.phone, input.countryCode)), {
      path: ['phone'],
      message: 'locations.errors.phoneInvalid',
      when: (payload) => hasStrings(payload.value, ['phone', 'countryCode']),
    })
    .refine((input) => (input.latitude === undefined) === (input.longitude === undefined), {
      path: ['latitude'],
      message: 'locations.errors.coordinatesIncomplete',
    })
    .transform((input) => ({
      ...input,
      phone: input.phone ? parsePhone(input.phone, input.countryCode)! : undefined,
    }));

export const locationInputSchema = locationSchemaWith(storeCodeText);

/**
 * A new location as the form creates it: the store code may be left blank, and the data layer
 * then generates one for a business's first two sites (see createLocation). The API and the CSV
 * import keep requiring it (locationInputSchema): they bring codes of their own.
 */
export const newLocationInputSchema = locationSchemaWith(storeCodeText.optional());

function hasStrings(value: unknown, keys: string[]) {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string')
  );
}

function isValidPostcode(postalCode: string, countryCode: string) {
  const pattern = postcodePatterns[countryCode] ?? /^[A-Za-z0-9 -]{2,12}$/;
  return pattern.test(postalCode);
}

/** A phone number as written in the location's country, in E.164; null when not a valid number. */
export function parsePhone(value: string, countryCode: string) {
  const phone = parsePhoneNumberFromString(value, countryCode as CountryCode);
  return phone?.isValid() ? phone.number : null;
}

export type LocationInput = z.output<typeof locationInputSchema>;
export type NewLocationInput = z.output<typeof newLocationInputSchema>;

/** List parameters, shared by the list page's search form and GET /api/v1/locations. */
export const locationSortKeys = ['name', 'storeCode', 'city', 'postalCode', 'updatedAt'] as const;
export const locationListQuerySchema = z.object({
  // Like the other parameters, a search the page could not have sent is dropped instead of failing it.
  q: z
    .preprocess(blankToUndefined, z.string().max(100).refine(isStorableText, storableTextError).optional())
    .catch(undefined),
  sort: z.enum(locationSortKeys).catch('name'),
  direction: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).catch(25),
  archived: z.preprocess((value) => value === true || value === '1' || value === 'true', z.boolean()),
  /** "none": only the locations without a position (linked from the map). */
  position: z.enum(['none']).optional().catch(undefined),
  /** A location group of the organisation (validated against the database). */
  group: groupFilterParam,
});
export type LocationListQuery = z.output<typeof locationListQuerySchema>;

export const locationIdSchema = z.object({ locationId: z.uuid({ error: 'invalid' }) });
