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
 * 12 retries: pg-boss waits retryDelay · 2^n · (½ … 1), at most 4 hours, i.e. on average about
 * 1.5, 3, 6, 12, 24, 48, 96 and 192 minutes, then four times 4 hours: about 23 hours after the
 * first attempt the last one is made, so a delivery is tried for about a day.
 */
export const defaultWebhookRetry: WebhookRetryPolicy = {
  retryLimit: 12,
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
