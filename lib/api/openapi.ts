import { z } from 'zod';
import { locationInputSchema, locationListQuerySchema } from '@/lib/locations/schemas';
import { importReportJsonSchema } from './locations/import-report';
import {
  locationJsonSchema,
  locationPageJsonSchema,
  locationSummaryJsonSchema,
} from './locations/representation';

// The OpenAPI 3.1 description of /api/v1. Request bodies and query parameters come from the
// same zod schemas that validate them (input side), answers from the schemas the mappers are
// typed against (output side); only wording and status codes are written here by hand.
type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });

function locationInputJsonSchema(): JsonSchema {
  const schema = jsonSchemaOf(locationInputSchema, 'input');
  // countryCode defaults to DE when left out; the preprocessing hides that from the generator.
  schema.required = schema.required?.filter((field) => field !== 'countryCode');
  if (schema.properties?.countryCode) schema.properties.countryCode.default = 'DE';
  return { ...schema, title: 'LocationInput' };
}

/** Every field optional; null clears an optional field. The merged result must be a valid LocationInput. */
function locationPatchJsonSchema(input: JsonSchema): JsonSchema {
  const properties = Object.fromEntries(
    Object.entries(input.properties ?? {}).map(([name, schema]) => [
      name,
      input.required?.includes(name) ? schema : { anyOf: [schema, { type: 'null' }] },
    ]),
  );
  return {
    type: 'object',
    title: 'LocationPatch',
    description:
      'Fields to change. The stored location and the patch are merged, then validated like a create.',
    properties: {
      ...properties,
      archived: { type: 'boolean', description: 'true archives the location, false restores it.' },
    },
  };
}

function listParameters() {
  const descriptions: Record<string, string> = {
    q: 'Search in name, store code, street, postcode and city.',
    page: 'Page number, from 1.',
    pageSize: 'Locations per page (1–200).',
    sort: 'Sort key.',
    direction: 'Sort direction.',
    archived: '1 lists archived locations instead of active ones.',
  };
  const properties = jsonSchemaOf(locationListQuerySchema, 'input').properties ?? {};
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: descriptions[name],
    schema: name === 'archived' ? { type: 'string', enum: ['0', '1', 'true', 'false'] } : schema,
  }));
}

const errorSchema: JsonSchema = {
  type: 'object',
  title: 'Error',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          description:
            'BAD_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, VALIDATION_FAILED, INVALID_CSV or INTERNAL_ERROR',
        },
        message: { type: 'string', description: 'English, or German with Accept-Language: de.' },
        fields: {
          type: 'object',
          description: 'Messages per input field (422, and 409 for a taken store code).',
          additionalProperties: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

const errorResponses = {
  BadRequest: { status: 400, description: 'The body is not valid JSON, or not a JSON object.' },
  Unauthorized: { status: 401, description: 'No token, or an unknown or revoked one.' },
  NotFound: {
    status: 404,
    description: "No such location in the token's organisation (also for another organisation's ids).",
  },
  Conflict: { status: 409, description: 'Another location of the organisation has this store code.' },
  PayloadTooLarge: { status: 413, description: 'The body is larger than 1 MB (JSON) or 10 MB (CSV).' },
  ValidationFailed: { status: 422, description: 'Some values are invalid; `fields` names them.' },
  InvalidCsv: {
    status: 422,
    description: 'The file cannot be read at all (encoding, header row, quoting); `fields.file` lists why.',
  },
  ImportConflict: {
    status: 409,
    description: 'A location with one of the store codes was created elsewhere during the import.',
  },
};
type ErrorResponseName = keyof typeof errorResponses;

/** The error answers of an operation, by status code. */
function answers(...names: ErrorResponseName[]) {
  return Object.fromEntries(names.map((name) => [errorResponses[name].status, responseRef(name)]));
}

function locationPageJsonSchemaWithRef(): JsonSchema {
  const schema = jsonSchemaOf(locationPageJsonSchema, 'output');
  return {
    ...schema,
    properties: { ...schema.properties, data: { type: 'array', items: ref('LocationSummary') } },
  };
}

const flag = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', enum: ['0', '1', 'true', 'false'] },
});

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The location id (a UUID).',
  schema: { type: 'string', format: 'uuid' },
};

export function buildOpenApiDocument() {
  const locationInput = locationInputJsonSchema();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ortsbild API',
      version: '1',
      description:
        'Locations of one organisation, for integrations. Authenticate with an API token of the organisation (Settings → API tokens, or `npm run admin -- create-token`) as `Authorization: Bearer <token>`. A token acts with the rights of a manager.',
    },
    security: [{ bearerAuth: [] }],
    paths: {
      '/api/v1/locations': {
        get: {
          operationId: 'listLocations',
          summary: 'List and search locations',
          parameters: listParameters(),
          responses: {
            200: { description: 'One page of locations.', content: json(ref('LocationPage')) },
            ...answers('Unauthorized', 'ValidationFailed'),
          },
        },
        post: {
          operationId: 'createLocation',
          summary: 'Create a location',
          requestBody: { required: true, content: json(ref('LocationInput')) },
          responses: {
            201: {
              description: 'Created; the Location header holds its URL.',
              headers: { Location: { schema: { type: 'string' } } },
              content: json(ref('Location')),
            },
            ...answers(
              'BadRequest',
              'Unauthorized',
              'NotFound',
              'Conflict',
              'PayloadTooLarge',
              'ValidationFailed',
            ),
          },
        },
      },
      '/api/v1/locations/{id}': {
        parameters: [idParameter],
        get: {
          operationId: 'getLocation',
          summary: 'One location with opening and special hours',
          responses: {
            200: { description: 'The location.', content: json(ref('Location')) },
            ...answers('Unauthorized', 'NotFound'),
          },
        },
        patch: {
          operationId: 'updateLocation',
          summary: 'Change some fields of a location',
          requestBody: { required: true, content: json(ref('LocationPatch')) },
          responses: {
            200: { description: 'The changed location.', content: json(ref('Location')) },
            ...answers(
              'BadRequest',
              'Unauthorized',
              'NotFound',
              'Conflict',
              'PayloadTooLarge',
              'ValidationFailed',
            ),
          },
        },
        delete: {
          operationId: 'deleteLocation',
          summary: 'Delete a location for good',
          responses: { 204: { description: 'Deleted.' }, ...answers('Unauthorized', 'NotFound') },
        },
      },
      '/api/v1/locations/import': {
        post: {
          operationId: 'importLocations',
          summary: "Import locations from a CSV in Google Business Profile's bulk layout",
          description:
            'Rows are matched by store code: existing locations are updated, new ones created, equal ones left alone. Invalid rows are rejected with their errors; the valid ones are written in one transaction.',
          parameters: [
            flag('dryRun', '1: only report what the import would do; nothing is written.'),
            flag('allOrNothing', '1: write nothing when any row is rejected.'),
          ],
          requestBody: {
            required: true,
            content: {
              'text/csv': { schema: { type: 'string' } },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { file: { type: 'string', contentMediaType: 'text/csv' } },
                },
              },
            },
          },
          responses: {
            200: {
              description: 'What happened (or would happen) per row.',
              content: json(ref('ImportReport')),
            },
            ...answers('BadRequest', 'Unauthorized', 'ImportConflict', 'PayloadTooLarge', 'InvalidCsv'),
          },
        },
      },
      '/api/v1/locations/export': {
        get: {
          operationId: 'exportLocations',
          summary: 'All active locations as CSV, in the layout the import reads',
          responses: {
            200: {
              description: 'UTF-8 with BOM, comma-separated, one row per location.',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            ...answers('Unauthorized'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          security: [],
          responses: { 200: { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token, `ob_…`.' },
      },
      schemas: {
        Error: errorSchema,
        Location: jsonSchemaOf(locationJsonSchema, 'output'),
        LocationSummary: jsonSchemaOf(locationSummaryJsonSchema, 'output'),
        LocationPage: locationPageJsonSchemaWithRef(),
        LocationInput: locationInput,
        LocationPatch: locationPatchJsonSchema(locationInput),
        ImportReport: jsonSchemaOf(importReportJsonSchema, 'output'),
      },
      responses: Object.fromEntries(
        Object.entries(errorResponses).map(([name, { description }]) => [
          name,
          { description, content: json(ref('Error')) },
        ]),
      ),
    },
  };
}
