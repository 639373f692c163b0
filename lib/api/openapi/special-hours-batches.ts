import {
  specialHoursBatchJsonSchema,
  specialHoursPreviewJsonSchema,
} from '@/lib/api/special-hours-batches/representation';
import { holidayHoursRequestSchema } from '@/lib/publishing/holiday-hours/schemas';
import { answers, json, jsonSchemaOf, ref } from './helpers';

// Paths and schemas of /api/v1/special-hours-batches: special hours for many locations at once,
// with a preview (dryRun), and undo as one step (README "Holiday hours for many locations").

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The batch id (a UUID).',
  schema: { type: 'string', format: 'uuid' },
};

export function specialHoursBatchSchemas() {
  return {
    SpecialHoursBatch: jsonSchemaOf(specialHoursBatchJsonSchema, 'output'),
    SpecialHoursPreview: jsonSchemaOf(specialHoursPreviewJsonSchema, 'output'),
    SpecialHoursBatchPage: {
      type: 'object',
      title: 'SpecialHoursBatchPage',
      required: ['data', 'page', 'pageCount', 'total'],
      properties: {
        data: { type: 'array', items: ref('SpecialHoursBatch') },
        page: { type: 'integer' },
        pageCount: { type: 'integer' },
        total: { type: 'integer' },
      },
    },
    SpecialHoursBatchRequest: {
      ...jsonSchemaOf(holidayHoursRequestSchema, 'input'),
      title: 'SpecialHoursBatchRequest',
      description:
        'The period: `period: "holiday"` with `holidayRegion` ("DE" for nationwide or a Bundesland such as "DE-NW") and `holidayDate` (a public holiday there, from the date-holidays package; Christmas Eve and New Year’s Eve count too), or `period: "range"` with `startDate` and `endDate` (at most a year; without `endDate` one day). The hours: `closed` (default true) or `ranges` as on a location (at most four, not overlapping), and an optional `note`. The locations: `scope` ALL, CITY or REGION with `scopeValue` (equal, case-insensitively), or GROUP with `groupId`; archived locations never. `onExisting`: SKIP (default) leaves locations with special hours in the period as they are, REPLACE removes those entries (whole, even beyond the period) and keeps them for undo. `dryRun: true` previews without writing, 50 locations a page (`previewPage`).',
    },
  };
}

export function specialHoursBatchPaths() {
  return {
    '/api/v1/special-hours-batches': {
      get: {
        operationId: 'listSpecialHoursBatches',
        summary: 'Batches of special hours, newest first, 20 a page',
        parameters: [{ name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } }],
        responses: {
          200: { description: 'A page of batches.', content: json(ref('SpecialHoursBatchPage')) },
          ...answers('Unauthorized'),
        },
      },
      post: {
        operationId: 'createSpecialHoursBatch',
        summary: 'Set special hours at many locations at once (or preview it with dryRun)',
        description:
          'Applied in one transaction: every chosen location gets the entry, or none does. At most 5,000 locations in one batch (409 beyond, and 409 when no location matches). The rows written carry the batch id; replaced rows are kept in the batch.',
        requestBody: { required: true, content: json(ref('SpecialHoursBatchRequest')) },
        responses: {
          200: {
            description: 'The preview (dryRun); nothing written.',
            content: json(ref('SpecialHoursPreview')),
          },
          201: { description: 'The batch as applied.', content: json(ref('SpecialHoursBatch')) },
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
    '/api/v1/special-hours-batches/{id}': {
      parameters: [idParameter],
      get: {
        operationId: 'getSpecialHoursBatch',
        summary: 'One batch',
        responses: {
          200: { description: 'The batch.', content: json(ref('SpecialHoursBatch')) },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
    },
    '/api/v1/special-hours-batches/{id}/undo': {
      parameters: [idParameter],
      post: {
        operationId: 'undoSpecialHoursBatch',
        summary: 'Undo a batch in one step',
        description:
          "Removes the batch's entries and restores the ones it replaced, in one transaction. Refused with 409 when the batch is undone already, or when at any of its locations the special hours on the batch's days (and those of the entries it replaced) are no longer exactly the batch's entry: someone changed them since, or a later batch replaced it (undo that one first). Another organisation's batch answers 404.",
        responses: {
          200: { description: 'The batch, now undone.', content: json(ref('SpecialHoursBatch')) },
          ...answers('Unauthorized', 'NotFound', 'Conflict'),
        },
      },
    },
  };
}
