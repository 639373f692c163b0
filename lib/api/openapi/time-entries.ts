import { timeEntryJsonSchema, timeEntryListJsonSchema } from '@/lib/api/time-entries/representation';
import { timeEntryCreateSchema } from '@/lib/time-entries/schemas';
import { answers, json, jsonSchemaOf, ref } from './helpers';

// Paths and schemas of /api/v1/time-entries: time logged as it happens, beside the weekly check-in.

const lockedWeek = {
  description:
    "The location's check-in for the entry's week is submitted, so the week is locked; nothing was written. A manager reopens it on the check-in.",
  content: json(ref('Error')),
};

const dateParameter = (name: string, description: string) => ({
  name,
  in: 'query',
  required: true,
  description,
  schema: { type: 'string', format: 'date' },
});

export function timeEntrySchemas() {
  return {
    TimeEntry: jsonSchemaOf(timeEntryJsonSchema, 'output'),
    TimeEntryList: {
      ...jsonSchemaOf(timeEntryListJsonSchema, 'output'),
      properties: { data: { type: 'array', items: ref('TimeEntry') } },
    },
    TimeEntryCreate: {
      ...jsonSchemaOf(timeEntryCreateSchema, 'input'),
      title: 'TimeEntryCreate',
      description: [
        'Minutes spent on one day (`date`, YYYY-MM-DD in the organisation’s time zone, not in the future and at most two years back) for a location on an enabled platform.',
        '`membershipId` says who spent the time; without it the location’s assigned member (422 on `membershipId` when the location has none).',
        'A member’s entries on one day cannot exceed the day’s length (24 hours; 23 or 25 when the clocks change), and a location’s week (check-in lines and entries) not the hours in the week: both answer 422 on `minutes`.',
      ].join(' '),
    },
  };
}

export function timeEntryPaths() {
  return {
    '/api/v1/time-entries': {
      get: {
        operationId: 'listTimeEntries',
        summary: 'Time entries dated in a period',
        parameters: [
          dateParameter('from', 'First day (YYYY-MM-DD), included.'),
          dateParameter('to', 'Last day (YYYY-MM-DD), included; at most about two years after `from`.'),
        ],
        responses: {
          200: { description: 'The entries, oldest first.', content: json(ref('TimeEntryList')) },
          ...answers('Unauthorized', 'ValidationFailed'),
        },
      },
      post: {
        operationId: 'createTimeEntry',
        summary: 'Log time spent on a location',
        requestBody: { required: true, content: json(ref('TimeEntryCreate')) },
        responses: {
          201: { description: 'The logged entry.', content: json(ref('TimeEntry')) },
          404: {
            description:
              "The location is not one of the organisation's, or is archived; or `membershipId` is not a member of the organisation (`fields` names which).",
            content: json(ref('Error')),
          },
          409: lockedWeek,
          ...answers('BadRequest', 'Unauthorized', 'PayloadTooLarge', 'ValidationFailed'),
        },
      },
    },
    '/api/v1/time-entries/{id}': {
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'The time entry id (a UUID).',
          schema: { type: 'string', format: 'uuid' },
        },
      ],
      delete: {
        operationId: 'deleteTimeEntry',
        summary: 'Delete a time entry',
        responses: {
          204: { description: 'Deleted.' },
          409: lockedWeek,
          ...answers('Unauthorized', 'NotFound'),
        },
      },
    },
  };
}
