import { describe, expect, it, vi } from 'vitest';
import { createOutboundClient, outboundFetch } from './outbound-fetch';
import { allowOnly, resolverOf, startLocalServer } from './test-support';

// Real servers on 127.0.0.1, no mock of fetch. Loopback is reachable only through the allow-list,
// which is empty by default (tests/support/vitest-setup.ts clears OUTBOUND_ALLOW).

const site = await startLocalServer((request, response) => {
  const url = new URL(request.path, 'http://site');
  if (url.pathname === '/hello') {
    return void response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Grüß Gott');
  }
  if (url.pathname === '/to') {
    const status = Number(url.searchParams.get('status') ?? 302);
    return void response.writeHead(status, { location: url.searchParams.get('location') ?? '/' }).end();
  }
  if (url.pathname.startsWith('/hop/')) {
    // /hop/3 redirects to /hop/2 … /hop/0 answers; /hop/loop redirects to itself for ever.
    const left = url.pathname === '/hop/loop' ? 'loop' : Number(url.pathname.slice(5)) - 1;
    if (left === -1) return void response.writeHead(200).end('arrived');
    return void response.writeHead(302, { location: `/hop/${left}` }).end();
  }
  if (url.pathname === '/echo') {
    const { method, headers, body } = request;
    return void response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ method, body, authorization: headers.authorization ?? null }));
  }
  response.writeHead(404).end();
});
const other = await startLocalServer((_request, response) => void response.writeHead(200).end('other'));

const allowed = createOutboundClient({ allow: allowOnly(site) });

describe('outboundFetch without an allow-list', () => {
  it('refuses the local server: its port, and loopback on port 80', async () => {
    expect(await outboundFetch(site.url('/hello'), { purpose: 'geocoder' })).toMatchObject({
      kind: 'refused',
      code: 'port_not_allowed',
      url: site.url('/hello'),
    });
    expect(await outboundFetch('http://127.0.0.1/hello', { purpose: 'geocoder' })).toMatchObject({
      kind: 'refused',
      code: 'address_not_allowed',
    });
    expect(site.seen).toHaveLength(0);
  });

  it.each([
    'http://10.0.0.1/',
    'http://192.168.178.1/',
    'http://172.20.0.5/',
    'http://100.64.0.1/',
    'https://169.254.169.254/latest/meta-data/',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://[fd00:ec2::254]/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fe80::1]/',
    'http://0.0.0.0/',
    'http://2130706433/', // 127.0.0.1 written as one number
    'http://0x7f.1/',
    'http://224.0.0.1/',
    'http://localhost/',
    'http://api.localhost/',
  ])('refuses %s before connecting', async (url) => {
    const started = performance.now();
    const outcome = await outboundFetch(url, { purpose: 'website' });
    expect(outcome).toMatchObject({ kind: 'refused', code: 'address_not_allowed' });
    // Refused from the address alone: no connection attempt (10.0.0.1 would hang until the timeout).
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses ports other than 80 and 443, other schemes and credentials in the URL', async () => {
    const refusal = (url: string) => outboundFetch(url, { purpose: 'website' }).then((outcome) => outcome);
    expect(await refusal('http://93.184.215.14:8080/')).toMatchObject({ code: 'port_not_allowed' });
    expect(await refusal('https://example.com:8443/')).toMatchObject({ code: 'port_not_allowed' });
    expect(await refusal('file:///etc/passwd')).toMatchObject({ code: 'scheme_not_allowed' });
    expect(await refusal('ftp://example.com/')).toMatchObject({ code: 'scheme_not_allowed' });
    expect(await refusal('http://user:secret@example.com/')).toMatchObject({ code: 'credentials_in_url' });
    expect(await refusal('not a url')).toMatchObject({ kind: 'refused', code: 'invalid_url' });
  });
});

describe('outboundFetch after DNS resolution', () => {
  const resolve = resolverOf({
    'intranet.example': ['10.0.0.1'],
    'mixed.example': ['93.184.215.14', '127.0.0.1'],
    'mapped.example': ['::ffff:192.168.0.10'],
    'pinned.example': ['127.0.0.1'],
  });

  it('refuses a name when any of its addresses is not public', async () => {
    const client = createOutboundClient({ allow: allowOnly(), resolve });
    for (const host of ['intranet.example', 'mixed.example', 'mapped.example']) {
      expect(await client(`http://${host}/`, { purpose: 'website' }), host).toMatchObject({
        kind: 'refused',
        code: 'address_not_allowed',
        reason: expect.stringContaining('is not public'),
      });
    }
  });

  it('tells a name that does not exist from a resolver that cannot answer now', async () => {
    const client = createOutboundClient({ allow: allowOnly(), resolve });
    expect(await client('https://unknown.example/', { purpose: 'places' })).toMatchObject({
      kind: 'failed',
      code: 'host_not_found',
    });
    const unanswered: typeof resolve = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' });
    };
    const busy = createOutboundClient({ allow: allowOnly(), resolve: unanswered });
    expect(await busy('https://site.example/', { purpose: 'website' })).toMatchObject({
      kind: 'failed',
      code: 'dns_failed',
    });
  });

  it('connects to the address it checked, not to a second look-up', async () => {
    // pinned.example exists only in the test's table: a connection that resolved the name again
    // through the system's DNS would not find it.
    const client = createOutboundClient({ allow: allowOnly(`pinned.example:${site.port}`), resolve });
    const outcome = await client(`http://pinned.example:${site.port}/hello`, { purpose: 'geocoder' });
    expect(outcome).toMatchObject({ kind: 'answer', status: 200 });
    expect(site.seen.at(-1)?.headers.host).toBe(`pinned.example:${site.port}`);
  });
});

describe('outboundFetch with the allow-list', () => {
  it('reaches the allowed server and reads its answer', async () => {
    const outcome = await allowed(site.url('/hello'), { purpose: 'geocoder', accept: 'text/plain' });
    expect(outcome).toMatchObject({ kind: 'answer', status: 200, url: site.url('/hello'), redirects: 0 });
    if (outcome.kind !== 'answer') throw new Error('no answer');
    expect(outcome.text()).toBe('Grüß Gott');
    expect(outcome.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const { headers } = site.seen.at(-1)!;
    expect(headers['user-agent']).toMatch(/^Ortsbild\/\d+\.\d+\.\d+ \(\+http:\/\/localhost:3000\)$/);
    expect(headers).toMatchObject({ accept: 'text/plain', 'accept-encoding': 'identity' });
  });

  it('reads OUTBOUND_ALLOW and OUTBOUND_CONTACT from the environment', async () => {
    process.env.OUTBOUND_ALLOW = `example.org:443, ${site.host}`;
    process.env.OUTBOUND_CONTACT = 'mailto:betrieb@ortsbild.example';
    vi.resetModules();
    try {
      const fresh = await import('./outbound-fetch');
      expect(await fresh.outboundFetch(site.url('/hello'), { purpose: 'geocoder' })).toMatchObject({
        kind: 'answer',
      });
      expect(site.seen.at(-1)?.headers['user-agent']).toMatch(/ \(\+mailto:betrieb@ortsbild\.example\)$/);
      // Only the host:port as written: the same server under another name is not on the list.
      expect(
        await fresh.outboundFetch(`http://localhost:${site.port}/`, { purpose: 'geocoder' }),
      ).toMatchObject({
        code: 'port_not_allowed',
      });
    } finally {
      delete process.env.OUTBOUND_ALLOW;
      delete process.env.OUTBOUND_CONTACT;
      vi.resetModules();
    }
  });

  it('sends a body and the caller headers, and answers any status', async () => {
    const outcome = await allowed(site.url('/echo'), {
      purpose: 'webhook',
      method: 'POST',
      headers: { Authorization: 'Bearer geheim', 'Content-Type': 'application/json' },
      body: '{"event":"test"}',
    });
    expect(outcome.kind === 'answer' && outcome.json()).toEqual({
      method: 'POST',
      body: '{"event":"test"}',
      authorization: 'Bearer geheim',
    });
    expect(await allowed(site.url('/missing'), { purpose: 'geocoder' })).toMatchObject({ status: 404 });
  });
});

describe('outboundFetch redirects', () => {
  const to = (location: string, status = 302) =>
    site.url(`/to?${new URLSearchParams({ location, status: String(status) })}`);

  it('checks every redirect target like the first URL', async () => {
    const cases = [
      ['http://127.0.0.1/admin', 'address_not_allowed'],
      ['http://10.0.0.1/', 'address_not_allowed'],
      ['http://169.254.169.254/latest/meta-data/', 'address_not_allowed'],
      ['http://localhost/', 'address_not_allowed'],
      [other.url('/'), 'port_not_allowed'], // another local server: not on the list
      ['file:///etc/passwd', 'scheme_not_allowed'],
    ] as const;
    for (const [location, code] of cases) {
      expect(await allowed(to(location), { purpose: 'geocoder' }), location).toMatchObject({
        kind: 'refused',
        code,
        url: new URL(location).href,
      });
    }
    expect(other.seen).toHaveLength(0);
  });

  it('checks a redirect target after resolving its name', async () => {
    const client = createOutboundClient({
      allow: allowOnly(site),
      resolve: resolverOf({ 'intranet.example': ['192.168.0.1'] }),
    });
    expect(await client(to('http://intranet.example/'), { purpose: 'geocoder' })).toMatchObject({
      kind: 'refused',
      code: 'address_not_allowed',
      url: 'http://intranet.example/',
    });
  });

  it('follows five redirects and stops at the sixth', async () => {
    const five = await allowed(site.url('/hop/5'), { purpose: 'geocoder' });
    expect(five).toMatchObject({ kind: 'answer', status: 200, redirects: 5, url: site.url('/hop/0') });

    const before = site.seen.length;
    expect(await allowed(site.url('/hop/loop'), { purpose: 'geocoder' })).toMatchObject({
      kind: 'failed',
      code: 'too_many_redirects',
    });
    expect(site.seen.length - before).toBe(6);
  });

  it('keeps the caller headers on the origin they were given for, and turns POST into GET on 303', async () => {
    const headers = { authorization: 'Bearer geheim' };
    const sameOrigin = await allowed(to('/echo', 307), {
      purpose: 'webhook',
      method: 'POST',
      headers,
      body: 'x',
    });
    expect(sameOrigin.kind === 'answer' && sameOrigin.json()).toEqual({
      method: 'POST',
      body: 'x',
      authorization: 'Bearer geheim',
    });
    const seeOther = await allowed(to('/echo', 303), {
      purpose: 'webhook',
      method: 'POST',
      headers,
      body: 'x',
    });
    expect(seeOther.kind === 'answer' && seeOther.json()).toMatchObject({ method: 'GET', body: '' });

    const both = createOutboundClient({ allow: allowOnly(site, other) });
    await both(to(other.url('/')), { purpose: 'webhook', headers });
    expect(other.seen.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('reports a redirect to an unparsable URL', async () => {
    expect(await allowed(to('http://[oops'), { purpose: 'geocoder' })).toMatchObject({
      kind: 'failed',
      code: 'invalid_redirect',
    });
  });
});
