// What a request to the outside world ends in: an answer (any HTTP status), a refusal (the app
// would not send it: a rule said no before anything was sent to that address) or a failure (it
// was sent, or tried, and went wrong). Refusals and failures are values, not exceptions: a caller
// turns them into a finding or a message, and never crashes on a hostile server.

export type OutboundAnswer = {
  kind: 'answer';
  status: number;
  headers: Headers;
  /** The URL that answered, after redirects. */
  url: string;
  redirects: number;
  body: Uint8Array;
  /** The body decoded with the charset of Content-Type (UTF-8 when none or unknown). */
  text(): string;
  /** The text parsed as JSON; undefined when it is not JSON (which JSON itself cannot say). */
  json(): unknown;
};

export type OutboundRefusalCode =
  | 'invalid_url'
  | 'scheme_not_allowed'
  | 'credentials_in_url'
  | 'port_not_allowed'
  | 'address_not_allowed'
  | 'disallowed_by_robots'
  | 'robots_unreachable';

export type OutboundFailureCode =
  | 'dns_failed'
  /** The name does not exist (NXDOMAIN, no address): asking again will not help. */
  | 'host_not_found'
  | 'connect_timeout'
  | 'timeout'
  | 'aborted'
  | 'too_large'
  | 'too_many_redirects'
  | 'invalid_redirect'
  | 'connection_failed';

export type OutboundRefusal = { kind: 'refused'; code: OutboundRefusalCode; url: string; reason: string };
export type OutboundFailure = { kind: 'failed'; code: OutboundFailureCode; url: string; reason: string };
export type OutboundOutcome = OutboundAnswer | OutboundRefusal | OutboundFailure;

/** Thrown inside the module only; outboundFetch returns it as a refusal or failure. */
export class OutboundStop extends Error {
  constructor(readonly outcome: Omit<OutboundRefusal, 'url'> | Omit<OutboundFailure, 'url'>) {
    super(outcome.reason);
    this.name = 'OutboundStop';
  }
}

export function refused(code: OutboundRefusalCode, reason: string) {
  return new OutboundStop({ kind: 'refused', code, reason });
}

export function failed(code: OutboundFailureCode, reason: string) {
  return new OutboundStop({ kind: 'failed', code, reason });
}

export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function decodeBody(body: Uint8Array, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
