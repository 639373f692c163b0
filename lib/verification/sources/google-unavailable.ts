import type { OutboundAnswer, OutboundFailure, OutboundRefusal } from '@/lib/outbound/outcome';
import { googleErrorSchema } from './google-place-schema';
import { parseRetryAfter } from './retry-after';
import type { SourceUnavailable } from './source-result';

// Why Google could not be asked, as a short reason code. Quota (429, RESOURCE_EXHAUSTED), Google's
// own trouble (408, 5xx) and the network are tried again later (Retry-After read as the other
// sources read it); a refused key, an API not enabled or a malformed request are not, since the
// same request would fail the same way until someone changes the configuration. Google's status word goes into the reason ("status-403-PERMISSION_DENIED"),
// its message does not: it is English prose from another server, and the key stays out of every
// reason by construction (it only ever travels in a request header).

const retryableFailures = new Set<OutboundFailure['code']>([
  'dns_failed',
  'connect_timeout',
  'timeout',
  'aborted',
  'connection_failed',
]);

export function unavailableOfOutbound(outcome: OutboundRefusal | OutboundFailure): SourceUnavailable {
  if (outcome.kind === 'refused')
    return { outcome: 'unavailable', retryable: false, reason: `refused-${outcome.code}` };
  return { outcome: 'unavailable', retryable: retryableFailures.has(outcome.code), reason: outcome.code };
}

/** An answer that is not 200 (and, for Place Details, not the NOT_FOUND the caller handles). */
export function unavailableOfAnswer(answer: OutboundAnswer, now: Date): SourceUnavailable {
  const status = googleErrorSchema.safeParse(answer.json()).data?.error.status;
  const retryAfterSeconds = parseRetryAfter(answer.headers.get('retry-after'), now);
  const after = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (answer.status === 408 || answer.status === 429 || answer.status >= 500) {
    return { outcome: 'unavailable', retryable: true, reason: `status-${answer.status}`, ...after };
  }
  const reason = status ? `status-${answer.status}-${status}` : `status-${answer.status}`;
  return { outcome: 'unavailable', retryable: status === 'RESOURCE_EXHAUSTED', reason, ...after };
}

/** A 200 whose body is not the documented JSON: a proxy's page, a cut answer. */
export const invalidAnswer: SourceUnavailable = {
  outcome: 'unavailable',
  retryable: true,
  reason: 'invalid-answer',
};
