import { benchmarkPaths, benchmarkSchemas } from './benchmarks';
import { checkinPaths, checkinSchemas } from './checkins';
import { errorResponses, errorSchema, json, ref } from './helpers';
import { listingPaths, listingSchemas } from './listings';
import { locationGroupPaths, locationGroupSchemas } from './location-groups';
import { locationPaths, locationSchemas } from './locations';
import { napPaths, napSchemas } from './nap';
import { publicLocatorPaths, publicLocatorSchemas } from './public-locator';
import { publishingPaths, publishingSchemas } from './publishing';
import { reportPaths, reportSchemas } from './reports';
import { scoreHistoryPaths, scoreHistorySchemas } from './score-history';
import { specialHoursBatchPaths, specialHoursBatchSchemas } from './special-hours-batches';
import { structuredDataPaths, structuredDataSchemas } from './structured-data';
import { timeEntryPaths, timeEntrySchemas } from './time-entries';
import { verificationPaths, verificationSchemas } from './verification';
import { webhookPaths, webhookSchemas } from './webhooks';

// The OpenAPI 3.1 description of /api/v1. Request bodies and query parameters come from the
// same zod schemas that validate them (input side), answers from the schemas the mappers are
// typed against (output side); only wording and status codes are written by hand. Each area
// adds its paths and schemas from its own file here.
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ortsbild API',
      version: '1',
      description:
        'The data of one organisation, for integrations. Authenticate with an API token of the organisation (Settings → API tokens, or `npm run admin -- create-token`) as `Authorization: Bearer <token>`. A token acts with the rights of a manager.',
    },
    security: [{ bearerAuth: [] }],
    paths: {
      ...locationPaths(),
      ...listingPaths(),
      ...napPaths(),
      ...checkinPaths(),
      ...timeEntryPaths(),
      ...benchmarkPaths(),
      ...verificationPaths(),
      ...scoreHistoryPaths(),
      ...webhookPaths(),
      ...locationGroupPaths(),
      ...reportPaths(),
      ...publishingPaths(),
      ...publicLocatorPaths(),
      ...specialHoursBatchPaths(),
      ...structuredDataPaths(),
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
        ...locationSchemas(),
        ...listingSchemas(),
        ...napSchemas(),
        ...checkinSchemas(),
        ...timeEntrySchemas(),
        ...benchmarkSchemas(),
        ...verificationSchemas(),
        ...scoreHistorySchemas(),
        ...webhookSchemas(),
        ...locationGroupSchemas(),
        ...reportSchemas(),
        ...publishingSchemas(),
        ...publicLocatorSchemas(),
        ...specialHoursBatchSchemas(),
        ...structuredDataSchemas(),
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
