// The Content-Security-Policy of every response, built per request by proxy.ts. Scripts run only
// with this response's nonce (Next.js reads it from the request's CSP header and puts it on its own
// script tags) or when such a script loads them ('strict-dynamic'); never inline script text.

/** 128 random bits, base64: unguessable and new for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * The CSP source of the map's tile server, from the MAP_TILE_URL template: its scheme and host, a
 * `{s}.` subdomain placeholder as `*.`. Null when the tiles come from this app ('self' covers
 * them) or the template's host cannot be written as a source (the tiles are then blocked).
 */
export function mapTileSource(tileUrlTemplate: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(tileUrlTemplate.trim());
  if (!match) return null;
  const host = match[2]!.replace(/^\{s\}\./, '*.');
  if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) return null;
  return `${match[1]!.toLowerCase()}://${host.toLowerCase()}`;
}

export type ContentSecurityPolicyOptions = {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
  /** Over HTTPS, any http:// reference is fetched as https:// instead of being blocked. */
  https: boolean;
  tileSource: string | null;
};

export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    [
      'script-src',
      "'self'",
      `'nonce-${options.nonce}'`,
      "'strict-dynamic'",
      ...(options.development ? ["'unsafe-eval'"] : []),
    ],
    // Styles may be inline: Leaflet writes style attributes into its markup (marker icons, panes)
    // and React renders `style` props (bar widths) as attributes, which a nonce cannot cover.
    // Inline styles cannot run code; scripts stay nonce-only.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...(options.tileSource ? [options.tileSource] : [])],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The map clusters in a worker of its own script (components/map/cluster-worker.ts); workers
    // would otherwise fall back to script-src, whose 'strict-dynamic' ignores 'self'.
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    // OAuth sign-in leaves by script (next-auth fetches the provider's URL, then navigates), and
    // providers come back with GET: no form is ever sent to another host.
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (options.https) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}
