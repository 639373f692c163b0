import { checkInJsonSchema, checkInListJsonSchema } from '@/lib/api/checkins/representation';
import { checkInPutSchema } from '@/lib/checkins/schemas';
import { answers, json, jsonSchemaOf, ref, type JsonSchema } from './helpers';

// Paths and schemas of the weekly check-ins: GET /api/v1/checkins and
// PUT /api/v1/locations/{id}/checkins/{week}.

const weekDescription = 'An ISO week that exists, e.g. 2026-W48 (2026-W53 exists, 2025-W53 does not).';

export function checkinSchemas() {
  const list = jsonSchemaOf(checkInListJsonSchema, 'output');
  return {
    CheckIn: jsonSchemaOf(checkInJsonSchema, 'output'),
    CheckInList: {
      ...list,
      properties: { ...list.properties, data: { type: 'array', items: ref('CheckIn') } },
    } satisfies JsonSchema,
    CheckInPut: {
      ...jsonSchemaOf(checkInPutSchema, 'input'),
      title: 'CheckInPut',
      description:
        "The whole check-in; left-out fields become empty. `minutes`: one line per platform (enabled for the organisation) and activity; lines with 0 minutes are not kept. The lines plus the time entries logged for the location that week must fit into the week (167 to 169 hours when the clocks change in it). `recheckedPlatformIds`: listings re-checked this week; each newly named one sets the checklist item's last check. `status: SUBMITTED` locks the week.",
    },
  };
}

export function checkinPaths() {
  return {
    '/api/v1/checkins': {
      get: {
        operationId: 'listCheckIns',
        summary: "A week's check-ins",
        parameters: [
          {
            name: 'week',
            in: 'query',
            required: false,
            description: `${weekDescription} Default: the current week in the organisation's time zone.`,
            schema: { type: 'string', pattern: '^\\d{4}-W\\d{2}$' },
          },
          {
            name: 'locationId',
            in: 'query',
            required: false,
            description: 'Only this location.',
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        responses: {
          200: { description: 'The stored check-ins of the week.', content: json(ref('CheckInList')) },
          ...answers('Unauthorized', 'NotFound', 'ValidationFailed'),
        },
      },
    },
    '/api/v1/locations/{id}/checkins/{week}': {
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'The location id (a UUID).',
          schema: { type: 'string', format: 'uuid' },
        },
        {
          name: 'week',
          in: 'path',
          required: true,
          description: `${weekDescription} Not after the current week.`,
          schema: { type: 'string', pattern: '^\\d{4}-W\\d{2}$' },
        },
      ],
      put: {
        operationId: 'putCheckIn',
        summary: "Replace a location's check-in of a week (idempotent)",
        requestBody: { required: true, content: json(ref('CheckInPut')) },
        responses: {
          200: {
            description:
              'The check-in as stored. Repeating the same request changes nothing, not even `version`.',
            content: json(ref('CheckIn')),
          },
          409: {
            description:
              'The week is submitted and the request differs from it (a manager reopens it in the app), or someone created it at the same moment; nothing was written.',
            content: json(ref('Error')),
          },
          ...answers('BadRequest', 'Unauthorized', 'NotFound', 'PayloadTooLarge', 'ValidationFailed'),
        },
      },
    },
  };
}
