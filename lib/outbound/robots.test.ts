import { describe, expect, it } from 'vitest';
import { createOutboundClient } from './outbound-fetch';
import { allowOnly, startLocalServer, type LocalServer } from './test-support';

// robots.txt for purpose 'website', against real local servers that each serve their own file.

function siteWithRobots(robots: { status: number; body?: string }) {
  return startLocalServer((request, response) => {
    if (request.path === '/robots.txt') return void response.writeHead(robots.status).end(robots.body ?? '');
    if (request.path === '/moved') return void response.writeHead(301, { location: '/intern/seite' }).end();
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
  });
}

const pagesAsked = (server: LocalServer) => server.seen.filter((request) => request.path !== '/robots.txt');
const robotsAsked = (server: LocalServer) => server.seen.filter((request) => request.path === '/robots.txt');

describe('robots.txt for websites', () => {
  it('refuses a disallowed path, asks robots.txt once per origin, and ignores other crawlers’ rules', async () => {
    const site = await siteWithRobots({
      status: 200,
      body: ['User-agent: *', 'Disallow: /intern/', '', 'User-agent: OtherBot', 'Disallow: /'].join('\n'),
    });
    const client = createOutboundClient({ allow: allowOnly(site) });
    expect(await client(site.url('/intern/preise'), { purpose: 'website' })).toMatchObject({
      kind: 'refused',
      code: 'disallowed_by_robots',
      url: site.url('/intern/preise'),
    });
    expect(await client(site.url('/kontakt'), { purpose: 'website' })).toMatchObject({
      kind: 'answer',
      status: 200,
    });
    expect(await client(site.url('/'), { purpose: 'website' })).toMatchObject({
      kind: 'answer',
      status: 200,
    });
    expect(pagesAsked(site).map((request) => request.path)).toEqual(['/kontakt', '/']);
    expect(robotsAsked(site)).toHaveLength(1);
    expect(robotsAsked(site)[0]!.headers['user-agent']).toMatch(/^Ortsbild\//);
  });

  it('follows the group for Ortsbild, and checks a redirect target too', async () => {
    const site = await siteWithRobots({
      status: 200,
      body: ['User-agent: Ortsbild', 'Disallow: /intern/', '', 'User-agent: *', 'Disallow: /'].join('\n'),
    });
    const client = createOutboundClient({ allow: allowOnly(site) });
    expect(await client(site.url('/kontakt'), { purpose: 'website' })).toMatchObject({ kind: 'answer' });
    expect(await client(site.url('/moved'), { purpose: 'website' })).toMatchObject({
      kind: 'refused',
      code: 'disallowed_by_robots',
      url: site.url('/intern/seite'),
    });
    expect(pagesAsked(site).map((request) => request.path)).toEqual(['/kontakt', '/moved']);
  });

  it('applies only to websites: an API request does not read robots.txt', async () => {
    const site = await siteWithRobots({ status: 200, body: 'User-agent: *\nDisallow: /' });
    const client = createOutboundClient({ allow: allowOnly(site) });
    expect(await client(site.url('/search'), { purpose: 'geocoder' })).toMatchObject({ kind: 'answer' });
    expect(robotsAsked(site)).toHaveLength(0);
  });

  it('reads a missing robots.txt (4xx) as no rules', async () => {
    const site = await siteWithRobots({ status: 404 });
    const client = createOutboundClient({ allow: allowOnly(site) });
    expect(await client(site.url('/intern/'), { purpose: 'website' })).toMatchObject({ kind: 'answer' });
  });

  it('reads an unreachable robots.txt (5xx) as "nothing allowed"', async () => {
    const site = await siteWithRobots({ status: 503 });
    const client = createOutboundClient({ allow: allowOnly(site) });
    expect(await client(site.url('/'), { purpose: 'website' })).toMatchObject({
      kind: 'refused',
      code: 'robots_unreachable',
      reason: expect.stringContaining('robots.txt answered 503'),
    });
    expect(pagesAsked(site)).toHaveLength(0);
  });
});
