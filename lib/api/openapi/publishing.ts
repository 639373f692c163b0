import { publishingSettingsJsonSchema } from '@/lib/api/publishing/representation';
import { publishingSettingsSchema } from '@/lib/publishing/settings/schemas';
import { answers, json, jsonSchemaOf, ref } from './helpers';

// Paths and schemas of /api/v1/publishing: the owner's settings of the public store locator
// (README "Public store locator: settings").

export function publishingSchemas() {
  return {
    PublishingSettings: jsonSchemaOf(publishingSettingsJsonSchema, 'output'),
    PublishingSettingsInput: {
      ...jsonSchemaOf(publishingSettingsSchema, 'input'),
      title: 'PublishingSettingsInput',
      description:
        'All three settings (a PUT replaces them). `publishedFields`: any of the six, stored once each in a fixed order. `embedOrigins`: at most 20 websites, each read as its origin (scheme://host[:port]; a path, query or fragment is left out, a bare host gets https://), https only except http://localhost and http://127.0.0.1 for testing; blank entries and duplicates are dropped. A refused entry is named by its position, counted from 1 ("line 3").',
    },
  };
}

export function publishingPaths() {
  return {
    '/api/v1/publishing': {
      get: {
        operationId: 'getPublishingSettings',
        summary: "The public store locator's settings and addresses",
        responses: {
          200: { description: 'The settings.', content: json(ref('PublishingSettings')) },
          ...answers('Unauthorized'),
        },
      },
      put: {
        operationId: 'updatePublishingSettings',
        summary: 'Switch the public store locator on or off, choose its fields and who may embed it',
        description:
          "Publishing is an owner's decision: only a token made by a member who is an owner of the organisation (now) may change it; any other token gets 403. The change is recorded in the audit log.",
        requestBody: { required: true, content: json(ref('PublishingSettingsInput')) },
        responses: {
          200: { description: 'The settings as stored.', content: json(ref('PublishingSettings')) },
          ...answers('BadRequest', 'Unauthorized', 'Forbidden', 'PayloadTooLarge', 'ValidationFailed'),
        },
      },
    },
  };
}
