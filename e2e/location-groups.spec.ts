// Location groups from the owner's side (#16): the empty overview explains groups; a rule group
// (city) takes the matching locations at once and a hand group gets one through the page's
// search; the overview shows both with their figures and the row of ungrouped locations; a wrong
// postcode prefix is refused beside its field; the owner limits a manager to a group on the
// members page. Locations and the manager's membership are written straight to the database
// (their own journeys are elsewhere); every page is the real app. What a limited manager then
// sees is e2e/group-scope.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { newAccount, signUp } from './support/accounts';
import { screenshots } from './support/screenshots';
import { createTeam } from './support/team';

async function seed(slug: string, managerEmail: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [
      slug,
    ]);
    const organisationId = rows[0]!.id;
    const locations: [string, string, string, string][] = [
      ['Deichbrise Lehe', 'BHV-1', '27576', 'Bremerhaven'],
      ['Deichbrise Mitte', 'BHV-2', '27568', 'Bremerhaven'],
      ['Deichbrise Döse', 'CUX-1', '27476', 'Cuxhaven'],
    ];
    for (const [name, storeCode, postalCode, city] of locations) {
      await client.query(
        `INSERT INTO locations (id, organisation_id, store_code, name, street, postal_code, city, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'Hafenstraße 1', $4, $5, now())`,
        [organisationId, storeCode, name, postalCode, city],
      );
    }
    await client.query(
      `INSERT INTO memberships (id, organisation_id, user_id, role)
       SELECT gen_random_uuid(), $1, u.id, 'MANAGER' FROM users u WHERE u.email = $2`,
      [organisationId, managerEmail],
    );
  } finally {
    await client.end();
  }
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

test('an owner creates a rule group and a hand group, reads the roll-ups and limits a manager', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { dashboard } = await createTeam(page, 'Filialleiterin');
  const slug = dashboard.split('/').at(-1)!;
  const manager = newAccount('Regionalleiter');
  const managerPage = await (await browser.newContext()).newPage();
  await signUp(managerPage, manager);
  await seed(slug, manager.email);

  // The navigation leads to the empty overview, which says what groups are for.
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .first()
    .getByRole('link', { name: 'Gruppen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Standortgruppen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Noch keine Gruppen' })).toBeVisible();
  await screenshots(page, testInfo, 'groups-empty');
  await page.getByRole('link', { name: 'Gruppe anlegen' }).click();

  // A postcode prefix with a space is refused beside its field; the name stays.
  await page.getByLabel('Name', { exact: true }).fill('Region Bremerhaven');
  await page.getByLabel('Feld', { exact: true }).selectOption('POSTAL_CODE_PREFIX');
  await page.getByLabel('Wert', { exact: true }).fill('27 5');
  await page.getByRole('button', { name: 'Gruppe anlegen' }).click();
  await expect(page.getByText('Der PLZ-Anfang besteht aus 1 bis 10 Buchstaben oder Ziffern.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Region Bremerhaven');
  await expect(page.getByLabel('Feld', { exact: true })).toHaveValue('POSTAL_CODE_PREFIX');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'group-form-error');

  // A rule on the city: both Bremerhaven locations at once.
  await page.getByLabel('Feld', { exact: true }).selectOption('CITY');
  await page.getByLabel('Wert', { exact: true }).fill('bremerhaven');
  await page.getByRole('button', { name: 'Gruppe anlegen' }).click();
  await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText('Gruppe angelegt.')).toBeVisible();
  const members = page.getByRole('table', { name: 'Standorte der Gruppe' });
  await expect(members.getByRole('rowheader')).toHaveText(['Deichbrise Lehe', 'Deichbrise Mitte']);

  // A hand group: Döse found by the search and added.
  await page.goto(`${dashboard}/groups/new`);
  await page.getByLabel('Name', { exact: true }).fill('Partner Meyer');
  await page.getByLabel('Art', { exact: true }).selectOption('FRANCHISE_PARTNER');
  await page.getByLabel('Von Hand gewählt').check();
  await expect(page.getByLabel('Wert', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Gruppe anlegen' }).click();
  await expect(page.getByText('Noch keine Standorte.', { exact: false })).toBeVisible();
  await page
    .getByRole('search')
    .filter({ has: page.locator('#add-search') })
    .getByLabel('Standort suchen')
    .fill('döse');
  await page.getByRole('button', { name: 'Suchen' }).last().click();
  await page.getByLabel(/Deichbrise Döse/).check();
  await page.getByRole('button', { name: 'Ausgewählte hinzufügen' }).click();
  await expect(page.getByText('1 Standort hinzugefügt.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Standorte der Gruppe' }).getByRole('rowheader')).toHaveText([
    'Deichbrise Döse',
  ]);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'group-hand');

  // The overview: both groups with their figures, then the locations in no group (none left).
  await page.getByRole('link', { name: 'Zurück zu den Gruppen' }).click();
  const table = page.getByRole('table', { name: 'Gruppen mit ihren Kennzahlen dieser Woche' });
  const row = (name: string) => table.getByRole('row').filter({ hasText: name });
  await expect(row('Partner Meyer')).toContainText('Franchisepartner');
  await expect(row('Partner Meyer').getByRole('cell').first()).toHaveText('1');
  await expect(row('Region Bremerhaven')).toContainText('Regel: Ort = „bremerhaven“');
  await expect(row('Region Bremerhaven').getByRole('cell').first()).toHaveText('2');
  await expect(row('Region Bremerhaven').getByRole('cell').last()).toHaveText('0 von 2');
  await expect(row('Ohne Gruppe').getByRole('cell').first()).toHaveText('0');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'groups-overview');

  // The owner limits the manager to the rule group on the members page.
  await page.goto(`${dashboard}/settings/members`);
  const managerRow = page.getByRole('listitem').filter({ hasText: manager.email });
  await managerRow.getByText('Beschränkung: Alle Standorte').click();
  await managerRow.getByLabel(/Region Bremerhaven/).check();
  await managerRow.getByRole('button', { name: 'Beschränkung speichern' }).click();
  await expect(managerRow.getByText('Beschränkung gespeichert.')).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: manager.email })
      .getByText('Beschränkung: Region Bremerhaven'),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'members-group-limit');

  // The manager now reads their group only, without forms.
  await managerPage.goto(`${dashboard}/groups`);
  const managerTable = managerPage.getByRole('table', { name: 'Gruppen mit ihren Kennzahlen dieser Woche' });
  await expect(managerTable.getByRole('rowheader')).toHaveText([/Region Bremerhaven/]);
  await expect(managerPage.getByRole('link', { name: 'Gruppe anlegen' })).toHaveCount(0);
});
