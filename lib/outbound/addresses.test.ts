import { describe, expect, it } from 'vitest';
import { isForbiddenHostname, isPublicAddress } from './addresses';
import { parseAllowList } from './allow-list';

describe('isPublicAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'IPv6 loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'IPv6 unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'cloud metadata (link-local)'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'IPv6 link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['fd00:ec2::254', 'AWS metadata (unique-local)'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'IPv6 multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
    ['64:ff9b::a00:1', 'NAT64 of a private address'],
    ['2002:a00:1::1', '6to4 of a private address'],
    ['2001:0:a00:1::1', 'Teredo'],
    ['example.com', 'not an address'],
    ['', 'empty'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2a00:1450:4001:82b::200e',
    '::ffff:8.8.8.8',
  ])('accepts the public address %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('isForbiddenHostname', () => {
  it('refuses the metadata services and localhost by name', () => {
    for (const name of [
      'metadata.google.internal',
      'metadata.google.internal.',
      'localhost',
      'app.localhost',
    ]) {
      expect(isForbiddenHostname(name), name).toBe(true);
    }
    expect(isForbiddenHostname('example.com')).toBe(false);
    expect(isForbiddenHostname('localhost.example.com')).toBe(false);
  });
});

describe('parseAllowList', () => {
  it('is empty without entries', () => {
    expect([...parseAllowList(undefined)]).toEqual([]);
    expect([...parseAllowList(' , ')]).toEqual([]);
  });

  it('normalises host and port as URLs do', () => {
    expect([...parseAllowList('127.0.0.1:8080, LOCALHOST:3000,[0:0::1]:9000, geocoder.lan:80')]).toEqual([
      '127.0.0.1:8080',
      'localhost:3000',
      '[::1]:9000',
      'geocoder.lan:80',
    ]);
  });

  it.each([
    '127.0.0.1',
    'host:0',
    'host:99999',
    'user@host:80',
    'host:80/path',
    'http://host:80',
    'host:80?x',
  ])('refuses "%s"', (entry) => {
    expect(() => parseAllowList(entry)).toThrow(/is not host:port/);
  });
});
