import { afterAll, describe, expect, it } from 'vitest';
import { parseAllowList } from '@/lib/outbound/allow-list';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import type { LocationMasterData } from '@/lib/verification/website/master-data';
import { bakeryLocation, websiteFixture, week } from '@/lib/verification/website/test-support';
import { startWebsiteServer } from '@/tests/support/website-server';
import type { SourceObservation, VerifiableLocation } from './source-result';
import { verifyWebsite } from './website-source';

// The website source against real local servers through the real outbound client: the reader's
// fixture pages and a site that misbehaves in every way the client knows.

const site = await startWebsiteServer({ robots: 'User-agent: *\nDisallow: /privat/\n' });
const elsewhere = await startWebsiteServer();
afterAll(() => Promise.all([site.close(), elsewhere.close()]));

const client = createOutboundClient({ allow: parseAllowList(site.host) });
const march = { now: new Date('2026-03-02T08:00:00Z') }; // a Monday; four weeks without holidays

const bakerySite = 'https://www.baeckerei-meyer.de';

function verifiable(
  master: LocationMasterData,
  fields: Partial<VerifiableLocation> = {},
): VerifiableLocation {
  return {
    id: 'location-1',
    region: null,
    phone: null,
    website: null,
    latitude: null,
    longitude: null,
    primaryCategory: null,
    timeZone: 'Europe/Berlin',
    ...master,
    ...fields,
  };
}

/** Serves `html` at `path`; the location's website is that page. */
function servePage(path: string, html: string) {
  site.serve(path, { kind: 'page', body: html });
  return site.url(path);
}

/** The bakery fixture at `path`, edited, with its site's address replaced by the page's own. */
function bakeryPage(path: string, edit: (html: string) => string = (html) => html) {
  const html = websiteFixture('bakery-jsonld.html').replaceAll(bakerySite, site.url(path.replace(/\/$/, '')));
  return servePage(path, edit(html));
}

const bakery = (website: string) => verifiable(bakeryLocation, { website });

function asObservation(result: Awaited<ReturnType<typeof verifyWebsite>>): SourceObservation {
  if (result.outcome === 'unavailable') throw new Error(`unavailable: ${result.reason}`);
  return result;
}

describe('verifyWebsite: a page with a business', () => {
  it('finds the bakery consistent, reads its values and asks as a polite crawler', async () => {
    const website = bakeryPage('/baeckerei/');
    const result = await verifyWebsite(bakery(website), client, march);
    expect(result).toEqual({
      outcome: 'consistent',
      observed: {
        name: 'Bäckerei Meyer',
        street: 'Hafenstraße 12',
        postalCode: '27568',
        city: 'Bremerhaven',
        phone: '+49 471 4829310',
        website,
        openingHours: bakeryLocation.openingHours,
        latitude: 53.5529,
        longitude: 8.5786,
      },
      differingFields: [],
      sourceUrl: website,
      externalId: `${website}#baeckerei`,
      externalVersion: null,
      details: {
        findings: [],
        matchedBy: ['street', 'postcode', 'name'],
        structuredData: { kind: 'jsonld', type: 'Bakery' },
        fields: {
          name: 'match',
          street: 'match',
          postcode: 'match',
          city: 'match',
          phone: 'format',
          website: 'match',
        },
        missingFields: [],
        hoursCompared: { from: '2026-03-02', to: '2026-03-29' },
      },
    });
    expect(site.requests.map((request) => request.path)).toEqual(['/robots.txt', '/baeckerei/']);
    expect(site.requests.at(-1)?.userAgent).toMatch(/^Ortsbild\//);
  });

  it('names the fields the page states differently; a field it does not state is missing', async () => {
    const website = bakeryPage('/anders/', (html) =>
      html
        .replace('"telephone": "+49 471 4829310",', '"telephone": "0471 999 000",')
        .replace(`"url": "${site.url('/anders/')}",`, '')
        .replace('"closes": "13:00:00"', '"closes": "12:00:00"'),
    );
    const result = asObservation(await verifyWebsite(bakery(website), client, march));
    expect(result).toMatchObject({
      outcome: 'different',
      differingFields: ['phone', 'openingHours'],
      observed: { phone: '0471 999 000', website: null },
      details: {
        fields: { phone: 'mismatch', website: 'mismatch', street: 'match' },
        missingFields: ['website'],
        hoursCompared: { from: '2026-03-02', to: '2026-03-29' },
        hours: [
          {
            weekday: 'sat',
            holiday: null,
            dates: ['2026-03-07', '2026-03-14', '2026-03-21', '2026-03-28'],
            master: [{ opens: '07:00', closes: '13:00' }],
            observed: [{ opens: '07:00', closes: '12:00' }],
          },
        ],
        moreHoursDifferences: 0,
      },
    });
  });

  it('finds the same hours and address written differently consistent', async () => {
    const website = site.url('/anders-geschrieben/');
    const jsonLd = {
      '@context': 'http://schema.org',
      '@type': 'LocalBusiness',
      name: 'Bäckerei Meyer GmbH',
      address: 'Hafenstr. 12, 27568 Bremerhaven',
      telephone: '0471 / 48 29-310',
      url: website,
      openingHours: ['Mo-Fr 06:30-18:00', 'Sa 07:00-13:00', 'Su 08:00-11:00'],
    };
    servePage(
      '/anders-geschrieben/',
      `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`,
    );
    const result = asObservation(await verifyWebsite(bakery(website), client, march));
    expect(result).toMatchObject({
      outcome: 'consistent',
      differingFields: [],
      details: { fields: { name: 'format', street: 'format', phone: 'format' }, missingFields: [] },
    });
  });

  it('compares special hours and names the holidays the page leaves out', async () => {
    const december = { now: new Date('2026-12-10T09:00:00Z') };
    const complete = bakeryPage('/weihnachten/');
    expect(await verifyWebsite(bakery(complete), client, december)).toMatchObject({ outcome: 'consistent' });

    const withoutClosure = bakeryPage('/weihnachten-offen/', (html) =>
      html
        .replace('"validFrom": "2026-12-25"', '"validFrom": "2027-12-25"')
        .replace('"validThrough": "2026-12-26"', '"validThrough": "2027-12-26"'),
    );
    const result = asObservation(await verifyWebsite(bakery(withoutClosure), client, december));
    expect(result.differingFields).toEqual(['openingHours']);
    expect(result.details.hours).toEqual([
      {
        weekday: 'fri',
        holiday: '1. Weihnachtstag',
        dates: ['2026-12-25'],
        master: [],
        observed: [{ opens: '06:30', closes: '18:00' }],
      },
      {
        weekday: 'sat',
        holiday: '2. Weihnachtstag',
        dates: ['2026-12-26'],
        master: [],
        observed: [{ opens: '07:00', closes: '13:00' }],
      },
    ]);
  });

  it('reads microdata, an SEO plugin’s @graph and a page with one broken JSON-LD script', async () => {
    site.serveFixture('/apotheke/', 'microdata.html');
    const weekday = [{ opens: '08:00', closes: '18:30' }];
    const pharmacy = verifiable({
      name: 'Apotheke am Markt Inh. J. Köhler e.K.',
      street: 'Alte Bürger 22',
      postalCode: '27568',
      city: 'Bremerhaven',
      countryCode: 'DE',
      phone: '+49471412233',
      website: site.url('/apotheke/'),
      openingHours: week({
        mon: weekday,
        tue: weekday,
        wed: weekday,
        thu: weekday,
        fri: weekday,
        sat: [{ opens: '08:30', closes: '13:00' }],
      }),
      specialHours: [],
    });
    expect(await verifyWebsite(pharmacy, client, march)).toMatchObject({
      // The page's url is "/", the site's start page; the master data names the pharmacy's page.
      outcome: 'different',
      differingFields: ['website'],
      externalId: '#apotheke',
      observed: { name: 'Apotheke am Markt Inh. J. Köhler e.K.', website: site.url('/'), latitude: 53.5488 },
      details: {
        structuredData: { kind: 'microdata', type: 'Pharmacy' },
        fields: { phone: 'format' },
        hoursCompared: { from: '2026-03-02', to: '2026-03-29' },
      },
    });

    site.serveFixture('/konditorei/', 'yoast-graph.html', 'https://konditorei-sommer.de');
    const konditorei = verifiable({
      name: 'Konditorei Sommer',
      street: 'Hafenstraße 145',
      postalCode: '27576',
      city: 'Bremerhaven',
      countryCode: 'DE',
      website: site.url('/konditorei/'),
      openingHours: week({}),
      specialHours: [],
    });
    expect(await verifyWebsite(konditorei, client, march)).toMatchObject({
      outcome: 'consistent',
      externalId: `${site.url('/konditorei/')}#local-main-organization`,
      observed: { phone: '0471 / 80 12 34', latitude: 53.5623 },
      // The master data has no hours and no phone: neither is checked, neither is missing.
      details: { fields: { phone: 'mismatch' }, missingFields: [], hoursCompared: null },
    });

    site.serveFixture('/elektro/', 'invalid-json.html');
    const electrician = verifiable({
      name: 'Elektro Brandt',
      street: 'Werftstraße 3',
      postalCode: '27572',
      city: 'Bremerhaven',
      countryCode: 'DE',
      phone: '+4947199887',
      openingHours: week({}),
      specialHours: [],
    });
    const result = asObservation(
      await verifyWebsite({ ...electrician, website: site.url('/elektro/') }, client, march),
    );
    expect(result).toMatchObject({ outcome: 'different', differingFields: ['phone'] });
    expect(result.details.findings).toEqual([
      { code: 'invalidJson', script: 1, message: expect.any(String) },
    ]);
  });
});

describe('verifyWebsite: a page without the location', () => {
  const chain = (fields: Partial<LocationMasterData>) =>
    verifiable(
      { ...bakeryLocation, name: 'Backhaus Nord', phone: null, ...fields },
      {
        website: site.url('/filialen/'),
      },
    );
  site.serveFixture('/filialen/', 'chain-stores.html');

  it('lists the stores that fit equally well as ambiguous', async () => {
    // Lehe is at the street, Mitte in the postcode: neither fits better.
    const result = await verifyWebsite(
      chain({ street: 'Hafenstr. 145', postalCode: '27568' }),
      client,
      march,
    );
    expect(result).toEqual({
      outcome: 'ambiguous',
      observed: null,
      differingFields: [],
      sourceUrl: site.url('/filialen/'),
      externalId: null,
      externalVersion: null,
      details: {
        findings: [],
        candidateCount: 2,
        candidates: [
          {
            name: 'Backhaus Nord – Filiale Lehe',
            street: 'Hafenstraße 145',
            postalCode: '27576',
            city: 'Bremerhaven',
            website: site.url('/filialen/lehe'),
            externalId: null,
          },
          expect.objectContaining({ name: 'Backhaus Nord – Filiale Mitte', postalCode: '27568' }),
        ],
      },
    });
  });

  it('answers not found with the page’s stores when none is the location', async () => {
    const cuxhaven = chain({ street: 'Nordersteinstraße 1', postalCode: '27472', city: 'Cuxhaven' });
    const result = asObservation(await verifyWebsite(cuxhaven, client, march));
    expect(result.outcome).toBe('not-found');
    expect(result.details.candidates).toEqual([
      expect.objectContaining({ name: 'Backhaus Nord – Filiale Lehe', street: 'Hafenstraße 145' }),
      expect.objectContaining({ name: 'Backhaus Nord – Filiale Mitte' }),
      expect.objectContaining({ name: 'Backhaus Nord – Filiale Geestemünde', street: 'Georgstraße 40' }),
    ]);
  });

  it('keeps ten of a long store list', async () => {
    const stores = Array.from({ length: 30 }, (_, index) => ({
      '@context': 'https://schema.org',
      '@type': 'Bakery',
      name: `Backhaus Nord – Filiale ${index}`,
      address: { streetAddress: `Lange Straße ${index + 1}`, postalCode: '28195', addressLocality: 'Bremen' },
    }));
    const website = servePage(
      '/alle-filialen/',
      `<script type="application/ld+json">${JSON.stringify(stores)}</script>`,
    );
    const result = asObservation(await verifyWebsite(bakery(website), client, march));
    expect(result).toMatchObject({ outcome: 'not-found', details: { candidateCount: 30 } });
    expect(result.details.candidates).toHaveLength(10);
  });

  it('offers a JSON-LD snippet for a page without structured data, which then reads back consistent', async () => {
    site.serveFixture('/ohne/', 'no-structured-data.html');
    const website = site.url('/ohne/');
    const result = asObservation(await verifyWebsite(bakery(website), client, march));
    expect(result).toEqual({
      outcome: 'no-data',
      observed: null,
      differingFields: [],
      sourceUrl: website,
      externalId: null,
      externalVersion: null,
      details: {
        finding: 'noStructuredData',
        findings: [{ code: 'noStructuredData', types: [] }],
        snippet: expect.stringMatching(
          /^<script type="application\/ld\+json">[^]*"Bäckerei Meyer"[^]*<\/script>$/,
        ),
      },
    });

    const withSnippet = websiteFixture('no-structured-data.html').replace(
      '</head>',
      `${result.details.snippet as string}</head>`,
    );
    servePage('/ohne/', withSnippet);
    expect(await verifyWebsite(bakery(website), client, march)).toMatchObject({ outcome: 'consistent' });
  });

  it('names the types of a page whose structured data is no business', async () => {
    site.serveFixture('/nur-website/', 'website-only.html');
    const result = asObservation(await verifyWebsite(bakery(site.url('/nur-website/')), client, march));
    expect(result.details).toMatchObject({
      finding: 'noStructuredData',
      findings: [{ code: 'noStructuredData', types: ['WebSite', 'SearchAction', 'Organization'] }],
      snippet: expect.any(String),
    });
  });

  it('records a location without a website and asks nothing', async () => {
    const before = site.requests.length;
    expect(await verifyWebsite(bakery(''), client)).toEqual({
      outcome: 'no-data',
      observed: null,
      differingFields: [],
      sourceUrl: null,
      externalId: null,
      externalVersion: null,
      details: { finding: 'noWebsite' },
    });
    expect(site.requests).toHaveLength(before);
  });
});

describe('verifyWebsite: what the site answers instead of a page', () => {
  it('reports a 404 page and a non-HTML answer as findings', async () => {
    expect(await verifyWebsite(bakery(site.url('/gibt-es-nicht')), client)).toMatchObject({
      outcome: 'no-data',
      sourceUrl: site.url('/gibt-es-nicht'),
      details: { finding: 'pageStatus', status: 404 },
    });
    site.serve('/daten.json', { kind: 'page', body: '{}', contentType: 'application/json' });
    expect(await verifyWebsite(bakery(site.url('/daten.json')), client)).toMatchObject({
      outcome: 'no-data',
      details: { finding: 'notHtml', contentType: 'application/json' },
    });
  });

  it('answers 503 and 429 as unavailable for now, with the wait the site asks for', async () => {
    site.serve('/wartung', {
      kind: 'page',
      status: 503,
      body: 'Wartung',
      headers: { 'retry-after': '120' },
    });
    expect(await verifyWebsite(bakery(site.url('/wartung')), client, march)).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'status-503',
      retryAfterSeconds: 120,
    });
    const inNinetySeconds = new Date(march.now.getTime() + 90_000).toUTCString();
    site.serve('/zu-viele', {
      kind: 'page',
      status: 429,
      body: '',
      headers: { 'retry-after': inNinetySeconds },
    });
    expect(await verifyWebsite(bakery(site.url('/zu-viele')), client, march)).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'status-429',
      retryAfterSeconds: 90,
    });
    site.serve('/zu-langsam', { kind: 'page', status: 408, body: '' });
    expect(await verifyWebsite(bakery(site.url('/zu-langsam')), client, march)).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'status-408',
    });
    site.serve('/kaputt', { kind: 'page', status: 500, body: 'Fehler', headers: { 'retry-after': 'bald' } });
    expect(await verifyWebsite(bakery(site.url('/kaputt')), client, march)).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'status-500',
    });
  });

  it('tries again later when robots.txt cannot be read', async () => {
    const shy = await startWebsiteServer();
    shy.serve('/robots.txt', { kind: 'page', status: 503, body: '', contentType: 'text/plain' });
    shy.serve('/', { kind: 'page', body: websiteFixture('bakery-jsonld.html') });
    const toShy = createOutboundClient({ allow: parseAllowList(shy.host) });
    try {
      expect(await verifyWebsite(bakery(shy.url('/')), toShy)).toEqual({
        outcome: 'unavailable',
        retryable: true,
        reason: 'refused-robots_unreachable',
      });
      expect(shy.requests.map((request) => request.path)).toEqual(['/robots.txt']);
    } finally {
      await shy.close();
    }
  });

  it('respects robots.txt: a disallowed page is not asked for', async () => {
    bakeryPage('/privat/');
    expect(await verifyWebsite(bakery(site.url('/privat/')), client)).toEqual({
      outcome: 'unavailable',
      retryable: false,
      reason: 'refused-disallowed_by_robots',
    });
    expect(site.requests.map((request) => request.path)).not.toContain('/privat/');
  });

  it('follows redirects to the page, and reads the page it arrived at', async () => {
    const website = bakeryPage('/neu/');
    site.serve('/alt', { kind: 'redirect', to: '/zwischen', status: 301 });
    site.serve('/zwischen', { kind: 'redirect', to: website });
    expect(await verifyWebsite(bakery(site.url('/alt')), client, march)).toMatchObject({
      outcome: 'different',
      differingFields: ['website'],
      sourceUrl: website,
    });
  });

  it('refuses a redirect to a local server the allow-list does not name', async () => {
    elsewhere.serve('/', { kind: 'page', body: websiteFixture('bakery-jsonld.html') });
    site.serve('/weg', { kind: 'redirect', to: elsewhere.url('/') });
    expect(await verifyWebsite(bakery(site.url('/weg')), client)).toEqual({
      outcome: 'unavailable',
      retryable: false,
      reason: 'refused-port_not_allowed',
    });
    site.serve('/port-80', { kind: 'redirect', to: 'http://127.0.0.1/' });
    expect(await verifyWebsite(bakery(site.url('/port-80')), client)).toMatchObject({
      reason: 'refused-address_not_allowed',
    });
    expect(elsewhere.requests).toEqual([]);

    // The same redirect with the other server on the allow-list arrives: the list alone refused it.
    const both = createOutboundClient({ allow: parseAllowList(`${site.host},${elsewhere.host}`) });
    expect(await verifyWebsite(bakery(site.url('/weg')), both, march)).toMatchObject({
      outcome: 'different',
      sourceUrl: elsewhere.url('/'),
    });
  });

  it('reports endless redirects and a page over the size limit as findings', async () => {
    site.serve('/schleife', { kind: 'redirect', to: '/schleife' });
    expect(await verifyWebsite(bakery(site.url('/schleife')), client)).toMatchObject({
      outcome: 'no-data',
      sourceUrl: site.url('/schleife'),
      details: { finding: 'tooManyRedirects' },
    });
    site.serve('/riesig', { kind: 'page', body: 'x'.repeat(2 * 1024 * 1024 + 1) });
    expect(await verifyWebsite(bakery(site.url('/riesig')), client)).toMatchObject({
      outcome: 'no-data',
      details: { finding: 'pageTooLarge' },
    });
  });

  it('gives up on a page that drips in within the client’s time limit, to try again later', async () => {
    site.serve('/tropfen', { kind: 'drip', intervalMs: 20 });
    const impatient = createOutboundClient({ allow: parseAllowList(site.host), totalTimeoutMs: 400 });
    const started = performance.now();
    expect(await verifyWebsite(bakery(site.url('/tropfen')), impatient)).toEqual({
      outcome: 'unavailable',
      retryable: true,
      reason: 'timeout',
    });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('answers a server that is not there as unavailable, to try again', async () => {
    const gone = await startWebsiteServer();
    await gone.close();
    const toGone = createOutboundClient({ allow: parseAllowList(gone.host) });
    expect(await verifyWebsite(bakery(gone.url('/')), toGone)).toMatchObject({
      outcome: 'unavailable',
      retryable: true,
    });
  });
});

describe('verifyWebsite: hostile pages', () => {
  it('shows values with markup in them as plain text', async () => {
    const website = servePage('/markup/', websiteFixture('hostile.html'));
    const result = asObservation(await verifyWebsite(bakery(website), client, march));
    expect(result).toMatchObject({
      outcome: 'different',
      observed: {
        name: 'Bäckerei Meyer & Söhne',
        street: 'Hafenstraße 12',
        phone: '0471 4829310',
        website: null,
        latitude: null,
      },
    });
    expect(result.differingFields).toContain('name');
  });

  const deepMarkup =
    '<div itemscope itemtype="https://schema.org/Store"><span itemprop="name">Laden</span>' +
    '<div>'.repeat(150_000) +
    '</div>'.repeat(150_000);
  const deepJson = `<script type="application/ld+json">${'['.repeat(450_000)}${']'.repeat(450_000)}</script>`;

  it.each([
    ['the hostile fixture', websiteFixture('hostile.html'), { code: 'tooDeeplyNested', where: 'json' }],
    ['markup nested 150,000 deep', deepMarkup, { code: 'tooDeeplyNested', where: 'html' }],
    ['JSON nested 450,000 deep', deepJson, { code: 'tooDeeplyNested', where: 'json' }],
  ])('reads %s into findings without throwing', async (_name, html, finding) => {
    const path = `/feindlich-${site.requests.length}`;
    const result = asObservation(await verifyWebsite(bakery(servePage(path, html)), client, march));
    expect(result.details.findings).toContainEqual(finding);
    // Whatever was read is plain text, never markup.
    expect(JSON.stringify(result.observed ?? {})).not.toMatch(/[<>]/);
    expect(JSON.stringify(result).length).toBeLessThan(20_000);
  });
});
