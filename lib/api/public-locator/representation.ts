import { z } from 'zod';
import { openingHoursJsonSchema } from '@/lib/api/locations/representation';
import { PublishedField } from '@/lib/generated/prisma/enums';

// The public locator's JSON (GET /api/v1/public/locators/{slug}, lib/publishing/locator/
// public-locator-json.ts) as the OpenAPI document describes it. Strict objects: the tests read
// the endpoint's answers with these schemas, so a field the document does not name fails them.

const timeRange = z.object({ opens: z.string(), closes: z.string() });

const publicSpecialHours = z.strictObject({
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  closed: z.boolean(),
  ranges: z.array(timeRange),
});

export const publicLocatorLocationJsonSchema = z
  .strictObject({
    storeCode: z.string(),
    name: z.string(),
    url: z.url().meta({ description: "The location's public page." }),
    address: z.strictObject({
      street: z.string(),
      addressExtra: z.string().optional(),
      postalCode: z.string(),
      city: z.string(),
      region: z.string().optional(),
      countryCode: z.string().length(2),
    }),
    position: z.strictObject({ latitude: z.number(), longitude: z.number() }).nullable(),
    temporarilyClosed: z.boolean(),
    phone: z.string().optional().meta({ description: 'E.164; only when PHONE is published.' }),
    website: z.string().optional().meta({ description: 'Only when WEBSITE is published.' }),
    email: z.string().optional().meta({ description: 'Only when EMAIL is published.' }),
    category: z.string().optional().meta({ description: 'Only when CATEGORY is published.' }),
    description: z.string().optional().meta({ description: 'Only when DESCRIPTION is published.' }),
    openingHours: openingHoursJsonSchema
      .optional()
      .meta({ description: 'Only when OPENING_HOURS is published.' }),
    specialHours: z.array(publicSpecialHours).optional().meta({
      description:
        "Special hours that have not ended (dates in the organisation's time zone); only when OPENING_HOURS is published.",
    }),
  })
  .meta({
    title: 'PublicLocatorLocation',
    description:
      'A published location: name, address and position always; every other field only when the organisation publishes it (absent otherwise, never null).',
  });

export const publicLocatorJsonSchema = z
  .strictObject({
    organisation: z.strictObject({
      name: z.string(),
      timeZone: z.string().meta({ description: 'IANA time zone the hours are meant in.' }),
      url: z.url().meta({ description: 'The public locator page.' }),
    }),
    publishedFields: z.array(z.enum(PublishedField)),
    locations: z.array(publicLocatorLocationJsonSchema),
  })
  .meta({ title: 'PublicLocator' });

export const publicLocatorMapJsonSchema = z
  .strictObject({
    locations: z.array(
      z.tuple([z.string(), z.string(), z.number(), z.number()]).meta({
        description: '[storeCode, name, latitude, longitude]',
      }),
    ),
  })
  .meta({
    title: 'PublicLocatorMap',
    description: 'The compact form the map reads: every published location that has a position.',
  });

/** The API's one error shape, with the two codes the public locator answers. */
export const publicLocatorErrorJsonSchema = z
  .strictObject({
    error: z.strictObject({ code: z.enum(['NOT_FOUND', 'RATE_LIMITED']), message: z.string() }),
  })
  .meta({ title: 'PublicLocatorError' });
