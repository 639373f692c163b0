import { z } from 'zod';

// Building blocks for the OpenAPI description: JSON Schema from zod, references, and the shared
// error answers. Each area describes its paths in its own file beside this one.
export type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** The JSON Schema of a zod schema, for what a client sends (input) or receives (output). */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: object) => ({ 'application/json': { schema } });

/**
 * The `group` query parameter of the location list and export, the listings, the comparison and
 * the score history: one location group of the organisation (lib/access/group-filter.ts).
 */
export const groupParameter = {
  name: 'group',
  in: 'query',
  required: false,
  description:
    "Only the locations of this location group (id, see `GET /api/v1/location-groups`). Another organisation's group, or anything that is not a group id, answers 404.",
  schema: { type: 'string', format: 'uuid' },
};

/** A query flag read as "1" or "true". */
export const flagParameter = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', enum: ['0', '1', 'true', 'false'] },
});

export const errorResponses = {
  BadRequest: { status: 400, description: 'The body is not valid JSON, or not a JSON object.' },
  Unauthorized: { status: 401, description: 'No token, or an unknown or revoked one.' },
  Forbidden: {
    status: 403,
    description: 'The token may not do this (the operation says who may).',
  },
  NotFound: {
    status: 404,
    description: "Nothing with this id in the token's organisation (also for another organisation's ids).",
  },
  Conflict: { status: 409, description: 'The change conflicts with stored data; `fields` names the field.' },
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
export type ErrorResponseName = keyof typeof errorResponses;

/** The error answers of an operation, by status code. */
export function answers(...names: ErrorResponseName[]) {
  return Object.fromEntries(
    names.map((name) => [errorResponses[name].status, { $ref: `#/components/responses/${name}` }]),
  );
}

export const errorSchema: JsonSchema = {
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
