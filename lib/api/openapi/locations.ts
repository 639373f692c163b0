import { importReportJsonSchema } from '@/lib/api/locations/import-report';
import {
  locationJsonSchema,
  locationPageJsonSchema,
  locationSummaryJsonSchema,
} from '@/lib/api/locations/representation';
import { locationInputSchema, locationListQuerySchema } from '@/lib/locations/schemas';
import { exportFormats } from '@/lib/publishing/exports/schemas';
import { answers, flagParameter, json, jsonSchemaOf, ref, type JsonSchema, groupParameter } from './helpers';

// Paths and schemas of /api/v1/locations.

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

function locationPageWithRef(): JsonSchema {
  const schema = jsonSchemaOf(locationPageJsonSchema, 'output');
  return {
    ...schema,
    properties: { ...schema.properties, data: { type: 'array', items: ref('LocationSummary') } },
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
  return Object.entries(properties).map(([name, schema]) =>
    name === 'archived'
      ? flagParameter(name, descriptions[name]!)
      : name === 'group'
        ? groupParameter
        : { name, in: 'query', required: false, description: descriptions[name], schema },
  );
}

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The location id (a UUID).',
  schema: { type: 'string', format: 'uuid' },
};

const writeAnswers = () =>
  answers('BadRequest', 'Unauthorized', 'NotFound', 'Conflict', 'PayloadTooLarge', 'ValidationFailed');

export function locationSchemas() {
  const locationInput = locationInputJsonSchema();
  return {
    Location: jsonSchemaOf(locationJsonSchema, 'output'),
    LocationSummary: jsonSchemaOf(locationSummaryJsonSchema, 'output'),
    LocationPage: locationPageWithRef(),
    LocationInput: locationInput,
    LocationPatch: locationPatchJsonSchema(locationInput),
    ImportReport: jsonSchemaOf(importReportJsonSchema, 'output'),
  };
}

export function locationPaths() {
  return {
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
          ...writeAnswers(),
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
          ...writeAnswers(),
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
          flagParameter('dryRun', '1: only report what the import would do; nothing is written.'),
          flagParameter('allOrNothing', '1: write nothing when any row is rejected.'),
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
        summary:
          'All active locations as a file: Google, Bing Places, Apple Business Connect, GeoJSON or KML',
        description:
          'Archived locations are never exported. Bing and Apple columns are an assumed layout (README, "Platform exports"); coordinates in the CSV files only for positions set by hand.',
        parameters: [
          {
            name: 'format',
            in: 'query',
            required: false,
            description:
              '`google` (default): CSV in the layout the import reads. `bing`: Bing Places bulk upload CSV. `apple`: Apple Business Connect locations CSV. `geojson`: RFC 7946 FeatureCollection of Points. `kml`: KML 2.2.',
            schema: { type: 'string', enum: [...exportFormats], default: 'google' },
          },
          groupParameter,
        ],
        responses: {
          200: {
            description:
              'CSV files are UTF-8 with BOM, comma-separated, one row per location. GeoJSON and KML leave out locations without a position and count them in X-Omitted-Without-Position.',
            headers: {
              'X-Omitted-Without-Position': {
                description: 'GeoJSON and KML only: locations left out for want of a position.',
                schema: { type: 'integer', minimum: 0 },
              },
            },
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/geo+json': { schema: { type: 'object' } },
              'application/vnd.google-earth.kml+xml': { schema: { type: 'string' } },
            },
          },
          ...answers('Unauthorized', 'NotFound', 'ValidationFailed'),
        },
      },
    },
  };
}
