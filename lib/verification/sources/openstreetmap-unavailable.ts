import type { OutboundAnswer, OutboundFailureCode, OutboundOutcome } from '@/lib/outbound/outcome';
import type { SourceUnavailable } from './source-result';
import { parseRetryAfter } from './retry-after';

// When Overpass could not be asked, and whether asking again later may help. Overpass answers 429
// when this address has no free slot, 504 when the server is too busy for the query, 400 for a
// query it cannot read (asking again gives the same answer).

/** Failures worth another try: the network or the server may be better later. */
const retryableFailures: ReadonlySet<OutboundFailureCode> = new Set([
  'dns_failed',
  'connect_timeout',
  'timeout',
  'aborted',
  'connection_failed',
]);

const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/** A week: a longer wait announced by a server is treated as a week. */
/** An answer worth reading: 2xx. */
export function isSuccessfulAnswer(outcome: OutboundOutcome): outcome is OutboundAnswer {
  return outcome.kind === 'answer' && outcome.status >= 200 && outcome.status <= 299;
}

/** What every location of the cluster is told when the outcome is no successful answer. */
export function unavailableOfOutcome(outcome: OutboundOutcome, now: Date): SourceUnavailable {
  if (outcome.kind === 'refused') {
    return { outcome: 'unavailable', retryable: false, reason: `refused-${outcome.code}` };
  }
  if (outcome.kind === 'failed') {
    return { outcome: 'unavailable', retryable: retryableFailures.has(outcome.code), reason: outcome.code };
  }
  const retryAfterSeconds = parseRetryAfter(outcome.headers.get('retry-after'), now);
  return {
    outcome: 'unavailable',
    retryable: retryableStatus(outcome.status),
    reason: `status-${outcome.status}`,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}
