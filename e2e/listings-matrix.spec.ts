import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';

async function createLocation(page: Page, dashboard: string) {
  await page.goto(`${dashboard}/listings`);
  await expect(page.getByRole('heading', { name: 'Noch keine Standorte' })).toBeVisible();
  await page.getByRole('link', { name: 'Standort anlegen' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Backstube am Deich');
  await page.getByLabel('Filialcode').fill('DEICH-1');
  await page.getByLabel('Straße und Hausnummer').fill('Am Deich 12a');
  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
}

const matrixRows = (page: Page) =>
  page.getByRole('table', { name: 'Einträge je Standort und Plattform' }).locator('tbody tr');
const countOf = (page: Page, status: string) => page.locator(`li[data-status="${status}"]`);

test('a manager works through the listings matrix and switches a platform off', async ({ page }) => {
  const owner = newAccount('Lister');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Backstube ${owner.name}`);
  await createLocation(page, dashboard);

  // One location × the 21 catalogue platforms, none started yet.
  await page.goto(`${dashboard}/listings`);
  await expect(matrixRows(page)).toHaveCount(21);
  await expect(
    matrixRows(page).getByText('Nicht begonnen', { exact: true }).filter({ visible: true }),
  ).toHaveCount(21);
  await expect(page.getByRole('status').filter({ hasText: '21 Einträge' })).toBeVisible();
  await expect(countOf(page, 'NOT_STARTED')).toContainText('21');
  await expect(page.getByRole('link', { name: 'Backstube am Deich' })).toHaveAttribute(
    'href',
    /\/locations\/[0-9a-f-]{36}\/listings$/,
  );

  // Filter by platform: the URL carries the filter.
  await page.getByLabel('Plattform', { exact: true }).selectOption({ label: 'Facebook' });
  await page.getByRole('button', { name: 'Filtern' }).click();
  await expect(page).toHaveURL(/platform=[0-9a-f-]{36}/);
  await expect(matrixRows(page)).toHaveCount(1);
  await expect(matrixRows(page)).toContainText('Facebook');
  await page.getByRole('link', { name: 'Filter zurücksetzen' }).first().click();
  await expect(matrixRows(page)).toHaveCount(21);

  // "Select all on this page" selects every row, and clears them again.
  await page.getByLabel('Alle auf dieser Seite auswählen').check();
  await expect(page.getByText('21 ausgewählt')).toBeVisible();
  await page.getByLabel('Alle auf dieser Seite auswählen').uncheck();
  await expect(page.getByText('Nichts ausgewählt')).toBeVisible();

  // Bulk change: nothing selected is refused with a reason, then two items.
  await page.getByRole('button', { name: 'Status setzen' }).click();
  await expect(page.getByText('Bitte wählen Sie mindestens einen Eintrag aus.')).toBeVisible();
  await page.getByLabel('Backstube am Deich auf Google Business Profile auswählen').check();
  await page.getByLabel('Backstube am Deich auf Apple Business Connect auswählen').check();
  await expect(page.getByText('2 ausgewählt')).toBeVisible();
  await page.getByLabel('Neuer Status').selectOption({ label: 'Beansprucht (Bestätigung läuft)' });
  await page.getByRole('button', { name: 'Status setzen' }).click();
  await expect(page.getByText('2 Einträge auf „Beansprucht (Bestätigung läuft)“ gesetzt.')).toBeVisible();
  await expect(countOf(page, 'CLAIM_REQUESTED')).toContainText('2');
  await expect(countOf(page, 'NOT_STARTED')).toContainText('19');
  await expect(
    matrixRows(page).getByText('Beansprucht (Bestätigung läuft)', { exact: true }).filter({ visible: true }),
  ).toHaveCount(2);

  // The counts filter the matrix by their status.
  await countOf(page, 'CLAIM_REQUESTED').getByRole('link').click();
  await expect(page).toHaveURL(/status=CLAIM_REQUESTED/);
  await expect(matrixRows(page)).toHaveCount(2);

  // Switching Facebook off in the settings takes it out of the matrix.
  await page.getByRole('link', { name: 'Plattformen verwalten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plattformen' })).toBeVisible();
  const facebook = page.getByRole('switch', { name: 'Facebook verwenden' });
  await expect(facebook).toHaveAttribute('aria-checked', 'true');
  await facebook.click();
  await expect(facebook).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByText('20 von 21 Plattformen werden verwendet.')).toBeVisible();

  await page.goto(`${dashboard}/listings`);
  await expect(matrixRows(page)).toHaveCount(20);
  await expect(matrixRows(page).getByText('Facebook', { exact: true })).toHaveCount(0);
  await expect(
    page.getByLabel('Plattform', { exact: true }).locator('option', { hasText: 'Facebook' }),
  ).toHaveCount(0);
});

test('an own platform joins the matrix; the freshness period is kept', async ({ page }) => {
  const owner = newAccount('Curator');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Werkstatt ${owner.name}`);
  await createLocation(page, dashboard);

  await page.goto(`${dashboard}/settings/platforms`);
  await page.getByLabel('Name', { exact: true }).fill('Stadtportal Bremerhaven');
  await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Bewertungen' });
  await page.getByLabel('Website der Plattform').fill('keine-adresse');
  await page.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByText('Bitte geben Sie eine vollständige Adresse ein')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Stadtportal Bremerhaven');
  await expect(page.getByLabel('Art', { exact: true })).toHaveValue('REVIEWS');
  await page.getByLabel('Website der Plattform').fill('https://www.bremerhaven.de');
  await page.getByLabel('Gewichtung (1–10)').fill('5');
  await page.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByText('„Stadtportal Bremerhaven“ wurde hinzugefügt.')).toBeVisible();
  await expect(page.getByText('22 von 22 Plattformen werden verwendet.')).toBeVisible();

  await page.getByLabel('Zeitraum in Tagen (1–365)').fill('400');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte geben Sie eine ganze Zahl von 1 bis 365 ein.')).toBeVisible();
  await page.getByLabel('Zeitraum in Tagen (1–365)').fill('14');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    page.getByText('Ein Eintrag gilt als aktuell, wenn er innerhalb von 14 Tagen geprüft wurde.'),
  ).toBeVisible();

  await page.goto(`${dashboard}/listings`);
  await expect(matrixRows(page)).toHaveCount(22);
  await expect(matrixRows(page).last()).toContainText('Stadtportal Bremerhaven');

  page.once('dialog', (dialog) => dialog.accept());
  await page.goto(`${dashboard}/settings/platforms`);
  await page.getByRole('button', { name: 'Löschen Stadtportal Bremerhaven' }).click();
  await expect(page.getByText('21 von 21 Plattformen werden verwendet.')).toBeVisible();
});
