import {
  publicLocatorErrorJsonSchema,
  publicLocatorJsonSchema,
  publicLocatorLocationJsonSchema,
  publicLocatorMapJsonSchema,
} from '@/lib/api/public-locator/representation';
import { json, jsonSchemaOf, ref } from './helpers';

// GET /api/v1/public/locators/{slug}: the public store locator's data for anyone, without a token
// (lib/publishing/locator). Its errors have the API's shape with two codes (PublicLocatorError).

export function publicLocatorSchemas() {
  return {
    PublicLocator: jsonSchemaOf(publicLocatorJsonSchema, 'output'),
    PublicLocatorLocation: jsonSchemaOf(publicLocatorLocationJsonSchema, 'output'),
    PublicLocatorMap: jsonSchemaOf(publicLocatorMapJsonSchema, 'output'),
    PublicLocatorError: jsonSchemaOf(publicLocatorErrorJsonSchema, 'output'),
  };
}

export function publicLocatorPaths() {
  return {
    '/api/v1/public/locators/{slug}': {
      get: {
        operationId: 'getPublicLocator',
        summary: "An organisation's public store locator: its published locations",
        description:
          "No token: it answers anyone, with CORS open (`Access-Control-Allow-Origin: *`), but only while an owner has switched the organisation's locator on (`PUT /api/v1/publishing`), and only the fields the organisation publishes. Archived locations and those closed for good are never listed; assignees, notes, scores and statuses never appear. Served from memory: a change shows within 30 seconds. Rate-limited per network (LOCATOR_RATE_LIMIT requests a minute, 120 by default, shared with the locator's pages).",
        security: [],
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            description: "The organisation's slug, as in its locator's address /l/{slug}.",
            schema: { type: 'string' },
          },
          {
            name: 'view',
            in: 'query',
            required: false,
            description:
              '`full` (the default; anything else but `map` reads as full): the published master data of every location. `map`: only [storeCode, name, latitude, longitude] of the located ones, for a map.',
            schema: { type: 'string', enum: ['full', 'map'], default: 'full' },
          },
        ],
        responses: {
          200: {
            description: 'The published locations, sorted by name (`view=map`: the compact form).',
            headers: {
              'Cache-Control': {
                description: 'public, max-age=60: the open-now state a client derives must not grow older.',
                schema: { type: 'string' },
              },
            },
            content: json({ oneOf: [ref('PublicLocator'), ref('PublicLocatorMap')] }),
          },
          404: {
            description:
              'No organisation with this slug, or its locator is off: the two are not told apart. Code `NOT_FOUND`.',
            content: json(ref('PublicLocatorError')),
          },
          429: {
            description: 'Too many requests from this network within a minute. Code `RATE_LIMITED`.',
            headers: {
              'Retry-After': {
                description: 'Seconds until the network may ask again.',
                schema: { type: 'integer', minimum: 1 },
              },
            },
            content: json(ref('PublicLocatorError')),
          },
        },
      },
    },
  };
}
