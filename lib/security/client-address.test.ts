import { afterEach, describe, expect, it, vi } from 'vitest';

// env() reads TRUST_PROXY once per module instance: each case imports a fresh one.
async function withTrustProxy(value: string | undefined) {
  if (value === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = value;
  vi.resetModules();
  return import('./client-address');
}

const originalTrustProxy = process.env.TRUST_PROXY;
afterEach(() => {
  if (originalTrustProxy === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = originalTrustProxy;
});

describe('clientAddress', () => {
  it('by default (no proxy) takes the last X-Forwarded-For entry: the socket address once proxy.ts dropped what the client sent', async () => {
    const { clientAddress } = await withTrustProxy(undefined);
    const spoofed = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(clientAddress(spoofed)).toBe('203.0.113.7');
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
  });

  it('ignores whatever a client wrote into the header before the real entry', async () => {
    const { clientAddress } = await withTrustProxy('0');
    expect(clientAddress({ 'x-forwarded-for': ['10.0.0.1, 6.6.6.6', '198.51.100.4'] })).toBe('198.51.100.4');
  });

  it('behind N proxies takes the entry the outermost proxy appended, not a spoofed one', async () => {
    const behindOne = await withTrustProxy('1');
    expect(behindOne.clientAddress({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' })).toBe('203.0.113.7');
    const behindTwo = await withTrustProxy('2');
    const headers = { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2' };
    expect(behindTwo.clientAddress(headers)).toBe('203.0.113.7');
  });

  it('answers "unknown" without the header', async () => {
    const { clientAddress } = await withTrustProxy('0');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});

describe('addressNetwork', () => {
  it('maps two addresses of one IPv6 /64 to the same key, other networks to others', async () => {
    const { addressNetwork } = await withTrustProxy('0');
    const first = addressNetwork('2001:db8:abcd:12::1');
    expect(first).toBe('2001:db8:abcd:12::/64');
    expect(addressNetwork('2001:0DB8:ABCD:0012:ffff:1:2:3')).toBe(first);
    expect(addressNetwork('2001:db8:abcd:13::1')).not.toBe(first);
  });

  it('leaves IPv4 unchanged and unwraps IPv4-mapped IPv6', async () => {
    const { addressNetwork } = await withTrustProxy('0');
    expect(addressNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(addressNetwork('::ffff:1.2.3.4')).toBe('1.2.3.4');
  });
});

describe('dropUntrustedForwardingHeaders', () => {
  const forwarded = {
    'x-forwarded-for': '6.6.6.6',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
    'user-agent': 'Vitest',
  };

  it('removes every forwarding header a client sent when no proxy stands in front', async () => {
    const { dropUntrustedForwardingHeaders } = await withTrustProxy('0');
    const headers = new Headers(forwarded);
    dropUntrustedForwardingHeaders(headers);
    expect([...headers.keys()]).toEqual(['user-agent']);
  });

  it('keeps them behind a proxy, which wrote (or appended to) them', async () => {
    const { dropUntrustedForwardingHeaders } = await withTrustProxy('1');
    const headers = new Headers(forwarded);
    dropUntrustedForwardingHeaders(headers);
    expect(Object.fromEntries(headers)).toEqual(forwarded);
  });
});
