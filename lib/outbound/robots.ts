import { LRUCache } from 'lru-cache';
import robotsParser from 'robots-parser';
import type { OutboundOutcome } from './outcome';
import { refused } from './outcome';

// robots.txt for requests that read a business's website (purpose 'website'), as RFC 9309 says:
// fetched once per origin through the same safe path (redirects followed, at most five), kept
// for a day; an answer of 4xx means "no rules", an unreachable file (5xx, 429, timeout, a refused
// address) means "nothing allowed" and is asked again after ten minutes.

export const robotsProductToken = 'Ortsbild';
export const robotsMaxBytes = 512 * 1024;
const rulesKeptMs = 24 * 60 * 60 * 1000;
const unreachableKeptMs = 10 * 60 * 1000;

type RobotsRules =
  | { kind: 'rules'; isAllowed(url: string): boolean }
  | { kind: 'no_rules' }
  | { kind: 'unreachable'; reason: string };

export type FetchRobotsFile = (url: URL) => Promise<OutboundOutcome>;

function rulesFrom(robotsUrl: URL, outcome: OutboundOutcome): RobotsRules {
  if (outcome.kind !== 'answer') {
    // More redirects than may be followed counts as "unavailable" (no rules) in RFC 9309.
    if (outcome.kind === 'failed' && outcome.code === 'too_many_redirects') return { kind: 'no_rules' };
    return { kind: 'unreachable', reason: outcome.reason };
  }
  if (outcome.status >= 200 && outcome.status < 300) {
    const robots = robotsParser(robotsUrl.href, outcome.text());
    return { kind: 'rules', isAllowed: (url) => robots.isAllowed(url, robotsProductToken) !== false };
  }
  if (outcome.status >= 400 && outcome.status < 500 && outcome.status !== 429) return { kind: 'no_rules' };
  return { kind: 'unreachable', reason: `robots.txt answered ${outcome.status}` };
}

export function createRobotsCheck(fetchRobotsFile: FetchRobotsFile) {
  const cache = new LRUCache<string, Promise<RobotsRules>>({ max: 1000, ttl: rulesKeptMs });

  function rulesFor(origin: string) {
    const cached = cache.get(origin);
    if (cached) return cached;
    const robotsUrl = new URL('/robots.txt', origin);
    const loading = fetchRobotsFile(robotsUrl).then((outcome) => rulesFrom(robotsUrl, outcome));
    cache.set(origin, loading);
    void loading.then((rules) => {
      if (rules.kind === 'unreachable') cache.set(origin, loading, { ttl: unreachableKeptMs });
    });
    return loading;
  }

  /** Throws a refusal when the origin's robots.txt disallows the URL for Ortsbild or cannot be read. */
  return async function assertRobotsAllow(url: URL, signal: AbortSignal) {
    const rules = await raceAbort(rulesFor(url.origin), signal);
    if (rules.kind === 'unreachable') {
      throw refused('robots_unreachable', `${url.origin}/robots.txt could not be read: ${rules.reason}`);
    }
    if (rules.kind === 'rules' && !rules.isAllowed(url.href)) {
      throw refused('disallowed_by_robots', `${url.origin}/robots.txt disallows ${url.pathname}`);
    }
  };
}

/** Waits for a shared promise, but no longer than this caller's own signal allows. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
