import { osmOpeningHoursJsonSchema } from '@/lib/api/structured-data/representation';
import { answers, json, jsonSchemaOf, ref } from './helpers';

// Paths and schemas of a location's published forms: its schema.org JSON-LD and its OpenStreetMap
// opening_hours value (README "Structured data and OpenStreetMap hours").

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The location id.',
  schema: { type: 'string', format: 'uuid' },
};

export function structuredDataSchemas() {
  return { OsmOpeningHours: jsonSchemaOf(osmOpeningHoursJsonSchema, 'output') };
}

export function structuredDataPaths() {
  return {
    '/api/v1/locations/{id}/json-ld': {
      get: {
        operationId: 'getLocationJsonLd',
        summary: "The location's schema.org JSON-LD",
        description:
          "A LocalBusiness (or the more specific type its primary category maps to, e.g. Bakery, Pharmacy) with a stable `@id` (the location's page in the public store locator, `#business`), name, address, geo, telephone in international form, e-mail, url, description and `openingHoursSpecification` with the special hours that have not ended yet (`validFrom`/`validThrough`; a closed day opens and closes at 00:00). Every field of the master data, whether the public locator shows it or not.",
        parameters: [idParameter],
        responses: {
          200: {
            description: 'The JSON-LD, to put into a `<script type="application/ld+json">` element.',
            content: { 'application/ld+json': { schema: { type: 'object' } } },
          },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
    },
    '/api/v1/locations/{id}/opening-hours': {
      get: {
        operationId: 'getLocationOsmOpeningHours',
        summary: "The location's OpenStreetMap opening_hours value",
        description:
          'The weekly hours and the special hours that have not ended yet as one `opening_hours` value (OpenStreetMap wiki syntax, read back by the opening_hours package to the same hours), at most 255 characters: the farthest special hours are left out when needed, and `warnings` says so. `osmElement` is the element the automatic check matched, with a link to edit it.',
        parameters: [idParameter],
        responses: {
          200: { description: 'The value.', content: json(ref('OsmOpeningHours')) },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
    },
  };
}
