import { z } from 'zod';
import type { PublishedField } from '@/lib/generated/prisma/enums';
import { readEmbedOrigin } from './embed-origin';

// The owner's settings of the public store locator, one schema for the settings form and the
// HTTP API (PUT /api/v1/publishing): the switch, the fields shown besides name and address, and
// the origins whose pages may frame the locator. Messages are full keys under
// "publishingSettings.errors"; an origin's error names its line ({line}).

const errorKey = (key: string) => `publishingSettings.errors.${key}`;

/** In the order the form lists them. */
export const publishedFieldValues = [
  'PHONE',
  'WEBSITE',
  'EMAIL',
  'OPENING_HOURS',
  'CATEGORY',
  'DESCRIPTION',
] as const satisfies readonly PublishedField[];

/** At most this many origins may frame the locator. */
export const maxEmbedOrigins = 20;
/** Lines read at most (blank ones and duplicates included), so a pasted list cannot cost much. */
const maxEmbedOriginLines = 200;

const switchSchema = z.union([z.boolean(), z.enum(['on', 'off']).transform((value) => value === 'on')], {
  error: errorKey('switchInvalid'),
});

const publishedFieldsSchema = z
  .array(z.enum(publishedFieldValues, { error: errorKey('fieldInvalid') }), {
    error: errorKey('fieldsInvalid'),
  })
  .max(publishedFieldValues.length * 2, { error: errorKey('fieldsInvalid') })
  // Stored in the form's order, each once.
  .transform((fields) => publishedFieldValues.filter((field) => fields.includes(field)));

/**
 * One origin per entry (the form's lines, blank ones included so that line numbers match):
 * each read as scheme://host[:port] (a path is left out), https only (http for localhost and
 * 127.0.0.1), blank lines and duplicates dropped, at most maxEmbedOrigins.
 */
const embedOriginsSchema = z
  .array(z.string({ error: errorKey('originsInvalid') }), { error: errorKey('originsInvalid') })
  .max(maxEmbedOriginLines, { error: errorKey('tooManyLines') })
  .transform((lines, context) => {
    const origins: string[] = [];
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const reading = readEmbedOrigin(line);
      if (!reading.ok) {
        context.addIssue({
          code: 'custom',
          message: errorKey(reading.problem === 'httpsOnly' ? 'originHttpsOnly' : 'originInvalid'),
          path: [index],
          params: { line: index + 1 },
        });
      } else if (!origins.includes(reading.origin)) {
        origins.push(reading.origin);
      }
    });
    if (origins.length > maxEmbedOrigins) {
      context.addIssue({
        code: 'custom',
        message: errorKey('tooManyOrigins'),
        params: { max: maxEmbedOrigins },
      });
    }
    return origins;
  });

export const publishingSettingsSchema = z.object({
  publicLocator: switchSchema,
  publishedFields: publishedFieldsSchema,
  embedOrigins: embedOriginsSchema,
});

export type PublishingSettingsInput = z.output<typeof publishingSettingsSchema>;
