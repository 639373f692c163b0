import { z } from 'zod';
import type { listWebhookDeliveries, WebhookEndpointView } from '@/lib/webhooks/endpoints';
import { webhookEventTypes, webhookFormats } from '@/lib/webhooks/events';

// The stable JSON of webhook endpoints and their deliveries in /api/v1; the schemas document it
// in openapi.json. The secret appears only in the answers of creating and rotating.

export const webhookEndpointJsonSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(webhookEventTypes)),
    format: z.enum(webhookFormats).meta({
      description:
        "`standard`: signed JSON per Standard Webhooks. `slack`, `teams`, `mattermost`: a readable message for that chat's incoming webhook, not signed.",
    }),
    enabled: z.boolean(),
    disabledAt: z.iso.datetime({ offset: true }).nullable(),
    disabledReason: z
      .enum(['failing', 'by-member'])
      .nullable()
      .meta({ description: '`failing`: switched off after 24 hours of failed deliveries.' }),
    failingSince: z.iso
      .datetime({ offset: true })
      .nullable()
      .meta({ description: 'Since when deliveries have failed without one succeeding; null when healthy.' }),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ title: 'WebhookEndpoint' });

export const webhookEndpointWithSecretJsonSchema = webhookEndpointJsonSchema
  .extend({
    secret: z.string().meta({
      description: 'The signing secret (`whsec_…`), shown only in this answer; verify deliveries with it.',
    }),
  })
  .meta({ title: 'WebhookEndpointWithSecret' });

export const webhookDeliveryJsonSchema = z
  .object({
    id: z.uuid(),
    messageId: z.string().meta({ description: 'The `webhook-id` header, the same on every attempt.' }),
    eventType: z.string(),
    status: z.enum(['PENDING', 'SUCCEEDED', 'FAILED']),
    attempts: z.int().min(0),
    lastStatusCode: z.int().nullable(),
    lastResponseMs: z.int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    deliveredAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ title: 'WebhookDelivery' });

type Delivery = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toWebhookEndpointJson(
  endpoint: WebhookEndpointView,
): z.output<typeof webhookEndpointJsonSchema> {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events as z.output<typeof webhookEndpointJsonSchema>['events'],
    format: endpoint.format,
    enabled: endpoint.enabled,
    disabledAt: iso(endpoint.disabledAt),
    disabledReason: endpoint.disabledReason as 'failing' | 'by-member' | null,
    failingSince: iso(endpoint.failingSince),
    createdAt: endpoint.createdAt.toISOString(),
  };
}

export function toWebhookDeliveryJson(delivery: Delivery): z.output<typeof webhookDeliveryJsonSchema> {
  return { ...delivery, createdAt: delivery.createdAt.toISOString(), deliveredAt: iso(delivery.deliveredAt) };
}
