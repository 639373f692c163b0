// A location's published forms (#17) on its page: the JSON-LD to paste into its website and the
// OpenStreetMap opening_hours value, each copied with its button, the special hours of next
// Christmas in both, and the link to edit the OpenStreetMap element the automatic check matched.
// Location, hours and the match are written straight to the database (their own journeys are
// elsewhere). Axe on the page; screenshots at 1280 and 390 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { screenshots } from './support/screenshots';
import { createTeam } from './support/team';

const year = new Date().getFullYear() + 1;
const weekday = [{ opens: '06:30', closes: '18:00' }];
const openingHours = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [{ opens: '07:00', closes: '12:00' }],
  sun: [],
};

async function seed(slug: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [
      slug,
    ]);
    const organisationId = rows[0]!.id;
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO locations (id, organisation_id, store_code, name, street, address_extra, postal_code, city,
         region, phone, website, email, primary_category, latitude, longitude, opening_hours, updated_at)
       VALUES (gen_random_uuid(), $1, 'HB-12', 'Bäckerei Meyer am Hafen', 'Hafenstraße 12', 'im Hinterhaus',
         '27568', 'Bremerhaven', 'Bremen', '+494714829310', 'https://www.baeckerei-meyer.example',
         'hafen@baeckerei-meyer.example', 'Bäckerei', 53.5529, 8.5786, $2, now()) RETURNING id`,
      [organisationId, JSON.stringify(openingHours)],
    );
    const locationId = inserted.rows[0]!.id;
    await client.query(
      `INSERT INTO location_special_hours (id, location_id, start_date, end_date, closed, ranges)
       VALUES (gen_random_uuid(), $1, $2, $2, false, '[{"opens":"07:00","closes":"12:00"}]'),
              (gen_random_uuid(), $1, $3, $4, true, '[]')`,
      [locationId, `${year}-12-24`, `${year}-12-25`, `${year}-12-26`],
    );
    await client.query(
      `INSERT INTO location_observations (id, organisation_id, location_id, source, outcome, observed_at, external_id)
       VALUES (gen_random_uuid(), $1, $2, 'OPENSTREETMAP', 'CONSISTENT', now(), 'node/4829310')`,
      [organisationId, locationId],
    );
    return locationId;
  } finally {
    await client.end();
  }
}

test('the location page offers its JSON-LD and OpenStreetMap hours to copy', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const team = await createTeam(page, 'Veroeffentlicht');
  const slug = team.dashboard.split('/').at(-1)!;
  const locationId = await seed(slug);

  await page.goto(`${team.dashboard}/locations/${locationId}`);
  const heading = page.getByRole('heading', { level: 2, name: 'Veröffentlichen' });
  await expect(heading).toBeVisible();
  const section = page.locator('section', { has: heading });

  const jsonLd = section.getByTestId('json-ld');
  await expect(jsonLd).toContainText('<script type="application/ld+json">');
  await expect(jsonLd).toContainText('"@type": "Bakery"');
  await expect(jsonLd).toContainText(`"@id": "`);
  await expect(jsonLd).toContainText(`/l/${slug}/HB-12#business"`);
  await expect(jsonLd).toContainText('"streetAddress": "Hafenstraße 12, im Hinterhaus"');
  await expect(jsonLd).toContainText(`"validFrom": "${year}-12-25"`);
  await section.getByRole('button', { name: 'JSON-LD kopieren' }).click();
  await expect(section.getByRole('button', { name: 'Kopiert' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const json = JSON.parse(copied.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
  expect(json).toMatchObject({
    '@type': 'Bakery',
    telephone: '+49 471 4829310',
    email: 'hafen@baeckerei-meyer.example',
  });

  const value = `Mo-Fr 06:30-18:00; Sa 07:00-12:00; ${year} Dec 25-26 off; ${year} Dec 24 07:00-12:00`;
  await expect(section.getByTestId('osm-opening-hours')).toHaveText(value);
  await section.getByRole('button', { name: 'Wert kopieren' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
  const edit = section.getByRole('link', { name: /In OpenStreetMap bearbeiten \(node 4829310\)/ });
  await expect(edit).toHaveAttribute('href', 'https://www.openstreetmap.org/edit?node=4829310');
  await expect(edit).toHaveAttribute('target', '_blank');

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await screenshots(page, testInfo, 'location-publishing');
});
