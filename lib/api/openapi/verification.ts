import { locationObservationJsonSchema } from '@/lib/api/verification/observation-representation';
import { verificationRunJsonSchema } from '@/lib/api/verification/run-representation';
import { verificationRunRequestSchema } from '@/lib/api/verification/run-request';
import { answers, json, jsonSchemaOf, ref, type JsonSchema } from './helpers';

// Paths and schemas of the listings verification: starting a run (one location or the whole
// organisation), following it, and the observations the listing items carry.

/** The property `name` of an output schema as a nullable reference to LocationObservation. */
export function withObservationRef(schema: JsonSchema, name: string): JsonSchema {
  const { description } = schema.properties?.[name] ?? {};
  return {
    ...schema,
    properties: {
      ...schema.properties,
      [name]: { anyOf: [ref('LocationObservation'), { type: 'null' }], description },
    },
  };
}

const runStarted = {
  description:
    'The run is under way: its tasks are queued, one per location and source switched on. The `Location` header is where to follow it.',
  headers: { Location: { schema: { type: 'string' } } },
  content: json(ref('VerificationRun')),
};

const cannotStart = {
  description:
    'Nothing to verify with: no source is switched on (an owner does so under Settings → Automatic checks), or the location is archived. `message` says which.',
  content: json(ref('Error')),
};

const uuidParameter = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
});

export function verificationSchemas() {
  return {
    VerificationRun: jsonSchemaOf(verificationRunJsonSchema, 'output'),
    VerificationRunRequest: jsonSchemaOf(verificationRunRequestSchema, 'input'),
    LocationObservation: jsonSchemaOf(locationObservationJsonSchema, 'output'),
  };
}

export function verificationPaths() {
  return {
    '/api/v1/locations/{id}/verify': {
      parameters: [uuidParameter('The location id (a UUID).')],
      post: {
        operationId: 'verifyLocation',
        summary: 'Check the location’s listings with the sources switched on',
        description:
          'Asks the business’s website, OpenStreetMap and Google (those the organisation switched on) about the location, in the background. Each observation is stored on the listing item of its platform (`observation`), and the item’s status follows it unless someone set it by hand within 30 days.',
        responses: { 202: runStarted, 409: cannotStart, ...answers('Unauthorized', 'NotFound') },
      },
    },
    '/api/v1/verification-runs': {
      post: {
        operationId: 'startVerificationRun',
        summary: 'Check the listings of every location (or of one) with the sources switched on',
        description:
          'Without a body (or with `{}`), every active location of the organisation; with `locationId`, that location, like POST /api/v1/locations/{id}/verify.',
        requestBody: { required: false, content: json(ref('VerificationRunRequest')) },
        responses: {
          202: runStarted,
          409: cannotStart,
          ...answers('BadRequest', 'Unauthorized', 'NotFound', 'PayloadTooLarge', 'ValidationFailed'),
        },
      },
    },
    '/api/v1/verification-runs/{id}': {
      parameters: [uuidParameter('The run id (a UUID), from the Location header of the start.')],
      get: {
        operationId: 'getVerificationRun',
        summary: 'A verification run’s progress and findings per source',
        responses: {
          200: {
            description: 'Progress per source; `status` is finished once every task ended.',
            content: json(ref('VerificationRun')),
          },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
    },
  };
}
