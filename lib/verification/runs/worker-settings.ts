import 'server-only';
import { env } from '@/lib/env';
import { createOutboundClient, type OutboundClient } from '@/lib/outbound/outbound-fetch';
import { defaultRateLimits, type SourceRateLimits } from './source-rate-limits';

// What the verification jobs need from the outside: the outbound client, the sources' addresses
// and key, the rate limits and the retry policy. The server takes them from the environment;
// tests and the benchmark pass their own (local servers, shorter waits, limits off).

export type VerificationWorkerSettings = {
  client: OutboundClient;
  overpassUrl: string;
  google: { apiKey: string; baseUrl: string } | null;
  rateLimits: SourceRateLimits;
  /** The first retry waits this long, each further one twice as long (plus jitter), at most an hour. */
  retryBaseSeconds: number;
  /** Attempts per task before it is reported as failed: 1 + retries. */
  maxAttempts: number;
  /**
   * Seconds a verification worker waits before asking pg-boss for its next job (pg-boss' 2 when
   * unset, as on the server). A worker takes one job per wait, so with rate limits off this paces
   * a run: the benchmark uses pg-boss' least, 0.5.
   */
  pollingIntervalSeconds?: number;
};

export function verificationSettingsFromEnv(): VerificationWorkerSettings {
  const { OVERPASS_URL, GOOGLE_PLACES_API_KEY, GOOGLE_PLACES_URL } = env();
  return {
    client: createOutboundClient(),
    overpassUrl: OVERPASS_URL,
    google: GOOGLE_PLACES_API_KEY ? { apiKey: GOOGLE_PLACES_API_KEY, baseUrl: GOOGLE_PLACES_URL } : null,
    rateLimits: defaultRateLimits,
    retryBaseSeconds: 60,
    maxAttempts: 4,
  };
}

/** Seconds before attempt `attempts + 1`: doubling from the base, at least what the source asked. */
export function retryDelaySeconds(settings: VerificationWorkerSettings, attempts: number, askedSeconds = 0) {
  const doubling = settings.retryBaseSeconds * 2 ** Math.max(0, attempts - 1);
  const jitter = 1 + Math.random() * 0.25;
  return Math.min(3_600, Math.max(askedSeconds, doubling * jitter));
}
