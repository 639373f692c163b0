import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import {
  requestBodyCeilingBytes,
  requestBodyRefusalStatus,
  serverActionBodyLimitBytes,
} from './request-body-ceiling';

describe('requestBodyRefusalStatus', () => {
  it('accepts bodies up to the ceiling with a declared length, and requests without a body', () => {
    expect(requestBodyRefusalStatus('POST', new Headers({ 'content-length': '0' }))).toBeNull();
    expect(
      requestBodyRefusalStatus('POST', new Headers({ 'content-length': String(requestBodyCeilingBytes) })),
    ).toBeNull();
    expect(requestBodyRefusalStatus('DELETE', new Headers())).toBeNull();
  });

  it('refuses a declared length above the ceiling with 413', () => {
    const tooLong = new Headers({ 'content-length': String(requestBodyCeilingBytes + 1) });
    expect(requestBodyRefusalStatus('POST', tooLong)).toBe(413);
    expect(requestBodyRefusalStatus('PUT', new Headers({ 'content-length': '1e9' }))).toBe(413);
  });

  it('holds server actions to 1 MB', () => {
    const action = (length: number) =>
      new Headers({ 'next-action': '7f00aa', 'content-length': String(length) });
    expect(requestBodyRefusalStatus('POST', action(serverActionBodyLimitBytes))).toBeNull();
    expect(requestBodyRefusalStatus('POST', action(serverActionBodyLimitBytes + 1))).toBe(413);
  });

  it('refuses a streamed body without a declared length with 411', () => {
    expect(requestBodyRefusalStatus('POST', new Headers({ 'transfer-encoding': 'chunked' }))).toBe(411);
  });

  it('leaves GET and HEAD alone (Next.js does not hand their bodies on)', () => {
    expect(requestBodyRefusalStatus('GET', new Headers({ 'transfer-encoding': 'chunked' }))).toBeNull();
    expect(requestBodyRefusalStatus('HEAD', new Headers({ 'content-length': '99999999999' }))).toBeNull();
  });

  it("matches next.config.js: the size Next.js copies for the proxy, and server actions' limit", async () => {
    const configPath: string = '../../next.config.js';
    const { default: nextConfig } = (await import(configPath)) as { default: NextConfig };
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe('10mb');
    expect(requestBodyCeilingBytes).toBe(10 * 1024 * 1024);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe('1mb');
    expect(serverActionBodyLimitBytes).toBe(1024 * 1024);
  });
});
