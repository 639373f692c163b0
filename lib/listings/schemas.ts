import { groupFilterParam } from '@/lib/access/group-filter-param';
import { z } from 'zod';
import { blankToNull, optionalText as optionalStorableText } from '@/lib/validation/optional-text';
import {
  isSingleLineText,
  isStorableText,
  singleLineTextError,
  storableTextError,
} from '@/lib/validation/storable-text';
import { platformKinds } from './platform-kinds';
import { listingStatuses } from './statuses';

export { listedStatuses, listingStatuses, type ListingStatusValue } from './statuses';

// One schema per input, shared by the checklist forms, the matrix and the HTTP API.
// Messages are full keys under "listings.errors".
const error = (key: string) => ({ error: `listings.errors.${key}` });
const optionalText = (max: number) => optionalStorableText(max, error('textTooLong'));

export const listingStatusSchema = z.enum(listingStatuses, error('statusInvalid'));

export const listingUpdateSchema = z.object({
  /** The version the editor saw; 0 for an item nobody has worked on yet. A stale one is a conflict. */
  version: z.coerce
    .number(error('versionInvalid'))
    .int(error('versionInvalid'))
    .min(0, error('versionInvalid')),
  status: z.preprocess(blankToNull, listingStatusSchema.optional()),
  listingUrl: z.preprocess(
    blankToNull,
    z
      .url({ protocol: /^https?$/, error: 'listings.errors.urlInvalid' })
      .max(2000, error('urlInvalid'))
      .refine(isStorableText, storableTextError)
      .nullable()
      .optional(),
  ),
  shownName: optionalText(200),
  shownStreet: optionalText(200),
  shownPostcode: optionalText(12),
  shownCity: optionalText(100),
  shownPhone: optionalText(40),
  shownWebsite: optionalText(500),
  rating: z.preprocess(
    (value) =>
      typeof value === 'string' ? (value.trim() === '' ? null : Number(value.replace(',', '.'))) : value,
    z
      .number(error('ratingInvalid'))
      .min(1, error('ratingInvalid'))
      .max(5, error('ratingInvalid'))
      .multipleOf(0.1, error('ratingInvalid'))
      .nullable()
      .optional(),
  ),
  reviewCount: z.preprocess(
    (value) => (typeof value === 'string' ? (value.trim() === '' ? null : Number(value)) : value),
    z
      .number(error('reviewCountInvalid'))
      .int(error('reviewCountInvalid'))
      .min(0, error('reviewCountInvalid'))
      .max(10_000_000, error('reviewCountInvalid'))
      .nullable()
      .optional(),
  ),
  notes: optionalText(2000),
  /** Records "last checked now, by me" (ticking an item as re-checked). */
  markChecked: z
    .preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean())
    .optional(),
});
export type ListingUpdateInput = z.output<typeof listingUpdateSchema>;

export const bulkStatusSchema = z.object({
  status: listingStatusSchema,
  targets: z
    .array(
      z.object({ locationId: z.uuid(error('targetInvalid')), platformId: z.uuid(error('targetInvalid')) }),
    )
    .min(1, error('nothingSelected'))
    .max(500, error('tooManySelected')),
});

export const matrixQuerySchema = z.object({
  platform: z.preprocess(blankToNull, z.uuid().nullable().optional()).catch(undefined),
  status: z.preprocess(blankToNull, listingStatusSchema.nullable().optional()).catch(undefined),
  city: z
    .preprocess(
      blankToNull,
      z.string().trim().max(100).refine(isStorableText, storableTextError).nullable().optional(),
    )
    .catch(undefined),
  assignee: z.preprocess(blankToNull, z.uuid().nullable().optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).catch(50),
  /** A location group of the organisation (validated against the database by listMatrix). */
  group: groupFilterParam,
});
export type MatrixQuery = z.output<typeof matrixQuerySchema>;

export const customPlatformSchema = z.object({
  name: z.preprocess(
    blankToNull,
    z
      .string(error('platformNameRequired'))
      .trim()
      .min(2, error('platformNameRequired'))
      .max(100, error('textTooLong'))
      .refine(isStorableText, storableTextError)
      .refine(isSingleLineText, singleLineTextError),
  ),
  kind: z.enum(platformKinds, error('kindInvalid')),
  homeUrl: z.preprocess(
    blankToNull,
    z
      .url({ protocol: /^https?$/, error: 'listings.errors.urlInvalid' })
      .max(2000, error('urlInvalid'))
      .refine(isStorableText, storableTextError)
      .nullable()
      .optional(),
  ),
  weight: z.coerce
    .number(error('weightInvalid'))
    .int(error('weightInvalid'))
    .min(1, error('weightInvalid'))
    .max(10, error('weightInvalid'))
    .default(3),
  hasRatings: z
    .preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean())
    .default(false),
});
export type CustomPlatformInput = z.output<typeof customPlatformSchema>;

export const platformToggleSchema = z.object({
  platformId: z.uuid(error('platformInvalid')),
  enabled: z.preprocess((value) => value === true || value === 'true', z.boolean()),
});
