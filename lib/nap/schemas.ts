import { z } from 'zod';

// The NAP record an integration sends (master data and what a platform shows) and the comparison
// it gets back. Messages are message keys under "nap.errors".
const error = (key: string) => ({ error: `nap.errors.${key}` });

export const napFields = ['name', 'street', 'postcode', 'city', 'phone', 'website'] as const;
export type NapField = (typeof napFields)[number];
export const napResults = ['match', 'format', 'mismatch'] as const;
export type NapResult = (typeof napResults)[number];
export const napMismatchReasons = ['missing', 'different'] as const;

/** Raw text as written; null, a missing field and blank text all mean "not shown". */
const text = (max: number, key: string, description: string) =>
  z.string(error('textExpected')).max(max, error(key)).nullish().meta({ description });

export const napRecordSchema = z
  .object(
    {
      name: text(200, 'nameTooLong', 'Business name, with or without legal form.'),
      street: text(200, 'streetTooLong', 'Street and house number, e.g. "Hafenstraße 12a".'),
      postcode: text(20, 'postcodeTooLong', 'Postcode, e.g. "27568".'),
      postalCode: text(20, 'postcodeTooLong', 'Same as postcode (the name in location JSON); postcode wins.'),
      city: text(100, 'cityTooLong', 'City, e.g. "Frankfurt am Main".'),
      phone: text(
        50,
        'phoneTooLong',
        'Phone number in any common notation; German unless it starts with + or 00.',
      ),
      website: text(2048, 'websiteTooLong', 'Web address, with or without scheme.'),
    },
    error('recordRequired'),
  )
  .transform(({ postalCode, ...record }) => ({ ...record, postcode: record.postcode ?? postalCode }));
export type NapRecord = z.output<typeof napRecordSchema>;

export const napCompareRequestSchema = z.object(
  {
    master: napRecordSchema.meta({ description: "The location's master data." }),
    platform: napRecordSchema.meta({ description: 'What the platform shows.' }),
  },
  error('recordRequired'),
);

export const napFieldComparisonSchema = z.object({
  result: z.enum(napResults).meta({
    description:
      'match: the same text; format: written differently, same content; mismatch: different content or missing on one side.',
  }),
  master: z
    .string()
    .nullable()
    .meta({ description: 'The normalised master value (the comparison key); null when empty.' }),
  platform: z.string().nullable().meta({ description: 'The normalised platform value; null when empty.' }),
  reason: z
    .enum(napMismatchReasons)
    .optional()
    .meta({ description: 'Only on a mismatch: missing (one side has no value) or different.' }),
});
export type FieldComparison = z.output<typeof napFieldComparisonSchema>;

export const napComparisonSchema = z.object({
  fields: z.object(
    Object.fromEntries(napFields.map((field) => [field, napFieldComparisonSchema])) as Record<
      NapField,
      typeof napFieldComparisonSchema
    >,
  ),
  mismatches: z.array(z.enum(napFields)).meta({ description: 'The fields whose result is mismatch.' }),
  consistent: z.boolean().meta({ description: 'True when no field is a mismatch.' }),
});
export type NapComparison = z.output<typeof napComparisonSchema>;
