import { z } from 'zod';

// Google's answers as Places API (New) documents them, read leniently: a field in an unexpected
// shape is left out rather than failing the whole place, since an answer is someone else's JSON
// and one odd field must not hide the rest. Only the fields the app asks for are described.

const optional = <Schema extends z.ZodType>(schema: Schema) => schema.optional().catch(undefined);

const periodPointSchema = z.object({
  day: z.number().int().min(0).max(6),
  hour: z.number().int().min(0).max(24).default(0),
  minute: z.number().int().min(0).max(59).default(0),
});

const periodSchema = z.object({ open: periodPointSchema, close: periodPointSchema.optional() });
export type GooglePeriod = z.output<typeof periodSchema>;

const addressComponentSchema = z.object({
  longText: z.string().default(''),
  shortText: z.string().default(''),
  types: z.array(z.string()).default([]),
});
export type GoogleAddressComponent = z.output<typeof addressComponentSchema>;

// A place has at most a few dozen periods and components; more is not Google's shape.
const listOf = <Schema extends z.ZodType>(schema: Schema, max: number) =>
  optional(
    z
      .array(z.unknown())
      .max(max)
      .transform((items) => items.flatMap((item) => schema.safeParse(item).data ?? [])),
  );

export const googlePlaceSchema = z.object({
  id: z.string().min(1).max(1_000),
  displayName: optional(z.object({ text: z.string(), languageCode: z.string().optional() })),
  formattedAddress: optional(z.string()),
  addressComponents: listOf(addressComponentSchema, 50),
  nationalPhoneNumber: optional(z.string()),
  websiteUri: optional(z.string()),
  regularOpeningHours: optional(z.object({ periods: listOf(periodSchema, 100) })),
  rating: optional(z.number().min(0).max(5)),
  userRatingCount: optional(z.number().int().min(0)),
  businessStatus: optional(z.string().regex(/^[A-Z_]{1,40}$/)),
  googleMapsUri: optional(z.string()),
  location: optional(z.object({ latitude: z.number(), longitude: z.number() })),
});
export type GooglePlace = z.output<typeof googlePlaceSchema>;

/** Text Search answers `{}` when nothing fits; places without an id are skipped. */
export const googleSearchAnswerSchema = z.object({
  places: z
    .array(z.unknown())
    .max(100)
    .default([])
    .transform((places) => places.flatMap((place) => googlePlaceSchema.safeParse(place).data ?? [])),
});

/** `{ "error": { "code": 403, "message": "…", "status": "PERMISSION_DENIED" } }`. */
export const googleErrorSchema = z.object({
  error: z.object({
    status: z
      .string()
      .regex(/^[A-Z_]{1,40}$/)
      .optional()
      .catch(undefined),
  }),
});
