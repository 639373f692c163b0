// The public store locator (#17) as a customer meets it, without signing in: the list with the
// open-now label, search by postcode and by place, a location's page with its hours for two
// weeks, at 1280 px and at 390 px; the label across a closing time (special hours for today that
// end two minutes after the page is first shown: open until then, closed after a reload); and the
// embed script on a page of another origin, shown where the owner allowed that origin and refused
// by the browser (frame-ancestors) where not. The organisation, its locations and its locator
// settings are written straight to the database (the settings page has its own journey).
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { expectNoHorizontalScroll, largePhone } from './support/layout';
import { screenshots } from './support/screenshots';

const zone = 'Europe/Berlin';
const weekday = [{ opens: '07:00', closes: '18:00' }];
const weeklyHours = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [{ opens: '07:00', closes: '12:00' }],
  sun: [],
};

type SeededLocation = {
  storeCode: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  position: [number, number];
  specialToday?: { opens: string; closes: string };
};

/** The date and wall-clock minute in Berlin at `instant`. */
function berlinClock(instant: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const clockText = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** An organisation with its locator on and `locations`; returns its slug. */
async function seedLocator(locations: SeededLocation[], embedOrigins: string[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    const suffix = randomUUID().slice(0, 8);
    const slug = `backstube-${suffix}`;
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO organisations (id, name, slug, public_locator, published_fields, locator_embed_origins, updated_at)
       VALUES (gen_random_uuid(), $1, $2, true,
               ARRAY['PHONE','WEBSITE','OPENING_HOURS']::"PublishedField"[], $3, now())
       RETURNING id`,
      [`Backstube Nord ${suffix}`, slug, embedOrigins],
    );
    const organisationId = rows[0]!.id;
    const today = berlinClock(new Date()).date;
    for (const location of locations) {
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO locations (id, organisation_id, store_code, name, street, postal_code, city, region,
           phone, latitude, longitude, opening_hours, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, NULL, '+494217770001', $7, $8, $9, now())
         RETURNING id`,
        [
          organisationId,
          location.storeCode,
          location.name,
          location.street,
          location.postalCode,
          location.city,
          location.position[0],
          location.position[1],
          JSON.stringify(weeklyHours),
        ],
      );
      if (location.specialToday) {
        await client.query(
          `INSERT INTO location_special_hours (id, location_id, start_date, end_date, closed, ranges)
           VALUES (gen_random_uuid(), $1, $2, $2, false, $3)`,
          [inserted.rows[0]!.id, today, JSON.stringify([location.specialToday])],
        );
      }
    }
    return slug;
  } finally {
    await client.end();
  }
}

const chain: SeededLocation[] = [
  {
    storeCode: 'HB-01',
    name: 'Backstube Am Markt',
    street: 'Am Markt 1',
    postalCode: '28195',
    city: 'Bremen',
    position: [53.0758, 8.8072],
  },
  {
    storeCode: 'HH-01',
    name: 'Backstube Jungfernstieg',
    street: 'Jungfernstieg 7',
    postalCode: '20354',
    city: 'Hamburg',
    position: [53.5533, 9.9925],
  },
  {
    storeCode: 'M-01',
    name: 'Backstube Marienplatz',
    street: 'Marienplatz 3',
    postalCode: '80331',
    city: 'München',
    position: [48.1374, 11.5755],
  },
  {
    storeCode: 'BHV-01',
    name: 'Backstube Lehe',
    street: 'Hafenstraße 145',
    postalCode: '27576',
    city: 'Bremerhaven',
    position: [53.5625, 8.5947],
  },
];

const cards = (page: Page) => page.getByRole('main').getByRole('listitem');
const cardNames = (page: Page) => cards(page).getByRole('heading', { level: 2 }).allTextContents();

async function search(page: Page, text: string) {
  await page.getByLabel('Ort oder Postleitzahl').fill(text);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByLabel('Ort oder Postleitzahl')).toHaveValue(text);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

/** List, search by postcode and by place, and one location's page, at the page's width. */
async function browseLocator(page: Page, slug: string) {
  await page.goto(`/l/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Unsere Standorte' })).toBeVisible();
  await expect(page.getByText('4 Standorte')).toBeVisible();
  expect(await cardNames(page)).toEqual([
    'Backstube Am Markt',
    'Backstube Jungfernstieg',
    'Backstube Lehe',
    'Backstube Marienplatz',
  ]);

  // A postcode that a location has: that location.
  await search(page, '28195');
  await expect(page.getByText('1 Standort', { exact: true })).toBeVisible();
  expect(await cardNames(page)).toEqual(['Backstube Am Markt']);
  await expect(page).toHaveURL(/\?q=28195/);

  // A postcode without a location: all by distance from its region (27 is around Bremerhaven).
  await search(page, '27568');
  await expect(page.getByText('Nach Entfernung von 27568 sortiert', { exact: false })).toBeVisible();
  expect((await cardNames(page))[0]).toBe('Backstube Lehe');
  expect((await cardNames(page)).at(-1)).toBe('Backstube Marienplatz');

  // A place: by distance, with the distance on each card.
  await search(page, 'Hamburg');
  await expect(page.getByText('Nach Entfernung von Hamburg sortiert', { exact: false })).toBeVisible();
  // Bremen and Bremerhaven are both about 95 km from Hamburg: only the ends are certain.
  expect((await cardNames(page))[0]).toBe('Backstube Jungfernstieg');
  expect((await cardNames(page)).at(-1)).toBe('Backstube Marienplatz');
  await expect(cards(page).first().locator('address')).toContainText(/ km$/);

  // Nothing found says so and offers the whole list.
  await search(page, 'Nirgendwo am See');
  await expect(page.getByText('Kein Standort passt zu „Nirgendwo am See“.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Alle Standorte' }).click();
  await expect(page.getByText('4 Standorte')).toBeVisible();

  // A location's page: its hours for the next two weeks.
  await page.getByRole('link', { name: 'Details und Öffnungszeiten: Backstube Jungfernstieg' }).click();
  await expect(page).toHaveURL(new RegExp(`/l/${slug}/HH-01$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Backstube Jungfernstieg' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Route planen' })).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByRole('link', { name: 'Anrufen: +49 421 7770001' })).toBeVisible();
  const hours = page.getByRole('table', { name: 'Öffnungszeiten der nächsten zwei Wochen' });
  await expect(hours.getByRole('row')).toHaveCount(14);
  await expect(hours.getByRole('row').first()).toContainText('(heute)');
}

test.describe('the public store locator', () => {
  test('at 1280 px: browse and search; open until the special closing time, closed after it', async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Special hours today at the Bremen bakery that end two minutes from now (Berlin time).
    const seededAt = new Date();
    const { minute } = berlinClock(seededAt);
    test.skip(minute + 2 >= 24 * 60, 'the closing time would fall on tomorrow');
    const closing = clockText(minute + 2);
    const closingInstant = new Date(Math.floor(seededAt.getTime() / 60_000) * 60_000 + 2 * 60_000);
    const slug = await seedLocator(
      chain.map((location) =>
        location.storeCode === 'HB-01'
          ? { ...location, specialToday: { opens: '00:00', closes: closing } }
          : location,
      ),
    );
    const closingLabel = `Jetzt geöffnet · bis ${closing.replace(/^0(\d)/, '$1')} Uhr`;

    await page.goto(`/l/${slug}`);
    const markt = cards(page).filter({ hasText: 'Backstube Am Markt' });
    await expect(markt.getByText(closingLabel)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, testInfo, 'public-locator-list');

    await page.goto(`/l/${slug}/HB-01`);
    await expect(page.getByText(closingLabel)).toBeVisible();
    const today = page
      .getByRole('table', { name: 'Öffnungszeiten der nächsten zwei Wochen' })
      .getByRole('row')
      .first();
    await expect(today).toContainText(`0:00–${closing.replace(/^0(\d)/, '$1')}`);
    await expect(today).toContainText('Sonderöffnungszeit');
    await expectNoAxeViolations(page);
    await screenshots(page, testInfo, 'public-locator-location');
    // The structured data for search engines names the location.
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { name?: string };
    expect(jsonLd.name).toBe('Backstube Am Markt');

    await browseLocator(page, slug);

    // After the closing minute, a reload says closed and when it opens next.
    const wait = closingInstant.getTime() + 1_000 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    expect(berlinClock(new Date()).minute).toBeGreaterThanOrEqual(minute + 2);
    await page.goto(`/l/${slug}/HB-01`);
    await page.reload();
    await expect(page.getByText(closingLabel)).toHaveCount(0);
    await expect(page.locator('p.state')).toHaveText(/^Geschlossen · öffnet /);
    await page.goto(`/l/${slug}`);
    await page.reload();
    await expect(markt.locator('p.state')).toHaveText(/^Geschlossen · öffnet /);
  });

  test('at 390 px: browse and search, the map behind a button', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(largePhone);
    const slug = await seedLocator(chain);
    await page.goto(`/l/${slug}`);
    const toggle = page.getByRole('button', { name: 'Karte anzeigen' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('region', { name: 'Karte der Standorte' })).toBeHidden();
    await expectNoHorizontalScroll(page, largePhone.width);
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Karte ausblenden' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByRole('region', { name: 'Karte der Standorte' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('public-locator-390.png'), fullPage: true });

    await browseLocator(page, slug);
    await expectNoHorizontalScroll(page, largePhone.width);
    await page.screenshot({ path: testInfo.outputPath('public-locator-location-390.png'), fullPage: true });
  });

  test('the embed shows the locator on an allowed origin; the browser refuses it elsewhere', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const servers: Server[] = [];
    const serve = async (html: () => string) => {
      const server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(html());
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    };
    let slug = '';
    const website = () =>
      `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Backstube Nord</title></head>
       <body><h1>Unsere Filialen</h1>
       <script src="${baseURL}/l/embed.js" data-ortsbild-locator="${slug}" async></script>
       <p>Fußzeile der Website</p></body></html>`;
    try {
      const allowed = await serve(website);
      const other = await serve(website);
      slug = await seedLocator(chain.slice(0, 2), [allowed]);

      await page.goto(allowed);
      const frame = page.frameLocator('iframe[title="Standorte"]');
      await expect(frame.getByRole('heading', { level: 1, name: 'Unsere Standorte' })).toBeVisible();
      await expect(frame.getByText('2 Standorte')).toBeVisible();
      // locator.js reports its height; the embed script sizes the frame to it.
      const frameHandle = page.frames().find((candidate) => candidate.url().includes(`/l/${slug}`))!;
      await expect
        .poll(async () => {
          const reported = await frameHandle.evaluate(() => document.documentElement.scrollHeight);
          const box = await page.locator('iframe[title="Standorte"]').boundingBox();
          return Math.abs((box?.height ?? 0) - Math.min(Math.max(reported, 320), 20_000));
        })
        .toBeLessThanOrEqual(1);

      const refusals: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('frame-ancestors')) refusals.push(message.text());
      });
      await page.goto(other);
      await expect(page.getByRole('heading', { level: 1, name: 'Unsere Filialen' })).toBeVisible();
      await expect.poll(() => refusals.length).toBeGreaterThan(0);
      expect(refusals[0]).toContain(allowed);
      await expect(
        page.frameLocator('iframe[title="Standorte"]').getByRole('heading', { name: 'Unsere Standorte' }),
      ).toHaveCount(0);
    } finally {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    }
  });
});
