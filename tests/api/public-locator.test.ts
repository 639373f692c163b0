import { randomInt } from 'node:crypto';
import { NextRequest } from 'next/server';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as locationPage } from '@/app/l/[slug]/[storeCode]/route';
import { GET as locatorPage } from '@/app/l/[slug]/route';
import { GET as locatorSitemap } from '@/app/l/[slug]/sitemap.xml/route';
import { GET as publicJson } from '@/app/api/v1/public/locators/[slug]/route';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { GET as robots } from '@/app/robots.txt/route';
import {
  publicLocatorErrorJsonSchema,
  publicLocatorJsonSchema,
  publicLocatorMapJsonSchema,
} from '@/lib/api/public-locator/representation';
import { db } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import type { PublishedField } from '@/lib/generated/prisma/enums';
import { forgetLocatorSnapshots, trustedForMs } from '@/lib/publishing/locator/locator-snapshot';
import { createTeam, createTestUser, insertTestLocation, addMember } from '@/tests/support/factories';

// The public store locator's route handlers against the real database: 404 for unknown and
// switched-off organisations alike, only published fields of published locations (never an
// archived or closed one, another organisation's, an assignee or a special day's note), JSON-LD
// that names the location, the sitemap, the rate limit, and a burst that costs no statement.

const appUrl = 'http://localhost:3000';

/** Each test asks from its own address, so the per-network limit of one does not refuse another. */
function newClientAddress() {
  return `198.51.100.${randomInt(1, 255)}`;
}

function request(path: string, address: string, headers: Record<string, string> = {}) {
  return new NextRequest(`${appUrl}${path}`, {
    headers: { 'x-forwarded-for': address, 'accept-language': 'de-DE', ...headers },
  });
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

// The handlers' inferred type allows undefined (serve-locator.ts narrows its rate-limit outcome
// with `in`, which TypeScript does not narrow here); they always answer.
async function read(response: Response | undefined) {
  if (!response) throw new Error('The handler answered nothing.');
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function getLocator(slug: string, address: string, query = '') {
  return read(await locatorPage(request(`/l/${slug}${query}`, address), params({ slug })));
}
async function getLocation(slug: string, storeCode: string, address: string) {
  return read(
    await locationPage(
      request(`/l/${slug}/${encodeURIComponent(storeCode)}`, address),
      params({ slug, storeCode }),
    ),
  );
}
async function getJson(slug: string, address: string, view?: string) {
  const response = await publicJson(
    request(`/api/v1/public/locators/${slug}${view ? `?view=${view}` : ''}`, address),
    params({ slug }),
  );
  return read(response);
}
async function getSitemap(slug: string, address: string) {
  return read(await locatorSitemap(request(`/l/${slug}/sitemap.xml`, address), params({ slug })));
}

async function publish(organisationId: string, fields: PublishedField[], embedOrigins: string[] = []) {
  await db.organisation.update({
    where: { id: organisationId },
    data: { publicLocator: true, publishedFields: fields, locatorEmbedOrigins: embedOrigins },
  });
  forgetLocatorSnapshots();
}

/** An organisation with published, archived, closed and assigned locations, and a neighbour's. */
async function seedChain() {
  const team = await createTeam();
  const assignee = await createTestUser({ label: 'Zuständige Wiebke' });
  const membership = await addMember(team.organisation.id, assignee, 'STAFF');
  const weekday = [{ opens: '07:00', closes: '18:00' }];
  const markt = await insertTestLocation(team.organisation.id, 'Backstube Am Markt', {
    storeCode: 'HB 01/Markt',
    street: 'Am Markt 1',
    postalCode: '28195',
    city: 'Bremen',
    region: 'Bremen',
    latitude: 53.0758,
    longitude: 8.8072,
    phone: '+494217770001',
    email: 'geheim-markt@backstube.example',
    website: 'https://backstube.example/markt',
    description: 'Beschreibung-Nicht-Veroeffentlicht',
    primaryCategory: 'Kategorie-Nicht-Veroeffentlicht',
    openingHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
    assignedMembershipId: membership.id,
  });
  await db.locationSpecialHours.create({
    data: {
      locationId: markt,
      startDate: new Date(Date.UTC(2099, 11, 24)),
      endDate: new Date(Date.UTC(2099, 11, 24)),
      closed: true,
      note: 'Interne-Notiz-Betriebsfeier',
    },
  });
  await insertTestLocation(team.organisation.id, 'Backstube Hafen', {
    storeCode: 'HB-02',
    street: 'Hafenstraße 2',
    postalCode: '27568',
    city: 'Bremerhaven',
    region: 'Bremen',
    latitude: 53.5396,
    longitude: 8.5809,
    phone: '+494717770002',
    status: 'TEMPORARILY_CLOSED',
  });
  await insertTestLocation(team.organisation.id, 'Archivierte Filiale Ostertor', {
    storeCode: 'HB-ARCHIV',
    archivedAt: new Date(),
  });
  await insertTestLocation(team.organisation.id, 'Geschlossene Filiale Vegesack', {
    storeCode: 'HB-ZU',
    status: 'CLOSED',
  });
  const neighbour = await createTeam();
  await insertTestLocation(neighbour.organisation.id, 'Nachbarbäckerei Fremd', { storeCode: 'FREMD-1' });
  await publish(neighbour.organisation.id, ['PHONE']);
  return {
    team,
    assignee,
    neighbour,
    slug: team.organisation.slug,
    neighbourSlug: neighbour.organisation.slug,
  };
}

const hiddenTexts = [
  '4217770001',
  '421 7770001',
  'geheim-markt@backstube.example',
  'Beschreibung-Nicht-Veroeffentlicht',
  'Kategorie-Nicht-Veroeffentlicht',
  'Interne-Notiz-Betriebsfeier',
  'Zuständige Wiebke',
  'Archivierte Filiale Ostertor',
  'HB-ARCHIV',
  'Geschlossene Filiale Vegesack',
  'HB-ZU',
  'Nachbarbäckerei Fremd',
  'FREMD-1',
];

function expectNothingHidden(text: string, assigneeName: string) {
  for (const hidden of [...hiddenTexts, assigneeName]) expect(text, hidden).not.toContain(hidden);
}

const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the public locator', () => {
  it('answers 404 for an unknown organisation and for one whose locator is off', async () => {
    const address = newClientAddress();
    const team = await createTeam();
    await insertTestLocation(team.organisation.id, 'Backstube Aus', { storeCode: 'AUS-1' });
    forgetLocatorSnapshots();
    const slug = team.organisation.slug;
    for (const target of [slug, `unbekannt-${randomInt(1e9)}`]) {
      const page = await getLocator(target, address);
      expect(page.status, target).toBe(404);
      expect(page.text).not.toContain('Backstube Aus');
      expect(page.text).toContain('<meta name="robots" content="noindex"/>');
      expect((await getLocation(target, 'AUS-1', address)).status).toBe(404);
      const json = await getJson(target, address);
      expect(json.status).toBe(404);
      expect(publicLocatorErrorJsonSchema.parse(JSON.parse(json.text)).error.code).toBe('NOT_FOUND');
      expect((await getSitemap(target, address)).status).toBe(404);
    }

    await publish(team.organisation.id, ['PHONE']);
    const page = await getLocator(slug, address);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Backstube Aus');
    expect((await getLocation(slug, 'AUS-1', address)).status).toBe(200);
    expect((await getJson(slug, address)).status).toBe(200);
  });

  it('shows only published fields of published locations, nowhere an assignee or a note', async () => {
    const address = newClientAddress();
    const { team, assignee, slug, neighbourSlug } = await seedChain();
    await publish(team.organisation.id, ['WEBSITE', 'OPENING_HOURS']);

    const list = await getLocator(slug, address);
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(list.text).toContain('Backstube Am Markt');
    expect(list.text).toContain('Backstube Hafen');
    expectNothingHidden(list.text, assignee.name!);

    const markt = await getLocation(slug, 'HB 01/Markt', address);
    expect(markt.status).toBe(200);
    expect(markt.text).toContain('https://backstube.example/markt');
    expectNothingHidden(markt.text, assignee.name!);
    expect(markt.text).not.toContain('tel:');
    expect(markt.text).not.toContain('mailto:');

    const [jsonLd, ...more] = jsonLdOf(markt.text);
    expect(more).toEqual([]);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Backstube Am Markt',
      // The business's own website when published.
      url: 'https://backstube.example/markt',
      '@id': `${appUrl}/l/${slug}/HB%2001%2FMarkt#business`,
      address: { streetAddress: 'Am Markt 1', postalCode: '28195', addressLocality: 'Bremen' },
    });
    expect(jsonLd).not.toHaveProperty('telephone');
    expect(jsonLd).not.toHaveProperty('email');
    expect(jsonLd).not.toHaveProperty('description');
    expect(jsonLd).toHaveProperty('openingHoursSpecification');
    expectNothingHidden(JSON.stringify(jsonLd), assignee.name!);

    const json = await getJson(slug, address);
    expect(json.status).toBe(200);
    expect(json.headers.get('access-control-allow-origin')).toBe('*');
    // The answer is what the OpenAPI document describes (strict: no field it does not name).
    const body = publicLocatorJsonSchema.parse(JSON.parse(json.text));
    expect(body.publishedFields).toEqual(['OPENING_HOURS', 'WEBSITE']);
    expect(body.locations.map((location) => location.storeCode)).toEqual(['HB 01/Markt', 'HB-02']);
    expect(Object.keys(body.locations[0]!).sort()).toEqual([
      'address',
      'name',
      'openingHours',
      'position',
      'specialHours',
      'storeCode',
      'temporarilyClosed',
      'url',
      'website',
    ]);
    expect(body.locations[0]!.specialHours).toEqual([
      { startDate: '2099-12-24', endDate: '2099-12-24', closed: true, ranges: [] },
    ]);
    expect(body.locations[1]).toMatchObject({ storeCode: 'HB-02', temporarilyClosed: true });
    expectNothingHidden(json.text, assignee.name!);
    const map = await getJson(slug, address, 'map');
    expect(publicLocatorMapJsonSchema.parse(JSON.parse(map.text))).toEqual({
      locations: [
        ['HB 01/Markt', 'Backstube Am Markt', 53.0758, 8.8072],
        ['HB-02', 'Backstube Hafen', 53.5396, 8.5809],
      ],
    });

    // Archived, closed and another organisation's locations have no page, not even by store code.
    for (const storeCode of ['HB-ARCHIV', 'HB-ZU', 'FREMD-1', 'hb-02']) {
      const page = await getLocation(slug, storeCode, address);
      expect(page.status, storeCode).toBe(404);
      expectNothingHidden(page.text, assignee.name!);
    }
    // … while the neighbour's own locator does show it.
    expect((await getLocation(neighbourSlug, 'FREMD-1', address)).status).toBe(200);
    const neighbourJson = await getJson(neighbourSlug, address);
    expect(neighbourJson.text).not.toContain('Backstube');

    // Phone and e-mail appear once published, and hours vanish once not.
    await publish(team.organisation.id, ['PHONE', 'EMAIL']);
    const withPhone = await getLocation(slug, 'HB 01/Markt', address);
    expect(withPhone.text).toContain('tel:+494217770001');
    expect(withPhone.text).toContain('mailto:geheim-markt@backstube.example');
    expect(withPhone.text).not.toContain('https://backstube.example/markt');
    const [withPhoneLd] = jsonLdOf(withPhone.text);
    expect(withPhoneLd).toMatchObject({
      telephone: '+49 421 7770001',
      email: 'geheim-markt@backstube.example',
    });
    expect(withPhoneLd).not.toHaveProperty('openingHoursSpecification');
    const withPhoneJson = publicLocatorJsonSchema.parse(JSON.parse((await getJson(slug, address)).text));
    expect(withPhoneJson.locations[0]).toMatchObject({ phone: '+494217770001' });
    expect(withPhoneJson.locations[0]).not.toHaveProperty('openingHours');
    expect(withPhoneJson.locations[0]).not.toHaveProperty('specialHours');
    expect(withPhoneJson.locations[0]).not.toHaveProperty('website');
  });

  it('lists exactly the published locations in its sitemap, and robots.txt names the index', async () => {
    const address = newClientAddress();
    const { team, slug } = await seedChain();
    await publish(team.organisation.id, ['PHONE']);
    const sitemap = await getSitemap(slug, address);
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const pages = [...sitemap.text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(pages).toEqual([
      `${appUrl}/l/${slug}`,
      `${appUrl}/l/${slug}/HB%2001%2FMarkt`,
      `${appUrl}/l/${slug}/HB-02`,
    ]);

    const robotsText = await (await robots(request('/robots.txt', address))).text();
    expect(robotsText).toContain('Allow: /l/');
    expect(robotsText).toContain(`Sitemap: ${appUrl}/sitemap.xml`);
  });

  it('refuses a network past its limit with 429 and Retry-After, and no other network', async () => {
    const team = await createTeam();
    await insertTestLocation(team.organisation.id, 'Backstube Limit', { storeCode: 'LIMIT-1' });
    await publish(team.organisation.id, ['PHONE']);
    const slug = team.organisation.slug;
    const address = newClientAddress().replace('198.51.100', '203.0.113');
    const limit = env().LOCATOR_RATE_LIMIT;
    for (let count = 0; count < limit; count++) {
      const answer = await getJson(slug, address, 'map');
      expect(answer.status).toBe(200);
    }
    const refusedJson = await getJson(slug, address);
    expect(refusedJson.status).toBe(429);
    expect(publicLocatorErrorJsonSchema.parse(JSON.parse(refusedJson.text)).error.code).toBe('RATE_LIMITED');
    expect(Number(refusedJson.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refusedJson.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refusedJson.headers.get('cache-control')).toBe('no-store');
    // The limit counts the network, whatever it asks for.
    const refusedPage = await getLocator(slug, address);
    expect(refusedPage.status).toBe(429);
    expect(refusedPage.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refusedPage.text).not.toContain('Backstube Limit');
    expect((await getLocation(slug, 'LIMIT-1', address)).status).toBe(429);
    // Another network is still served.
    expect((await getLocator(slug, '192.0.2.77')).status).toBe(200);
  });

  it('counts an IPv6 /64 as one network (a small limit, read from the environment)', async () => {
    vi.resetModules();
    const before = process.env.LOCATOR_RATE_LIMIT;
    process.env.LOCATOR_RATE_LIMIT = '3';
    try {
      const { locatorRateLimitWait } = await import('@/lib/publishing/locator/locator-rate-limit');
      const from = (address: string) => locatorRateLimitWait(new Headers({ 'x-forwarded-for': address }));
      expect(await from('2001:db8:1:2::1')).toBeNull();
      expect(await from('2001:db8:1:2::2')).toBeNull();
      expect(await from('2001:db8:1:2:ffff::3')).toBeNull();
      const wait = await from('2001:db8:1:2::4');
      expect(wait).toBeGreaterThanOrEqual(59);
      expect(wait).toBeLessThanOrEqual(60);
      expect(await from('2001:db8:1:3::1')).toBeNull();
    } finally {
      if (before === undefined) delete process.env.LOCATOR_RATE_LIMIT;
      else process.env.LOCATOR_RATE_LIMIT = before;
      vi.resetModules();
    }
  });

  it('serves a burst from memory without a statement, and shows a change once trusted time is up', async () => {
    const address = newClientAddress();
    const team = await createTeam();
    await insertTestLocation(team.organisation.id, 'Backstube Erste', { storeCode: 'BURST-1' });
    await publish(team.organisation.id, ['PHONE']);
    const slug = team.organisation.slug;
    // Every statement the app sends passes pg.Client#query; the spy only counts them.
    const query = vi.spyOn(pg.Client.prototype, 'query');
    const statements = () =>
      query.mock.calls.filter(([text]) => !/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(String(text))).length;

    const first = await getLocator(slug, address);
    expect(first.status).toBe(200);
    // The organisation with its data version, then its locations.
    expect(statements()).toBe(2);

    // 500 visitors from 25 networks (20 each, within the rate limit): pages, location pages, JSON.
    query.mockClear();
    const started = performance.now();
    const burst = await Promise.all(
      Array.from({ length: 500 }, (_, index) => {
        const visitor = `192.0.2.${100 + (index % 25)}`;
        if (index % 5 === 4) return getLocation(slug, 'BURST-1', visitor);
        if (index % 5 === 3) return getJson(slug, visitor);
        return getLocator(slug, visitor);
      }),
    );
    const milliseconds = performance.now() - started;
    expect(burst.every((answer) => answer.status === 200)).toBe(true);
    expect(burst.every((answer) => answer.text.includes('Backstube Erste'))).toBe(true);
    expect(query).not.toHaveBeenCalled();
    console.info(
      `Public locator burst: 500 requests, 0 statements, ${Math.round(milliseconds)} ms in process`,
    );

    // A new location: not yet shown while the snapshot is trusted …
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() });
    await insertTestLocation(team.organisation.id, 'Backstube Zweite', { storeCode: 'BURST-2' });
    query.mockClear();
    expect((await getLocator(slug, address)).text).not.toContain('Backstube Zweite');
    expect(query).not.toHaveBeenCalled();

    // … shown once it is up: the data version changed, the snapshot is read again.
    vi.setSystemTime(Date.now() + trustedForMs + 1_000);
    const changed = await getLocator(slug, address);
    expect(changed.text).toContain('Backstube Zweite');
    expect(statements()).toBe(2);

    // Unchanged data after another trusted period costs the one version statement.
    vi.setSystemTime(Date.now() + trustedForMs + 1_000);
    query.mockClear();
    expect((await getLocator(slug, address)).text).toContain('Backstube Zweite');
    expect(statements()).toBe(1);
    query.mockClear();
    await getJson(slug, address);
    expect(query).not.toHaveBeenCalled();

    // Switched off: gone after the trusted time, as a 404.
    await db.organisation.update({ where: { id: team.organisation.id }, data: { publicLocator: false } });
    vi.setSystemTime(Date.now() + trustedForMs + 1_000);
    expect((await getLocator(slug, address)).status).toBe(404);
    expect((await getJson(slug, address)).status).toBe(404);
  });

  it('lets only the owner’s embed origins frame the page', async () => {
    const address = newClientAddress();
    const team = await createTeam();
    await insertTestLocation(team.organisation.id, 'Backstube Rahmen', { storeCode: 'FRAME-1' });
    await publish(team.organisation.id, ['PHONE'], ['https://www.backstube.example']);
    const page = await getLocator(team.organisation.slug, address, '?embed=1');
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toContain("frame-ancestors 'self' https://www.backstube.example");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(page.headers.get('x-frame-options')).toBeNull();
  });

  it('is in the OpenAPI document without security, with its view, 404 and 429', async () => {
    const document = await (await openApiDocument()).json();
    const operation = document.paths['/api/v1/public/locators/{slug}'].get;
    expect(operation.security).toEqual([]);
    expect(
      operation.parameters.find((parameter: { name: string }) => parameter.name === 'view').schema.enum,
    ).toEqual(['full', 'map']);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '404', '429']);
    expect(operation.responses[429].headers).toHaveProperty('Retry-After');
    expect(document.components.schemas.PublicLocatorLocation.properties).not.toHaveProperty('assignee');
  });
});
