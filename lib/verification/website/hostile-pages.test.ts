import { describe, expect, it } from 'vitest';
import { fieldLengths, websiteReadingLimits as limits } from './limits';
import { readWebsite } from './read-website';
import { websiteFixture } from './test-support';

// Pages written to break a reader: each gives findings and whatever could still be read, never an
// exception. How long they take is held to a budget in hostile-pages-time.test.ts.

const pageUrl = 'https://evil.example/';
const script = (json: string) => `<script type="application/ld+json">${json}</script>`;
const bakery = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'Bakery', name: 'Bäckerei Meyer', ...fields });

describe('hostile pages', () => {
  it('reads the hostile fixture as plain text and names what it skipped', () => {
    const { businesses, findings } = readWebsite(websiteFixture('hostile.html'), pageUrl);
    expect(
      businesses.map(({ name, street, city, phone, website }) => ({ name, street, city, phone, website })),
    ).toEqual([
      // Tags gone, entities decoded, control and direction marks gone, no address that runs script.
      {
        name: 'Bäckerei Meyer & Söhne',
        street: 'Hafenstraße 12',
        city: 'Bremerhaven',
        phone: '0471 4829310',
        website: null,
      },
      { name: 'Laden am Deich', street: 'Deichstraße 1', city: 'Bremerhaven', phone: null, website: null },
    ]);
    expect(businesses[0]).toMatchObject({
      latitude: null,
      longitude: null,
      source: { type: 'LocalBusiness' },
    });
    expect(findings).toEqual(
      expect.arrayContaining([
        { code: 'invalidJson', script: 2, message: expect.any(String) },
        { code: 'invalidJson', script: 3, message: 'Unexpected end of JSON input' },
        { code: 'tooDeeplyNested', where: 'json' },
        { code: 'hoursNotRead', text: 'Caturday 08:00 18:00' },
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips JSON nested deeper than the limit without parsing it, and reads the next script', () => {
    const depth = 200_000;
    const page = script(`${'['.repeat(depth)}${']'.repeat(depth)}`) + script(bakery());
    const { businesses, findings } = readWebsite(page, pageUrl);
    expect(businesses.map((business) => business.name)).toEqual(['Bäckerei Meyer']);
    expect(findings).toEqual([{ code: 'tooDeeplyNested', where: 'json' }]);
  });

  it('reads JSON exactly as deep as the limit', () => {
    const wrapped = `${'['.repeat(limits.jsonDepth - 1)}${bakery()}${']'.repeat(limits.jsonDepth - 1)}`;
    expect(readWebsite(script(wrapped), pageUrl).businesses).toHaveLength(1);
  });

  it('skips a script over the size limit', () => {
    const huge = bakery({ description: 'x'.repeat(limits.scriptCharacters) });
    const { businesses, findings } = readWebsite(script(huge) + script(bakery({ name: 'Zweite' })), pageUrl);
    expect(businesses.map((business) => business.name)).toEqual(['Zweite']);
    expect(findings).toEqual([{ code: 'scriptTooLarge', script: 1, characters: huge.length }]);
  });

  it('reads the first scripts of thousands', () => {
    const page = Array.from({ length: 5000 }, (_, index) =>
      script(bakery({ name: `Filiale ${index}` })),
    ).join('');
    const { businesses, findings } = readWebsite(page, pageUrl);
    expect(businesses).toHaveLength(limits.scripts);
    expect(findings).toContainEqual({ code: 'tooManyScripts', read: limits.scripts, found: 5000 });
  });

  it('counts the nodes of a huge graph and reads the businesses among the first', () => {
    // 15,000 objects with an array each: 30,000 nodes, in a script within the size limit.
    const graph = Array.from({ length: 15_000 }, (_, index) => ({
      '@type': 'Thing',
      name: `${index}`,
      sameAs: [],
    }));
    const { businesses, findings } = readWebsite(
      script(JSON.stringify([JSON.parse(bakery()), ...graph])),
      pageUrl,
    );
    expect(businesses).toHaveLength(1);
    expect(findings).toEqual([{ code: 'tooManyNodes' }]);
  });

  it('reports at most the business limit from a page listing thousands', () => {
    const stores = Array.from({ length: 1000 }, (_, index) =>
      JSON.parse(bakery({ name: `Filiale ${index}` })),
    );
    const { businesses, findings } = readWebsite(script(JSON.stringify(stores)), pageUrl);
    expect(businesses).toHaveLength(limits.businesses);
    expect(findings).toEqual([{ code: 'tooManyBusinesses', read: limits.businesses }]);
  });

  it('cuts values over their field’s length', () => {
    const page = script(
      bakery({ name: 'Bäckerei '.repeat(50_000), telephone: '<b>0471</b>'.repeat(10_000) }),
    );
    const [business] = readWebsite(page, pageUrl).businesses;
    expect(business!.name).toHaveLength(fieldLengths.name);
    expect(business!.name!.startsWith('Bäckerei Bäckerei')).toBe(true);
    expect(business!.phone!.length).toBeLessThanOrEqual(fieldLengths.phone);
    expect(readWebsite(page, pageUrl).findings).toEqual([
      { code: 'valueCut', field: 'name' },
      { code: 'valueCut', field: 'phone' },
    ]);
  });

  it('reads microdata nested deeper than the element limit without failing', () => {
    const depth = 100_000;
    const page = `<div itemscope itemtype="https://schema.org/Store"><span itemprop="name">Laden</span>${'<div>'.repeat(depth)}<span itemprop="telephone">0471 1</span>${'</div>'.repeat(depth)}</div>`;
    const { businesses, findings } = readWebsite(page, pageUrl);
    expect(businesses.map((business) => business.name)).toEqual(['Laden']);
    expect(findings).toContainEqual({ code: 'tooDeeplyNested', where: 'html' });
  });

  it('reads items nested in items without limit on the page, but within the item limit', () => {
    const page = '<div itemscope itemtype="https://schema.org/Store" itemprop="subOrganization">'.repeat(
      5000,
    );
    const { businesses, findings } = readWebsite(page, pageUrl);
    expect(businesses.length).toBeLessThanOrEqual(limits.businesses);
    expect(findings.length).toBeGreaterThan(0);
  });

  it('cuts a page over the character limit and reads what it kept', () => {
    const page = script(bakery()) + ' '.repeat(limits.pageCharacters);
    const { businesses, findings } = readWebsite(page, pageUrl);
    expect(businesses).toHaveLength(1);
    expect(findings).toEqual([{ code: 'pageCut', characters: page.length }]);
  });

  it.each([
    ['an empty page', ''],
    ['a script never closed', `<script type="application/ld+json">${bakery()}`],
    ['markup that never closes', '<div itemscope itemtype="https://schema.org/Store"><span itemprop="name" '],
    ['a comment never closed', `<!-- ${script(bakery())}`],
    [
      'binary noise',
      String.fromCharCode(...Array.from({ length: 5000 }, (_, index) => (index * 7919) % 65_536)),
    ],
    [
      'a BOM and a different type spelling',
      `\uFEFF<script type=" Application/LD+JSON; charset=utf-8 ">${bakery()}</script>`,
    ],
  ])('reads %s without throwing', (_name, page) => {
    expect(() => readWebsite(page, pageUrl)).not.toThrow();
  });
});
