import {
  webhookDeliveryJsonSchema,
  webhookEndpointJsonSchema,
  webhookEndpointWithSecretJsonSchema,
} from '@/lib/api/webhooks/representation';
import { webhookEndpointInputSchema, webhookEndpointUpdateSchema } from '@/lib/webhooks/schemas';
import { answers, json, jsonSchemaOf, ref } from './helpers';

// Paths and schemas of /api/v1/webhook-endpoints: where the organisation's events are sent,
// signed per the Standard Webhooks specification (README "Webhooks").

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The webhook endpoint id (a UUID).',
  schema: { type: 'string', format: 'uuid' },
};

export function webhookSchemas() {
  return {
    WebhookEndpoint: jsonSchemaOf(webhookEndpointJsonSchema, 'output'),
    WebhookEndpointWithSecret: jsonSchemaOf(webhookEndpointWithSecretJsonSchema, 'output'),
    WebhookEndpointList: {
      type: 'object',
      title: 'WebhookEndpointList',
      required: ['data'],
      properties: { data: { type: 'array', items: ref('WebhookEndpoint') } },
    },
    WebhookEndpointCreate: {
      ...jsonSchemaOf(webhookEndpointInputSchema, 'input'),
      title: 'WebhookEndpointCreate',
      description:
        "An https or http URL (only public addresses are delivered to: loopback, private, link-local and metadata addresses are refused, also after DNS and redirects), an optional description, the events wanted and the format: `standard` (signed Standard Webhooks JSON, the default) or `slack`, `teams`, `mattermost` (a readable message for that chat's incoming webhook, not signed; no secret is needed for it, though one is made). `checkin.overdue` is sent once per location and week, within the hour after the organisation's check-in day ends.",
    },
    WebhookEndpointUpdate: {
      ...jsonSchemaOf(webhookEndpointUpdateSchema, 'input'),
      title: 'WebhookEndpointUpdate',
      description:
        'The fields to change. `enabled: true` switches an endpoint on again and clears why it was switched off and since when it failed.',
    },
    WebhookDelivery: jsonSchemaOf(webhookDeliveryJsonSchema, 'output'),
    WebhookDeliveryList: {
      type: 'object',
      title: 'WebhookDeliveryList',
      required: ['data'],
      properties: { data: { type: 'array', items: ref('WebhookDelivery') } },
    },
  };
}

export function webhookPaths() {
  return {
    '/api/v1/webhook-endpoints': {
      get: {
        operationId: 'listWebhookEndpoints',
        summary: "The organisation's webhook endpoints",
        responses: {
          200: {
            description: 'Oldest first; never with their secrets.',
            content: json(ref('WebhookEndpointList')),
          },
          ...answers('Unauthorized'),
        },
      },
      post: {
        operationId: 'createWebhookEndpoint',
        summary: 'Add a webhook endpoint',
        requestBody: { required: true, content: json(ref('WebhookEndpointCreate')) },
        responses: {
          201: {
            description: 'The endpoint with its signing secret, shown only in this answer.',
            content: json(ref('WebhookEndpointWithSecret')),
          },
          ...answers('BadRequest', 'Unauthorized', 'PayloadTooLarge', 'ValidationFailed'),
        },
      },
    },
    '/api/v1/webhook-endpoints/{id}': {
      parameters: [idParameter],
      get: {
        operationId: 'getWebhookEndpoint',
        summary: 'One webhook endpoint',
        responses: {
          200: { description: 'The endpoint.', content: json(ref('WebhookEndpoint')) },
          ...answers('Unauthorized', 'NotFound'),
        },
      },
      patch: {
        operationId: 'updateWebhookEndpoint',
        summary: 'Change a webhook endpoint, or switch it on or off',
        requestBody: { required: true, content: json(ref('WebhookEndpointUpdate')) },
        responses: {
          200: { description: 'The endpoint as changed.', content: json(ref('WebhookEndpoint')) },
          ...answers('BadRequest', 'Unauthorized', 'NotFound', 'PayloadTooLarge', 'ValidationFailed'),
        },
      },
      delete: {
        operationId: 'deleteWebhookEndpoint',
        summary: 'Delete a webhook endpoint with its delivery log',
        responses: { 204: { description: 'Deleted.' }, ...answers('Unauthorized', 'NotFound') },
      },
    },
    '/api/v1/webhook-endpoints/{id}/rotate-secret': {
      parameters: [idParameter],
      post: {
        operationId: 'rotateWebhookSecret',
        summary: 'Replace the signing secret',
        description: 'Deliveries from now on are signed with the new secret only.',
        responses: {
          200: {
            description: 'The endpoint with its new secret, shown only in this answer.',
            content: json(ref('WebhookEndpointWithSecret')),
          },
          ...answers('Unauthorized'),
        },
      },
    },
    '/api/v1/webhook-endpoints/{id}/deliveries': {
      parameters: [idParameter],
      get: {
        operationId: 'listWebhookDeliveries',
        summary: "The endpoint's latest deliveries",
        responses: {
          200: {
            description: 'The latest 50, newest first, with status code, response time and attempts.',
            content: json(ref('WebhookDeliveryList')),
          },
          ...answers('Unauthorized'),
        },
      },
    },
  };
}
