import {
  locationGroupJsonSchema,
  locationGroupMemberJsonSchema,
  locationGroupRollUpJsonSchema,
  managerGroupLimitJsonSchema,
} from '@/lib/api/location-groups/representation';
import {
  locationGroupInputSchema,
  locationGroupMembersChangeSchema,
  locationGroupUpdateSchema,
  managerGroupLimitSchema,
} from '@/lib/location-groups/schemas';
import { answers, json, jsonSchemaOf, ref } from './helpers';

// Paths and schemas of /api/v1/location-groups and the managers' group limits (README "Location
// groups"). A token acts as a manager without a limit: it manages every group.

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what} id (a UUID).`,
  schema: { type: 'string', format: 'uuid' },
});

const listOf = (title: string, item: string) => ({
  type: 'object',
  title,
  required: ['data'],
  properties: { data: { type: 'array', items: ref(item) } },
});

export function locationGroupSchemas() {
  return {
    LocationGroup: jsonSchemaOf(locationGroupJsonSchema, 'output'),
    LocationGroupRollUp: jsonSchemaOf(locationGroupRollUpJsonSchema, 'output'),
    LocationGroupRollUpList: listOf('LocationGroupRollUpList', 'LocationGroupRollUp'),
    LocationGroupCreate: {
      ...jsonSchemaOf(locationGroupInputSchema, 'input'),
      title: 'LocationGroupCreate',
      description:
        'A name (1–80 characters, unique in the organisation), a kind, and `mode`: `hand` (add locations with POST …/locations) or `rule` with `ruleField` (CITY, REGION, POSTAL_CODE_PREFIX) and `ruleValue` (city or region 1–100 characters, matched case-insensitively; a postcode prefix of 1–10 letters or digits).',
    },
    LocationGroupUpdate: {
      ...jsonSchemaOf(locationGroupUpdateSchema, 'input'),
      title: 'LocationGroupUpdate',
      description:
        'The fields to change. The rule changes as a whole: `mode: "rule"` with `ruleField` and `ruleValue` re-places the members; `mode: "hand"` removes the rule and keeps the members as a hand-picked set.',
    },
    LocationGroupMember: jsonSchemaOf(locationGroupMemberJsonSchema, 'output'),
    LocationGroupMemberPage: {
      type: 'object',
      title: 'LocationGroupMemberPage',
      required: ['data', 'page', 'pageCount', 'total'],
      properties: {
        data: { type: 'array', items: ref('LocationGroupMember') },
        page: { type: 'integer' },
        pageCount: { type: 'integer' },
        total: { type: 'integer' },
      },
    },
    LocationGroupMembersChange: {
      ...jsonSchemaOf(locationGroupMembersChangeSchema, 'input'),
      title: 'LocationGroupMembersChange',
    },
    LocationGroupMembersAdded: {
      type: 'object',
      title: 'LocationGroupMembersAdded',
      required: ['added'],
      properties: { added: { type: 'integer', description: 'Locations that were not in the group before.' } },
    },
    LocationGroupMembersRemoved: {
      type: 'object',
      title: 'LocationGroupMembersRemoved',
      required: ['removed'],
      properties: { removed: { type: 'integer', description: 'Locations that were in the group.' } },
    },
    ManagerGroupLimit: jsonSchemaOf(managerGroupLimitJsonSchema, 'output'),
    ManagerGroupLimitUpdate: {
      ...jsonSchemaOf(managerGroupLimitSchema, 'input'),
      title: 'ManagerGroupLimitUpdate',
      description:
        'The groups the manager is limited to; an empty list lifts the limit. Only managers can be limited.',
    },
  };
}

const membersChange = (summary: string, operationId: string, answer: string) => ({
  operationId,
  summary,
  description:
    "Only for a hand group: a rule group's locations follow its rule (409). Any id that is not a location of the organisation answers 404 and changes nothing.",
  requestBody: { required: true, content: json(ref('LocationGroupMembersChange')) },
  responses: {
    200: { description: 'Done.', content: json(ref(answer)) },
    ...answers('BadRequest', 'Unauthorized', 'NotFound', 'Conflict', 'PayloadTooLarge', 'ValidationFailed'),
  },
});

export function locationGroupPaths() {
  return {
    '/api/v1/location-groups': {
      get: {
        operationId: 'listLocationGroups',
        summary: "The organisation's location groups with this week's figures",
        description:
          'By name, each with its active locations, mean presence score, listings needing action and check-ins submitted of due this week; the last row (`id: null`) holds the active locations in no group. One database statement whatever the size.',
        responses: {
          200: {
            description: 'The groups and the row of ungrouped locations.',
            content: json(ref('LocationGroupRollUpList')),
          },
          ...answers('Unauthorized'),
        },
      },
      post: {
        operationId: 'createLocationGroup',
        summary: 'Create a location group',
        requestBody: { required: true, content: json(ref('LocationGroupCreate')) },
        responses: {
          201: {
            description: 'The group; a rule group already holds its matching locations.',
            content: json(ref('LocationGroup')),
          },
          ...answers('BadRequest', 'Unauthorized', 'Conflict', 'PayloadTooLarge', 'ValidationFailed'),
        },
      },
    },
    '/api/v1/location-groups/{id}': {
      parameters: [idParameter('location group')],
      get: {
        operationId: 'getLocationGroup',
        summary: 'One location group',
        responses: {
          200: { description: 'The group.', content: json(ref('LocationGroup')) },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
      patch: {
        operationId: 'updateLocationGroup',
        summary: 'Rename a group, change its kind or its rule',
        requestBody: { required: true, content: json(ref('LocationGroupUpdate')) },
        responses: {
          200: { description: 'The group as changed.', content: json(ref('LocationGroup')) },
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
        operationId: 'deleteLocationGroup',
        summary: 'Delete a group (its locations stay; limits to it are lifted)',
        responses: { 204: { description: 'Deleted.' }, ...answers('Unauthorized', 'NotFound') },
      },
    },
    '/api/v1/location-groups/{id}/locations': {
      parameters: [idParameter('location group')],
      get: {
        operationId: 'listLocationGroupMembers',
        summary: "The group's locations by name, 50 a page",
        parameters: [
          { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
          {
            name: 'q',
            in: 'query',
            required: false,
            description: 'Search in name, store code, street, postcode and city.',
            schema: { type: 'string', maxLength: 100 },
          },
        ],
        responses: {
          200: { description: 'A page of locations.', content: json(ref('LocationGroupMemberPage')) },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
      post: membersChange(
        'Add locations to a hand group',
        'addLocationGroupMembers',
        'LocationGroupMembersAdded',
      ),
      delete: membersChange(
        'Remove locations from a hand group',
        'removeLocationGroupMembers',
        'LocationGroupMembersRemoved',
      ),
    },
    '/api/v1/members/{id}/group-limits': {
      parameters: [idParameter('membership')],
      get: {
        operationId: 'getManagerGroupLimit',
        summary: 'The groups a member is limited to',
        responses: {
          200: { description: 'The limit; no groups: not limited.', content: json(ref('ManagerGroupLimit')) },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
      put: {
        operationId: 'setManagerGroupLimit',
        summary: "Replace a manager's group limit",
        description:
          'A limited manager sees and edits only the locations of their groups. Groups of another organisation answer 404; limiting an owner or staff member 409.',
        requestBody: { required: true, content: json(ref('ManagerGroupLimitUpdate')) },
        responses: {
          200: { description: 'The limit as stored.', content: json(ref('ManagerGroupLimit')) },
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
  };
}
