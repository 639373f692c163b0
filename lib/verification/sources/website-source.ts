import type { OutboundClient } from '@/lib/outbound/outbound-fetch';
import type { OutboundAnswer, OutboundFailure, OutboundRefusal } from '@/lib/outbound/outcome';
import type { SourceResult, SourceUnavailable, VerifiableLocation } from './source-result';
import { parseRetryAfter } from './retry-after';
import { pageFinding } from './website/page-finding';
import { observeWebsitePage } from './website/page-observation';

// The business's own website as a verification source: its page fetched through the safe outbound
// client (robots.txt respected), its schema.org data read and compared with the master data. What
// the site does wrong (a 404, no HTML, endless redirects, no structured data) is a finding for the
// owner; what keeps us from asking (a timeout, a 503, a refusal) is "unavailable", and tried again
// later when waiting can help.

export type WebsiteSourceOptions = {
  /** The four weeks of hours compared start on this instant's date; also "now" for Retry-After. */
  now?: Date;
  /** Called before each page is requested (the job layer waits for its rate limit there). */
  beforeRequest?: (url: string) => Promise<void>;
};

const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);
/** Enough of a Content-Type to show which one it was; a header can be kilobytes long. */
const contentTypeShown = 100;

export async function verifyWebsite(
  location: VerifiableLocation,
  client: OutboundClient,
  options: WebsiteSourceOptions = {},
): Promise<SourceResult> {
  return (await verifyWebsites([location], client, options)).get(location.id)!;
}

/**
 * Several locations, each page asked once: a chain's branches often name the same page (a store
 * list, the start page), which is fetched and read once and checked for each of them.
 */
export async function verifyWebsites(
  locations: readonly VerifiableLocation[],
  client: OutboundClient,
  options: WebsiteSourceOptions = {},
): Promise<Map<string, SourceResult>> {
  const now = options.now ?? new Date();
  const results = new Map<string, SourceResult>();
  const byPage = new Map<string, VerifiableLocation[]>();
  for (const location of locations) {
    const website = location.website?.trim();
    if (!website) results.set(location.id, pageFinding('noWebsite', null));
    else {
      const url = absoluteWebsite(website);
      const ofPage = byPage.get(url);
      if (ofPage) ofPage.push(location);
      else byPage.set(url, [location]);
    }
  }
  for (const [url, ofPage] of byPage) {
    await options.beforeRequest?.(url);
    const outcome = await client(url, { purpose: 'website', accept: 'text/html,application/xhtml+xml' });
    for (const location of ofPage) {
      if (outcome.kind === 'refused') results.set(location.id, refusedResult(outcome));
      else if (outcome.kind === 'failed') results.set(location.id, failedResult(outcome));
      else results.set(location.id, answeredResult(outcome, location, now));
    }
  }
  return results;
}

/** Websites imported without a scheme ("baeckerei-meyer.de") are asked for over https. */
function absoluteWebsite(website: string) {
  return /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website.replace(/^\/+/, '')}`;
}

function unavailable(retryable: boolean, reason: string, retryAfter?: number): SourceUnavailable {
  return {
    outcome: 'unavailable',
    retryable,
    reason,
    ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
  };
}

function refusedResult(refusal: OutboundRefusal): SourceResult {
  // robots.txt that cannot be read now (a 5xx, a timeout) forbids everything for the moment only
  // (RFC 9309); every other refusal is a rule that will say the same tomorrow.
  return unavailable(refusal.code === 'robots_unreachable', `refused-${refusal.code}`);
}

function failedResult(failure: OutboundFailure): SourceResult {
  if (failure.code === 'too_large') return pageFinding('pageTooLarge', failure.url);
  if (failure.code === 'too_many_redirects') return pageFinding('tooManyRedirects', failure.url);
  if (failure.code === 'invalid_redirect') return pageFinding('invalidRedirect', failure.url);
  if (failure.code === 'host_not_found') return pageFinding('siteNotFound', failure.url);
  // timeout, connect_timeout, connection_failed, dns_failed, aborted: the next try may get through.
  return unavailable(true, failure.code);
}

function answeredResult(answer: OutboundAnswer, location: VerifiableLocation, now: Date): SourceResult {
  const { status } = answer;
  // The site is busy or down, or timed our request out (408): later may be better. Retry-After is
  // read as the OpenStreetMap source reads it, seconds or an HTTP date, at most a week.
  if (status === 408 || status === 429 || (status >= 500 && status <= 599)) {
    return unavailable(true, `status-${status}`, parseRetryAfter(answer.headers.get('retry-after'), now));
  }
  if (status < 200 || status > 299) return pageFinding('pageStatus', answer.url, { status });
  const contentType = answer.headers.get('content-type');
  const mediaType = contentType?.split(';')[0]!.trim().toLowerCase();
  // A page without a Content-Type is read all the same: the reader takes any text safely.
  if (mediaType && !htmlTypes.has(mediaType)) {
    return pageFinding('notHtml', answer.url, { contentType: contentType!.slice(0, contentTypeShown) });
  }
  return observeWebsitePage(answer.text(), answer.url, location, now);
}
