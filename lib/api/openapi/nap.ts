import { napComparisonSchema, napFieldComparisonSchema, napFields, napRecordSchema } from '@/lib/nap/schemas';
import { answers, json, jsonSchemaOf, ref, type JsonSchema } from './helpers';

// Paths and schemas of /api/v1/nap: NAP consistency checks for integrations.

function napComparisonJsonSchema(): JsonSchema {
  const schema = jsonSchemaOf(napComparisonSchema, 'output');
  const fields = schema.properties?.fields ?? {};
  return {
    ...schema,
    title: 'NapComparison',
    properties: {
      ...schema.properties,
      fields: {
        ...fields,
        properties: Object.fromEntries(napFields.map((field) => [field, ref('NapFieldComparison')])),
      },
    },
  };
}

export function napSchemas() {
  return {
    NapRecord: { ...jsonSchemaOf(napRecordSchema, 'input'), title: 'NapRecord' },
    NapCompareRequest: {
      type: 'object',
      title: 'NapCompareRequest',
      required: ['master', 'platform'],
      properties: {
        master: { ...ref('NapRecord'), description: "The location's master data." },
        platform: { ...ref('NapRecord'), description: 'What the platform shows.' },
      },
    },
    NapFieldComparison: { ...jsonSchemaOf(napFieldComparisonSchema, 'output'), title: 'NapFieldComparison' },
    NapComparison: napComparisonJsonSchema(),
  };
}

export function napPaths() {
  return {
    '/api/v1/nap/compare': {
      post: {
        operationId: 'compareNap',
        summary: "Compare a platform's NAP with the master data",
        description:
          'For integrations that check listings themselves. Each field (name, street, postcode, city, phone, website) is a `match` (the same text), a `format` difference (the same content written differently: case, spaces, punctuation, ß/ss, ä/ae, Straße/Str., house number spacing, phone notation, URL scheme, www. and trailing slash, legal form spelling, a left-out legal form or city qualifier) or a `mismatch` (different content, or a value on one side only). Each field comes with both normalised values, the keys that were compared. Nothing is stored.',
        requestBody: { required: true, content: json(ref('NapCompareRequest')) },
        responses: {
          200: { description: 'The comparison, field by field.', content: json(ref('NapComparison')) },
          ...answers('BadRequest', 'Unauthorized', 'PayloadTooLarge', 'ValidationFailed'),
        },
      },
    },
  };
}
