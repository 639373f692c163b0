import 'server-only';
import { createOutboundClient, type OutboundClient } from '@/lib/outbound/outbound-fetch';

// What the delivery jobs need: the outbound client (public addresses only, unless OUTBOUND_ALLOW
// names a host), pg-boss' retry policy and how long an endpoint may fail before it is switched
// off. The server takes the defaults; tests pass a client that allows their receivers and
// retries that take seconds instead of hours.

export type WebhookRetryPolicy = {
  retryLimit: number;
  /** Seconds before the first retry; pg-boss doubles it (with jitter) for each further one. */
  retryDelay: number;
  retryBackoff: true;
  retryDelayMax: number;
};

export type WebhookWorkerSettings = {
  client: OutboundClient;
  retry: WebhookRetryPolicy;
  /** An endpoint whose deliveries have failed this long without a success is switched off. */
  disableAfterFailingMs: number;
  /** Deliveries worked at once by this instance (different endpoints only: one per endpoint). */
  localConcurrency: number;
  /** pg-boss' 2 s when unset. */
  pollingIntervalSeconds?: number;
};

/**
 * 13 retries: pg-boss waits retryDelay · 2^n · (½ … 1), at most 4 hours: on average about 1.5, 3,
 * 6, 12, 24, 48, 96 and 190 minutes, then five times 4 hours. The last attempt comes about 26
 * hours after the first, so a receiver that stays down is tried for more than a day and the
 * endpoint is switched off by its own delivery's failures (failing for 24 hours).
 */
export const defaultWebhookRetry: WebhookRetryPolicy = {
  retryLimit: 13,
  retryDelay: 60,
  retryBackoff: true,
  retryDelayMax: 4 * 3_600,
};

export function webhookSettingsFromEnv(): WebhookWorkerSettings {
  return {
    client: createOutboundClient(),
    retry: defaultWebhookRetry,
    disableAfterFailingMs: 24 * 3_600_000,
    localConcurrency: 4,
  };
}
