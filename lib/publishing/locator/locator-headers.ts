import { mapTileSource } from '@/lib/security/content-security-policy';

// The headers of the public locator's answers. Its pages carry their own Content-Security-Policy
// (proxy.ts leaves /l/ alone): no inline script at all (scripts only from this app), inline
// styles (the page's stylesheet; Leaflet's positions — styles cannot run code), tiles from the configured server, and framing only by the origins the
// owner listed (Organisation.locatorEmbedOrigins) — X-Frame-Options is not sent on /l/ for that
// reason (next.config.js), and browsers follow frame-ancestors over it anyway.

/** Visitors and proxies may keep a page a minute: "open now" must not grow older than that. */
export const locatorCacheControl = 'public, max-age=60, stale-while-revalidate=60';

export function locatorContentSecurityPolicy(options: {
  embedOrigins: readonly string[];
  tileUrl: string;
  https: boolean;
}) {
  const tiles = mapTileSource(options.tileUrl);
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors 'self'${options.embedOrigins.map((origin) => ` ${origin}`).join('')}`,
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

export function locatorHeaders(
  contentType: string,
  policy: string | null,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    'content-type': contentType,
    'cache-control': locatorCacheControl,
    vary: 'Accept-Language',
    ...(policy ? { 'content-security-policy': policy } : {}),
    ...extra,
  };
}
