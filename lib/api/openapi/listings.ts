import { listingMatrixPageJsonSchema } from '@/lib/api/listings/matrix-representation';
import {
  listingChecklistJsonSchema,
  listingItemJsonSchema,
  platformListJsonSchema,
} from '@/lib/api/listings/representation';
import { listingUpdateSchema, matrixQuerySchema } from '@/lib/listings/schemas';
import { answers, json, jsonSchemaOf, ref, type JsonSchema, groupParameter } from './helpers';
import { withObservationRef } from './verification';

// Paths and schemas of /api/v1/platforms and the listings checklist.

/** An output schema whose array property `name` lists references to `itemSchema` instead of copies. */
function withItemRefs(schema: JsonSchema, name: string, itemSchema: string): JsonSchema {
  return {
    ...schema,
    properties: { ...schema.properties, [name]: { type: 'array', items: ref(itemSchema) } },
  };
}

const listingConflictSchema: JsonSchema = {
  type: 'object',
  title: 'ListingConflict',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'current'],
      properties: {
        code: { type: 'string', enum: ['CONFLICT'] },
        message: { type: 'string' },
        current: { ...ref('ListingItem'), description: 'The item as stored now.' },
      },
    },
  },
};

const uuidParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
});

function matrixParameters() {
  const descriptions: Record<string, string> = {
    status: 'Only items with this status (items never saved count as NOT_STARTED).',
    platform: 'Only this platform (id).',
    city: 'Only locations whose city starts with this text.',
    assignee: 'Only locations assigned to this membership (id).',
    page: 'Page number, from 1.',
    pageSize: 'Items per page (1–200).',
  };
  const properties = jsonSchemaOf(matrixQuerySchema, 'input').properties ?? {};
  return Object.entries(properties).map(([name, schema]) => {
    if (name === 'group') return groupParameter;
    const { anyOf, ...rest } = schema as JsonSchema & { anyOf?: JsonSchema[] };
    const notNull = anyOf?.find((option) => option.type !== 'null') ?? rest;
    return { name, in: 'query', required: false, description: descriptions[name], schema: notNull };
  });
}

const itemAnswers = {
  409: {
    description:
      'The item was changed since `version`; nothing was written. `error.current` holds the stored item.',
    content: json(ref('ListingConflict')),
  },
  ...answers('BadRequest', 'Unauthorized', 'NotFound', 'PayloadTooLarge', 'ValidationFailed'),
};

export function listingSchemas() {
  return {
    Platform: jsonSchemaOf(platformListJsonSchema.shape.data.element, 'output'),
    PlatformList: withItemRefs(jsonSchemaOf(platformListJsonSchema, 'output'), 'data', 'Platform'),
    ListingItem: withObservationRef(jsonSchemaOf(listingItemJsonSchema, 'output'), 'observation'),
    ListingChecklist: withObservationRef(
      withItemRefs(jsonSchemaOf(listingChecklistJsonSchema, 'output'), 'data', 'ListingItem'),
      'websiteObservation',
    ),
    ListingUpdate: {
      ...jsonSchemaOf(listingUpdateSchema, 'input'),
      title: 'ListingUpdate',
      description:
        'Fields to change; left-out fields stay, null or "" clears one. `version` is the version you read (0 for an item never saved). A shown name, address, phone or website that differs from the master data turns LIVE or CLAIMED into NEEDS_UPDATE.',
    },
    ListingConflict: listingConflictSchema,
    ListingMatrixPage: jsonSchemaOf(listingMatrixPageJsonSchema, 'output'),
  };
}

export function listingPaths() {
  return {
    '/api/v1/platforms': {
      get: {
        operationId: 'listPlatforms',
        summary: "The platform catalogue and the organisation's own platforms",
        responses: {
          200: {
            description: 'Every platform, with whether the organisation works with it.',
            content: json(ref('PlatformList')),
          },
          ...answers('Unauthorized'),
        },
      },
    },
    '/api/v1/listings': {
      get: {
        operationId: 'listListings',
        summary: 'The checklist of all locations × enabled platforms, filtered and paged',
        parameters: matrixParameters(),
        responses: {
          200: {
            description: 'One page of items, with the counts per status.',
            content: json(ref('ListingMatrixPage')),
          },
          ...answers('Unauthorized'),
        },
      },
    },
    '/api/v1/listings/{id}': {
      parameters: [uuidParameter('id', 'The listing item id (a UUID).')],
      patch: {
        operationId: 'updateListing',
        summary: 'Change a saved checklist item',
        requestBody: { required: true, content: json(ref('ListingUpdate')) },
        responses: {
          200: { description: 'The changed item.', content: json(ref('ListingItem')) },
          ...itemAnswers,
        },
      },
    },
    '/api/v1/locations/{id}/listings': {
      parameters: [uuidParameter('id', 'The location id (a UUID).')],
      get: {
        operationId: 'getLocationListings',
        summary: "A location's checklist and presence score",
        responses: {
          200: {
            description:
              'One item per enabled platform, most urgent first; items never saved have `id: null` and `version: 0`.',
            content: json(ref('ListingChecklist')),
          },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
    },
    '/api/v1/locations/{id}/listings/{platformId}': {
      parameters: [
        uuidParameter('id', 'The location id (a UUID).'),
        uuidParameter('platformId', 'The platform id (a UUID) of an enabled platform.'),
      ],
      put: {
        operationId: 'saveLocationListing',
        summary: "Save a location's item on a platform, also one never saved before",
        requestBody: { required: true, content: json(ref('ListingUpdate')) },
        responses: {
          200: { description: 'The changed item.', content: json(ref('ListingItem')) },
          201: {
            description: 'The item was saved for the first time; the Location header holds its URL.',
            headers: { Location: { schema: { type: 'string' } } },
            content: json(ref('ListingItem')),
          },
          ...itemAnswers,
        },
      },
    },
  };
}
