import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { newAccount, signUp } from './support/accounts';
import { screenshots } from './support/screenshots';
import { createTeam } from './support/team';

// Location groups as a limited manager meets them: limited to "Nord", they see only its location
// in the list, the matrix and on the map, and another group's location is a 404 by direct URL.
// The owner narrows the matrix to "Süd" with the shared group filter. Groups, the second
// location and the manager's membership are written straight to the database (their own pages
// are another journey's); every page is the real app.

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Two placed locations of the organisation, "Nord" and "Süd" groups with one each, and the manager limited to "Nord". */
async function seedGroups(slug: string, managerEmail: string) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [
      slug,
    ]);
    const organisationId = rows[0]!.id;
    const location = async (name: string, storeCode: string, latitude: number, longitude: number) =>
      (
        await client.query<{ id: string }>(
          `INSERT INTO locations (id, organisation_id, store_code, name, street, postal_code, city,
             latitude, longitude, position_source, updated_at)
           VALUES (gen_random_uuid(), $1, $2, $3, 'Hafenstraße 1', '27568', 'Bremerhaven', $4, $5, 'MANUAL', now())
           RETURNING id`,
          [organisationId, storeCode, name, latitude, longitude],
        )
      ).rows[0]!.id;
    const north = await location('Nord Lehe', 'G-NORD', 53.57, 8.59);
    const south = await location('Süd Wulsdorf', 'G-SUED', 53.51, 8.61);
    const group = async (name: string, locationId: string) => {
      const id = (
        await client.query<{ id: string }>(
          `INSERT INTO location_groups (id, organisation_id, name, kind, updated_at)
           VALUES (gen_random_uuid(), $1, $2, 'REGION', now()) RETURNING id`,
          [organisationId, name],
        )
      ).rows[0]!.id;
      await client.query(
        'INSERT INTO location_group_members (group_id, location_id, organisation_id) VALUES ($1, $2, $3)',
        [id, locationId, organisationId],
      );
      return id;
    };
    const northGroup = await group('Nord', north);
    const southGroup = await group('Süd', south);
    const membership = (
      await client.query<{ id: string }>(
        `INSERT INTO memberships (id, organisation_id, user_id, role)
         SELECT gen_random_uuid(), $1, u.id, 'MANAGER' FROM users u WHERE u.email = $2 RETURNING id`,
        [organisationId, managerEmail],
      )
    ).rows[0]!.id;
    await client.query(
      'INSERT INTO membership_group_limits (membership_id, group_id, organisation_id) VALUES ($1, $2, $3)',
      [membership, northGroup, organisationId],
    );
    return { north, south, northGroup, southGroup };
  });
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const matrixRows = (page: Page) =>
  page.getByRole('table', { name: 'Einträge je Standort und Plattform' }).locator('tbody tr');

test('a manager limited to a group sees only its locations; the owner filters the matrix by group', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { dashboard } = await createTeam(page, 'Gruppenchefin');
  const slug = dashboard.split('/').at(-1)!;
  const manager = newAccount('Bezirksleiter');
  const managerPage = await (await browser.newContext()).newPage();
  await signUp(managerPage, manager);
  const seeded = await seedGroups(slug, manager.email);

  // The list: only Nord, with the note why, and no way to create or import.
  await managerPage.goto(`${dashboard}/locations`);
  await expect(managerPage.getByRole('status').filter({ hasText: 'Standort' })).toHaveText(/^1 Standort/);
  await expect(managerPage.getByText('Nord Lehe').first()).toBeVisible();
  await expect(managerPage.getByText('Süd Wulsdorf')).toHaveCount(0);
  await expect(managerPage.getByText('Sie sehen nur die Standorte Ihrer Gruppen.')).toBeVisible();
  await expect(managerPage.getByRole('link', { name: 'Standort anlegen' })).toHaveCount(0);
  const filter = managerPage.getByLabel('Standortgruppe', { exact: true });
  await expect(filter.locator('option')).toHaveText(['Alle meine Gruppen', 'Nord (1 Standort)']);
  expect(await seriousViolations(managerPage)).toEqual([]);
  await screenshots(managerPage, testInfo, 'limited-locations');

  // The matrix: Nord's items only.
  await managerPage.goto(`${dashboard}/listings`);
  await expect(matrixRows(managerPage).first()).toBeVisible();
  await expect(matrixRows(managerPage).filter({ hasText: 'Süd Wulsdorf' })).toHaveCount(0);
  await expect(matrixRows(managerPage).filter({ hasText: 'Nord Lehe' }).first()).toBeVisible();

  // The map: one location in view, Nord.
  await managerPage.goto(`${dashboard}/locations/map`);
  await expect(managerPage.locator('[data-status="ready"]')).toBeVisible();
  const inView = managerPage.getByRole('region', { name: 'Standorte im Kartenausschnitt' });
  await expect(inView.getByRole('status')).toHaveText('1 Standort im Kartenausschnitt');
  await expect(inView.getByText('Nord Lehe')).toBeVisible();
  await expect(inView.getByText('Süd Wulsdorf')).toHaveCount(0);
  await screenshots(managerPage, testInfo, 'limited-map');

  // Another group's location by its address, and another group as filter: 404.
  const direct = await managerPage.goto(`${dashboard}/locations/${seeded.south}`);
  expect(direct?.status()).toBe(404);
  const otherGroup = await managerPage.goto(`${dashboard}/listings?group=${seeded.southGroup}`);
  expect(otherGroup?.status()).toBe(404);
  await expect(managerPage.getByText('404')).toBeVisible();

  // The owner filters the matrix by group, without JavaScript's help: a GET form.
  await page.goto(`${dashboard}/listings`);
  await expect(matrixRows(page).filter({ hasText: 'Nord Lehe' }).first()).toBeVisible();
  await page.getByLabel('Standortgruppe', { exact: true }).selectOption({ label: 'Süd (1 Standort)' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page).toHaveURL(new RegExp(`/listings\\?group=${seeded.southGroup}$`));
  await expect(matrixRows(page).filter({ hasText: 'Süd Wulsdorf' }).first()).toBeVisible();
  await expect(matrixRows(page).filter({ hasText: 'Nord Lehe' })).toHaveCount(0);
  await expect(page.getByLabel('Standortgruppe', { exact: true })).toHaveValue(seeded.southGroup);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'owner-matrix-group');
  // The matrix's own filters keep the group.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Nicht begonnen' });
  await page.getByRole('button', { name: 'Filtern' }).click();
  await expect(page).toHaveURL(new RegExp(`group=${seeded.southGroup}`));
  await expect(matrixRows(page).filter({ hasText: 'Nord Lehe' })).toHaveCount(0);

  // The dashboard narrowed to the same group: its mini-map shows Süd's one location.
  await page.goto(`${dashboard}?group=${seeded.southGroup}`);
  await expect(page.getByLabel('Standortgruppe', { exact: true })).toHaveValue(seeded.southGroup);
  await expect(page.getByRole('link', { name: /^Übersichtskarte mit 1 Standort;/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'owner-dashboard-group');
});
