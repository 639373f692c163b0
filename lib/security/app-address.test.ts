import { describe, expect, it } from 'vitest';
import { appOriginOf, isUnderOtherHost, requestOrigin, trustedForwardedValue } from './app-address';

const headersOf = (values: Record<string, string>) => new Headers(values);

describe('requestOrigin', () => {
  it('is the Host the browser addressed, over http without a trusted proxy', () => {
    expect(requestOrigin(headersOf({ host: '127.0.0.1:3000' }), 0)).toBe('http://127.0.0.1:3000');
    expect(requestOrigin(headersOf({ host: 'LOCALHOST:3000' }), 0)).toBe('http://localhost:3000');
    expect(requestOrigin(headersOf({ host: '[::1]:3000' }), 0)).toBe('http://[::1]:3000');
    expect(requestOrigin(headersOf({ host: '192.168.1.20:3000' }), 0)).toBe('http://192.168.1.20:3000');
    // A client's own forwarding headers count for nothing without a proxy.
    const spoofed = headersOf({
      host: 'laden.local:3000',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(requestOrigin(spoofed, 0)).toBe('http://laden.local:3000');
  });

  it('behind trusted proxies, is the host and scheme the outermost one saw', () => {
    const headers = headersOf({
      host: 'app:3000',
      'x-forwarded-host': 'client-written.example, ortsbild.example',
      'x-forwarded-proto': 'http, https',
    });
    expect(requestOrigin(headers, 1)).toBe('https://ortsbild.example');
    expect(trustedForwardedValue('a, b, c', 2)).toBe('b');
    expect(trustedForwardedValue('a', 3)).toBe('a');
  });

  it('is null for no host or what is no host', () => {
    expect(requestOrigin(headersOf({}), 0)).toBeNull();
    expect(requestOrigin(headersOf({ host: 'evil.example/@x' }), 0)).toBeNull();
    expect(requestOrigin(headersOf({ host: 'a b' }), 0)).toBeNull();
  });
});

describe('the configured address', () => {
  it('wins over the request when set', () => {
    const headers = headersOf({ host: '127.0.0.1:3000' });
    expect(appOriginOf('https://ortsbild.example/app', headers, 0)).toBe('https://ortsbild.example');
    expect(appOriginOf(undefined, headers, 0)).toBe('http://127.0.0.1:3000');
  });

  it('tells a request under another host, whatever the scheme', () => {
    expect(isUnderOtherHost('http://192.168.1.20:3000', 'http://localhost:3000')).toBe(true);
    expect(isUnderOtherHost('https://ortsbild.example', 'http://ortsbild.example')).toBe(false);
    expect(isUnderOtherHost(undefined, 'http://localhost:3000')).toBe(false);
    expect(isUnderOtherHost('https://ortsbild.example', null)).toBe(false);
  });
});
