import net from 'node:net';

// Which addresses a request to the outside world may reach: public unicast ones only. Everything
// that leads back into the machine, the local network or the cloud provider's own services is
// refused, whether the URL names it directly or a DNS name resolves to it. IPv4-mapped IPv6
// addresses (::ffff:10.0.0.1) are judged as the IPv4 address they carry.

function blockList(family: 'ipv4' | 'ipv6', subnets: readonly string[]) {
  const list = new net.BlockList();
  for (const subnet of subnets) {
    const [address = '', prefix = ''] = subnet.split('/');
    list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/** IPv4 ranges that are not the public internet (IANA special-purpose registry, RFC 6890). */
const nonPublicIPv4 = blockList('ipv4', [
  '0.0.0.0/8', // "this network", including the unspecified address
  '10.0.0.0/8', // private (RFC 1918)
  '100.64.0.0/10', // carrier-grade NAT (RFC 6598)
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, including the cloud metadata service 169.254.169.254
  '172.16.0.0/12', // private (RFC 1918)
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation
  '192.88.99.0/24', // 6to4 relay anycast
  '192.168.0.0/16', // private (RFC 1918)
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation
  '203.0.113.0/24', // documentation
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, including broadcast 255.255.255.255
]);

/** IPv4-mapped IPv6 (::ffff:a.b.c.d): judged by the IPv4 address inside. */
const ipv4Mapped = blockList('ipv6', ['::ffff:0:0/96']);

/**
 * Public IPv6 is global unicast (2000::/3). Outside it lie loopback (::1), unspecified (::),
 * unique-local (fc00::/7, including AWS's metadata address fd00:ec2::254), link-local (fe80::/10),
 * multicast (ff00::/8) and the translation prefixes that carry an IPv4 address (64:ff9b::/96).
 */
const globalUnicastIPv6 = blockList('ipv6', ['2000::/3']);

/** Parts of 2000::/3 that are not the public internet either. */
const nonPublicIPv6 = blockList('ipv6', [
  '2001::/23', // IETF protocol assignments, including Teredo (2001::/32), which tunnels IPv4
  '2001:db8::/32', // documentation
  '2002::/16', // 6to4: carries an IPv4 address, possibly a private one
  '3fff::/20', // documentation
]);

/** Host names that reach a cloud provider's metadata service without looking like an address. */
const metadataHostnames = new Set(['metadata.google.internal', 'metadata.goog', 'metadata']);

/** True for a public unicast IPv4 or IPv6 address; false for anything else, including non-addresses. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return !nonPublicIPv4.check(address, 'ipv4');
  if (family !== 6) return false;
  // net.BlockList compares an IPv4-mapped IPv6 address with IPv4 rules as the IPv4 address.
  if (ipv4Mapped.check(address, 'ipv6')) return !nonPublicIPv4.check(address, 'ipv6');
  return globalUnicastIPv6.check(address, 'ipv6') && !nonPublicIPv6.check(address, 'ipv6');
}

/**
 * A host name refused before any DNS look-up: the metadata services' names, and localhost with its
 * subdomains (RFC 6761: they always mean this machine). Expects a lower-case name as URL gives it.
 */
export function isForbiddenHostname(hostname: string): boolean {
  const name = hostname.replace(/\.$/, '');
  return metadataHostnames.has(name) || name === 'localhost' || name.endsWith('.localhost');
}
