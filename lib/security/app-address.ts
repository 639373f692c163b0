// The address people open the app at. With NEXTAUTH_URL set, that one: state changes must come
// from it, and a page opened under another host is sent there. Without it (the default of
// `npm start`), whatever address reached the app: localhost, 127.0.0.1, [::1] or the machine's
// address in the shop's Wi-Fi, each judged by the same-origin rule Next.js applies to server
// actions. Pure functions: the proxy and the data layer share them.

type HeaderReader = { get(name: string): string | null };

/**
 * The entry of a forwarding header (X-Forwarded-Proto, X-Forwarded-Host) that the outermost of
 * `trustProxy` trusted proxies wrote; null without trusted proxies (a client's own value counts
 * for nothing).
 */
export function trustedForwardedValue(header: string | null, trustProxy: number) {
  if (trustProxy === 0) return null;
  const chain = (header ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(chain.length - trustProxy, 0)] ?? null;
}

/**
 * The origin the browser addressed: the Host header (behind trusted proxies the forwarded host)
 * and the scheme (https only when a trusted proxy says so). Null without a usable host.
 */
export function requestOrigin(headers: HeaderReader, trustProxy: number): string | null {
  const host = trustedForwardedValue(headers.get('x-forwarded-host'), trustProxy) ?? headers.get('host');
  if (!host) return null;
  const proto = trustedForwardedValue(headers.get('x-forwarded-proto'), trustProxy)?.toLowerCase();
  try {
    const url = new URL(`${proto === 'https' ? 'https' : 'http'}://${host}`);
    // Only a host and a port: "evil.example/@x" is no host.
    return url.host === host.toLowerCase() ? url.origin : null;
  } catch {
    return null;
  }
}

/** The configured origin (NEXTAUTH_URL's), else the request's own, else null. */
export function appOriginOf(appUrl: string | undefined, headers: HeaderReader, trustProxy: number) {
  return appUrl ? new URL(appUrl).origin : requestOrigin(headers, trustProxy);
}

/** Whether a request addressed to `origin` came in under another host than the configured `appUrl`. */
export function isUnderOtherHost(appUrl: string | undefined, origin: string | null) {
  return Boolean(appUrl && origin && new URL(appUrl).host !== new URL(origin).host);
}
