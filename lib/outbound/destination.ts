import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { isForbiddenHostname, isPublicAddress } from './addresses';
import { allowListKey, effectivePort, type AllowList } from './allow-list';
import { failed, OutboundStop, refused } from './outcome';

// Where a request may go, decided before anything is sent: the scheme, the port, and every address
// the host name resolves to. The addresses checked here are the ones connected to (see
// http-exchange.ts), so a DNS answer that changes between check and connect (DNS rebinding) cannot
// lead anywhere unchecked. Each redirect target is checked the same way.

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Resolves a host name to all its addresses; node:dns by default, a fixed table in tests. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, order: 'verbatim' });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export type Destination = { url: URL; addresses: ResolvedAddress[]; allowListed: boolean };

const allowedPorts = new Set([80, 443]);

/** The URL's host as an address or a name: an IPv6 address without its brackets. */
function bareHost(url: URL) {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

export function parseOutboundUrl(text: string | URL): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refused('invalid_url', 'not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refused('scheme_not_allowed', `${url.protocol} is not http or https`);
  }
  if (url.username || url.password) throw refused('credentials_in_url', 'URLs with credentials are not sent');
  return url;
}

export async function checkDestination(
  url: URL,
  context: { allow: AllowList; resolve: Resolver; signal: AbortSignal },
): Promise<Destination> {
  const allowListed = context.allow.has(allowListKey(url));
  const port = effectivePort(url);
  if (!allowListed && !allowedPorts.has(port)) {
    throw refused('port_not_allowed', `port ${port} is not 80 or 443`);
  }
  const host = bareHost(url);
  const family = net.isIP(host);
  if (family === 4 || family === 6) {
    if (!allowListed && !isPublicAddress(host)) throw refused('address_not_allowed', `${host} is not public`);
    return { url, addresses: [{ address: host, family }], allowListed };
  }
  if (!allowListed && isForbiddenHostname(host)) {
    throw refused('address_not_allowed', `${host} is not a public host`);
  }
  const addresses = await resolveWithin(context.resolve, host, context.signal);
  if (!allowListed) {
    const inner = addresses.find(({ address }) => !isPublicAddress(address));
    if (inner)
      throw refused('address_not_allowed', `${host} resolves to ${inner.address}, which is not public`);
  }
  return { url, addresses, allowListed };
}

async function resolveWithin(resolve: Resolver, host: string, signal: AbortSignal) {
  signal.throwIfAborted();
  let stop: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
  });
  try {
    const addresses = await Promise.race([resolve(host), aborted]);
    if (addresses.length === 0) throw failed('host_not_found', `${host} has no address`);
    return addresses;
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof OutboundStop) throw error;
    const code = (error as { code?: unknown }).code;
    // The name does not exist, as opposed to a resolver that could not answer now (EAI_AGAIN, …).
    throw failed(
      code === 'ENOTFOUND' || code === 'ENODATA' ? 'host_not_found' : 'dns_failed',
      `${host} could not be resolved (${typeof code === 'string' ? code : String(error)})`,
    );
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
