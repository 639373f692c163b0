import 'server-only';
import { env } from '@/lib/env';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource, name: string) {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/**
 * The client's IP address. Next.js appends the socket's address to X-Forwarded-For, so the
 * last entry is the peer; with TRUST_PROXY=N the app sits behind N proxies and the client is
 * the entry N places before it. Anything a client wrote further left is ignored.
 */
export function clientAddress(headers: HeaderSource): string {
  const chain = headerValue(headers, 'x-forwarded-for')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = chain.length - 1 - env().TRUST_PROXY;
  return chain[Math.max(index, 0)] ?? 'unknown';
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
