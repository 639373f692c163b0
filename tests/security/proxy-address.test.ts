// The proxy's address rules (issue #13, point 1), through proxy() itself with real requests:
// without NEXTAUTH_URL the app answers at every address that reaches it; with it, a page under
// another host is sent there once, and a state change from elsewhere gets a clear refusal.
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

const originalAppUrl = process.env.NEXTAUTH_URL;

/** proxy() with env() read afresh for `appUrl` (lib/env.ts caches its first reading). */
async function proxyFor(appUrl: string | undefined) {
  if (appUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = appUrl;
  vi.resetModules();
  return (await import('@/proxy')).proxy;
}

afterAll(() => {
  process.env.NEXTAUTH_URL = originalAppUrl;
  vi.resetModules();
});

const page = (url: string, headers: Record<string, string> = {}) =>
  new NextRequest(url, { headers: { host: new URL(url).host, accept: 'text/html', ...headers } });

const signUp = (url: string, origin: string, headers: Record<string, string> = {}) =>
  new NextRequest(url, {
    method: 'POST',
    headers: {
      host: new URL(url).host,
      origin,
      accept: 'text/x-component',
      'content-length': '2',
      ...headers,
    },
    body: '{}',
  });

describe('without NEXTAUTH_URL', () => {
  it('accepts a state change whose Origin is the address the request came in on, at any address', async () => {
    const proxy = await proxyFor(undefined);
    for (const address of [
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
      'http://192.168.1.20:3000',
    ]) {
      const response = await proxy(signUp(`${address}/sign-up`, address));
      expect(response.status, address).toBe(200);
      expect(response.headers.get('x-middleware-next'), address).toBe('1');
    }
  });

  it('refuses one from another site, saying where to open the app', async () => {
    const proxy = await proxyFor(undefined);
    const refused = await proxy(signUp('http://192.168.1.20:3000/sign-up', 'http://evil.example'));
    expect(refused.status).toBe(403);
    const body = await refused.json();
    expect(body.error).toBe('cross_origin_request');
    expect(body.message).toContain('http://evil.example');
    expect(body.message).toContain('http://192.168.1.20:3000');
  });

  it('serves pages at every address, without redirecting', async () => {
    const proxy = await proxyFor(undefined);
    const response = await proxy(page('http://192.168.1.20:3000/sign-in'));
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });
});

describe('with NEXTAUTH_URL', () => {
  const appUrl = 'http://192.168.1.20:3000';

  it('sends a page opened under another host to the configured address, path and query kept', async () => {
    const proxy = await proxyFor(appUrl);
    const response = await proxy(page('http://localhost:3000/o/laden/locations?q=hafen'));
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('http://192.168.1.20:3000/o/laden/locations?q=hafen');
    expect(response.headers.get('set-cookie')).toMatch(/ortsbild-address-redirect=1/);
    // API calls, assets and server actions are not navigations: never redirected.
    const api = new NextRequest('http://localhost:3000/api/health', { headers: { host: 'localhost:3000' } });
    expect((await proxy(api)).headers.get('location')).toBeNull();
  });

  it('explains instead of redirecting again when the browser comes back under the same wrong host', async () => {
    const proxy = await proxyFor('https://ortsbild.example');
    const again = await proxy(page('http://app:3000/o/laden', { cookie: 'ortsbild-address-redirect=1' }));
    expect(again.status).toBe(421);
    const html = await again.text();
    expect(html).toContain('https://ortsbild.example');
    expect(html).toContain('http://app:3000');
    expect(html).toContain('proxy_set_header Host $host');
    expect(html).toContain('lang="en"');
  });

  it('refuses a state change from another address with a page naming the configured one and NEXTAUTH_URL', async () => {
    const proxy = await proxyFor(appUrl);
    const formPost = new NextRequest('http://localhost:3000/sign-in', {
      method: 'POST',
      headers: {
        host: 'localhost:3000',
        origin: 'http://localhost:3000',
        accept: 'text/html',
        'content-length': '0',
      },
    });
    const refused = await proxy(formPost);
    expect(refused.status).toBe(403);
    const html = await refused.text();
    expect(html).toContain('Ortsbild ist für http://192.168.1.20:3000 eingerichtet');
    expect(html).toContain('NEXTAUTH_URL');
    expect(html).toContain('Ortsbild is set up for http://192.168.1.20:3000');
    // The configured address itself is fine.
    expect((await proxy(signUp(`${appUrl}/sign-up`, appUrl))).status).toBe(200);
  });

  it('escapes what the request says about itself', async () => {
    const proxy = await proxyFor(appUrl);
    const hostile = new NextRequest('http://localhost:3000/sign-in', {
      method: 'POST',
      headers: {
        host: 'localhost:3000',
        origin: '"><script>x()</script>',
        accept: 'text/html',
        'content-length': '0',
      },
    });
    const html = await (await proxy(hostile)).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#34;&#62;&#60;script&#62;');
  });
});
