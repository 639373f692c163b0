// The events an endpoint can ask for. The names follow the Standard Webhooks convention
// (`<resource>.<what happened>`); each payload is `{ type, timestamp, data }` (README "Webhooks").

export const webhookEventTypes = [
  'location.created',
  'location.updated',
  'location.deleted',
  'listing.status_changed',
  'listing.alert',
  'checkin.submitted',
  'checkin.overdue',
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

/**
 * How an endpoint gets its events: `standard` signed JSON (the payload below), or a readable
 * message for a Slack, Microsoft Teams (Workflows) or Mattermost incoming webhook (lib/webhooks/chat).
 */
export const webhookFormats = ['standard', 'slack', 'teams', 'mattermost'] as const;

export type WebhookFormatName = (typeof webhookFormats)[number];

/** Sent only by "Testereignis senden"; no endpoint subscribes to it. */
export const webhookTestEventType = 'webhook.test';

export type WebhookPayload = {
  type: WebhookEventType | typeof webhookTestEventType;
  /** When the change happened (ISO 8601, UTC). */
  timestamp: string;
  data: Record<string, unknown>;
};

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (webhookEventTypes as readonly string[]).includes(value);
}
