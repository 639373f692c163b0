import 'server-only';
import { env } from '@/lib/env';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource, name: string) {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/**
 * The client's IP address, from X-Forwarded-For. With TRUST_PROXY=N the app sits behind N
 * proxies that each append the address they saw, so the client is the entry N places from
 * the end; entries a client wrote further left are ignored. With TRUST_PROXY=0 proxy.ts has
 * removed whatever forwarding headers the client sent (dropUntrustedForwardingHeaders), so the
 * header holds exactly the socket's address, which Next.js fills in.
 */
export function clientAddress(headers: HeaderSource): string {
  const chain = headerValue(headers, 'x-forwarded-for')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = chain.length - Math.max(env().TRUST_PROXY, 1);
  return chain[Math.max(index, 0)] ?? 'unknown';
}

// Next.js (`next start`, base-server.ts) sets each of these only when the request has none:
// `x-forwarded-for ??= socket.remoteAddress`, and Host, port and protocol likewise.
const forwardingHeaders = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-port', 'x-forwarded-proto'];

/**
 * Without a proxy in front (TRUST_PROXY=0) every forwarding header on a request was written by
 * the client itself: proxy.ts removes them from the request it hands on, and Next.js then fills
 * them in from the connection (the socket's address, the Host header, the listening port).
 */
export function dropUntrustedForwardingHeaders(headers: Headers) {
  if (env().TRUST_PROXY > 0) return;
  for (const name of forwardingHeaders) headers.delete(name);
}

/** Rate limits count an IPv6 /64 (one customer's network) as one address. */
export function addressNetwork(address: string) {
  const plain = address.replace(/^::ffff:/, '');
  if (!plain.includes(':')) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = plain.includes('::')
    ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
