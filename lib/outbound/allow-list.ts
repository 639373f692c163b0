// The explicit exceptions to the address and port rules: `host:port` entries (OUTBOUND_ALLOW,
// comma-separated), empty by default. A request whose URL names exactly such a host and port may
// reach it whatever its address, e.g. a test's server on 127.0.0.1 or a geocoder in the local
// network. The entry is matched against the URL as written, never against the address a name
// resolves to, so no other name can borrow an entry.

export type AllowList = ReadonlySet<string>;

/** The key of a URL's host and port as an entry is written: `127.0.0.1:8080`, `[::1]:8080`. */
export function allowListKey(url: URL): string {
  return `${url.hostname}:${effectivePort(url)}`;
}

export function effectivePort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/**
 * Parses `host:port, host:port`. Host names are normalised as URLs normalise them (lower case,
 * IPv6 compressed), so `LOCALHOST:3000` and `[0:0::1]:3000` match `localhost:3000` and `[::1]:3000`.
 * Throws on an entry without a port or with anything else than a host and a port.
 */
export function parseAllowList(text: string | undefined): AllowList {
  const entries = new Set<string>();
  for (const entry of (text ?? '').split(',')) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const url = URL.parse(`http://${trimmed}`);
    const port = /:(\d{1,5})$/.exec(trimmed)?.[1];
    if (!url || url.href !== `http://${url.host}/` || !port || Number(port) < 1) {
      throw new Error(`OUTBOUND_ALLOW: "${trimmed}" is not host:port`);
    }
    entries.add(`${url.hostname}:${Number(port)}`);
  }
  return entries;
}
