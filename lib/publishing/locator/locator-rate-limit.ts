import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { addressNetwork, clientAddress } from '@/lib/security/client-address';

// The public locator answers anyone, so one network may make LOCATOR_RATE_LIMIT requests a minute
// (120 by default: a person browsing never gets near it, a scraper soon does). Counted in this
// process's memory: a refused request costs no statement, and each instance counts its own share.

let limiter: RateLimiterMemory | undefined;

function currentLimiter() {
  limiter ??= new RateLimiterMemory({ points: env().LOCATOR_RATE_LIMIT, duration: 60 });
  return limiter;
}

/** Null when the request may go on; otherwise the seconds after which the network may ask again. */
export async function locatorRateLimitWait(headers: Headers): Promise<number | null> {
  try {
    await currentLimiter().consume(addressNetwork(clientAddress(headers)));
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}
