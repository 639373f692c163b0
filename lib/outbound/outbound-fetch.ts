import 'server-only';
import { env } from '@/lib/env';
import packageJson from '@/package.json';
import { parseAllowList, type AllowList } from './allow-list';
import { checkDestination, parseOutboundUrl, systemResolver, type Resolver } from './destination';
import { readBody, sendRequest } from './http-exchange';
import {
  decodeBody,
  failed,
  OutboundStop,
  parseJsonOrUndefined,
  type OutboundAnswer,
  type OutboundOutcome,
} from './outcome';
import { createRobotsCheck, robotsMaxBytes } from './robots';

// The one way the server talks to a server outside the app (geocoder, websites, Overpass, Google,
// later webhooks). Only public addresses on ports 80 and 443, checked after DNS resolution and
// again for every redirect (at most five, followed here, not by the HTTP client); 5 s to connect,
// 15 s in all, 2 MB per body; robots.txt for websites. Exceptions only through OUTBOUND_ALLOW.
// eslint keeps fetch and node:http(s) out of lib/ and app/ outside this folder.

export type OutboundPurpose = 'website' | 'geocoder' | 'overpass' | 'places' | 'webhook';

export type OutboundRequest = {
  /** What the request is for. 'website' reads a business's own site and respects its robots.txt. */
  purpose: OutboundPurpose;
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent to the URL's origin only: a redirect to another origin keeps just Accept and Content-Type. */
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  accept?: string;
  /** At most the client's limit (2 MB by default). */
  maxBytes?: number;
  /**
   * For the whole request, redirects included; at most the client's limit (15 s), or its limit for
   * the purpose (Overpass: 35 s, since the query itself grants the server 25 s).
   */
  timeoutMs?: number;
  signal?: AbortSignal;
};

export type OutboundConfig = {
  allow: AllowList;
  userAgent: string;
  resolve: Resolver;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  /** A longer total limit for purposes whose servers take longer by design. */
  purposeTimeoutMs: Partial<Record<OutboundPurpose, number>>;
  maxBytes: number;
  maxRedirects: number;
};

export type OutboundClient = (url: string | URL, request: OutboundRequest) => Promise<OutboundOutcome>;

export const outboundDefaults = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 15_000,
  // Overpass queries ask for up to 25 s of server time ([timeout:25], lib/verification/osm).
  purposeTimeoutMs: { overpass: 35_000 },
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
} satisfies Omit<OutboundConfig, 'allow' | 'userAgent' | 'resolve'>;

/** `Ortsbild/<version> (+<contact>)`: OUTBOUND_CONTACT, else the app's address, else a note to set it. */
export function outboundUserAgent() {
  const contact = env().OUTBOUND_CONTACT ?? env().NEXTAUTH_URL ?? 'contact not configured: OUTBOUND_CONTACT';
  return `Ortsbild/${packageJson.version} (+${contact})`;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const connectionHeaders = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);
const keptAcrossOrigins = new Set(['accept', 'content-type', 'user-agent', 'accept-encoding']);

/** A client with its own robots.txt cache. Tests pass a resolver, an allow-list or shorter limits. */
export function createOutboundClient(overrides: Partial<OutboundConfig> = {}): OutboundClient {
  const config: OutboundConfig = {
    ...outboundDefaults,
    allow: overrides.allow ?? parseAllowList(env().OUTBOUND_ALLOW),
    userAgent: overrides.userAgent ?? outboundUserAgent(),
    resolve: systemResolver,
    ...overrides,
  };
  const assertRobotsAllow = createRobotsCheck((robotsUrl) =>
    send(config, robotsUrl, { purpose: 'website', accept: 'text/plain', maxBytes: robotsMaxBytes }, null),
  );
  return (url, request) =>
    send(config, url, request, request.purpose === 'website' ? assertRobotsAllow : null);
}

let defaultClient: OutboundClient | undefined;

/** Sends one request to a server outside the app; never throws, answers with an outcome. */
export function outboundFetch(url: string | URL, request: OutboundRequest): Promise<OutboundOutcome> {
  defaultClient ??= createOutboundClient();
  return defaultClient(url, request);
}

type RobotsCheck = ReturnType<typeof createRobotsCheck> | null;

async function send(
  config: OutboundConfig,
  target: string | URL,
  request: OutboundRequest,
  assertRobotsAllow: RobotsCheck,
): Promise<OutboundOutcome> {
  const limitMs = config.purposeTimeoutMs[request.purpose] ?? config.totalTimeoutMs;
  const totalMs = Math.min(request.timeoutMs ?? limitMs, limitMs);
  const maxBytes = Math.min(request.maxBytes ?? config.maxBytes, config.maxBytes);
  const timeout = AbortSignal.timeout(totalMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  let current = String(target);
  try {
    let url = parseOutboundUrl(target);
    let method: string = request.method ?? 'GET';
    let body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
    let headers = requestHeaders(config.userAgent, request);
    for (let redirects = 0; ; redirects += 1) {
      current = url.href;
      const destination = await checkDestination(url, { ...config, signal });
      await assertRobotsAllow?.(url, signal);
      const withLength = body ? { ...headers, 'content-length': String(body.length) } : headers;
      const response = await sendRequest(
        destination,
        { method, headers: withLength, body },
        { connectTimeoutMs: config.connectTimeoutMs, signal },
      );
      const status = response.statusCode ?? 0;
      const location = redirectStatuses.has(status) ? response.headers.location : undefined;
      if (location === undefined) {
        const bytes = await readBody(response, maxBytes, signal);
        return answer(status, response.rawHeaders, url, redirects, bytes);
      }
      response.destroy();
      if (redirects >= config.maxRedirects) {
        throw failed('too_many_redirects', `more than ${config.maxRedirects} redirects`);
      }
      const next = redirectTarget(location, url);
      current = next.href;
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        method = method === 'HEAD' ? 'HEAD' : 'GET';
        body = undefined;
        headers = withoutHeaders(headers, (name) => name === 'content-type');
      }
      // Credentials and API keys the caller gave are for the origin it named, not for another.
      if (next.origin !== url.origin)
        headers = withoutHeaders(headers, (name) => !keptAcrossOrigins.has(name));
      url = parseOutboundUrl(next);
    }
  } catch (error) {
    const stop = stopFor(error, timeout, request.signal, totalMs);
    return { ...stop.outcome, url: current } as OutboundOutcome;
  }
}

function requestHeaders(userAgent: string, request: OutboundRequest): Record<string, string> {
  const headers: Record<string, string> = { accept: request.accept ?? '*/*' };
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    // The connection decides these: the host checked, the length of the body sent.
    if (!connectionHeaders.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  }
  // The body limit counts the bytes as sent: no compression, and so no decompression bomb.
  return { ...headers, 'user-agent': userAgent, 'accept-encoding': 'identity' };
}

function withoutHeaders(headers: Record<string, string>, drop: (name: string) => boolean) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop(name)));
}

function redirectTarget(location: string, from: URL): URL {
  try {
    return new URL(location, from);
  } catch {
    throw failed('invalid_redirect', 'redirected to an invalid URL');
  }
}

function answer(
  status: number,
  rawHeaders: string[],
  url: URL,
  redirects: number,
  body: Buffer,
): OutboundAnswer {
  const headers = new Headers();
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    try {
      headers.append(rawHeaders[index]!, rawHeaders[index + 1]!);
    } catch {
      // A header that Headers will not hold (an invalid name or value) is left out.
    }
  }
  // Decoded once, however often it is read (a chain's store page is checked for every branch).
  let text: string | undefined;
  const decoded = () => (text ??= decodeBody(body, headers.get('content-type')));
  return {
    kind: 'answer',
    status,
    headers,
    url: url.href,
    redirects,
    body,
    text: decoded,
    json: () => parseJsonOrUndefined(decoded()),
  };
}

function stopFor(
  error: unknown,
  timeout: AbortSignal,
  callerSignal: AbortSignal | undefined,
  totalMs: number,
) {
  if (error instanceof OutboundStop) return error;
  if (timeout.aborted) return failed('timeout', `no complete answer within ${totalMs} ms`);
  if (callerSignal?.aborted) return failed('aborted', 'cancelled by the caller');
  const code = (error as { code?: unknown } | null)?.code;
  return failed('connection_failed', typeof code === 'string' ? code : String(error));
}
