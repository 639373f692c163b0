import { z } from 'zod';
import { isStorableText, storableTextError } from '@/lib/validation/storable-text';
import { webhookEventTypes, webhookFormats } from './events';

// Inputs of the webhook settings and API. Messages are full keys under "webhooks.errors".

const urlSchema = z
  .string()
  .trim()
  .max(2_000, { error: 'webhooks.errors.urlInvalid' })
  .pipe(z.url({ protocol: /^https?$/, error: 'webhooks.errors.urlInvalid' }));

const eventsSchema = z
  .array(z.enum(webhookEventTypes, { error: 'webhooks.errors.eventInvalid' }))
  .min(1, { error: 'webhooks.errors.eventsRequired' })
  .transform((events) => [...new Set(events)]);

const formatSchema = z.enum(webhookFormats, { error: 'webhooks.errors.formatInvalid' });

const descriptionSchema = z
  .string()
  .trim()
  .max(200, { error: 'webhooks.errors.descriptionTooLong' })
  .refine(isStorableText, storableTextError);

export const webhookEndpointInputSchema = z.object({
  url: urlSchema,
  description: descriptionSchema.default(''),
  events: eventsSchema,
  format: formatSchema.default('standard'),
});

export const webhookEndpointUpdateSchema = z.object({
  url: urlSchema.optional(),
  description: descriptionSchema.optional(),
  events: eventsSchema.optional(),
  format: formatSchema.optional(),
  enabled: z.boolean().optional(),
});

export const webhookEndpointIdSchema = z.object({
  endpointId: z.uuid({ error: 'webhooks.errors.endpointInvalid' }),
});

/** The settings' switch: "on" or "off". */
export const webhookSwitchSchema = webhookEndpointIdSchema.extend({ enabled: z.enum(['on', 'off']) });

export type WebhookEndpointInput = z.output<typeof webhookEndpointInputSchema>;
export type WebhookEndpointUpdate = z.output<typeof webhookEndpointUpdateSchema>;
