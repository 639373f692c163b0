import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';

test('a manager creates, finds, edits, archives and restores a location', async ({ page }) => {
  const owner = newAccount('Baker');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Backstube ${owner.name}`);
  await page.goto(`${dashboard}/locations`);
  await expect(page.getByRole('heading', { name: 'Noch keine Standorte' })).toBeVisible();
  await page.getByRole('link', { name: 'Standort anlegen' }).first().click();

  // Wrong postcode and phone: both reported at their fields, nothing saved.
  await page.getByLabel('Name', { exact: true }).fill('Backstube am Deich');
  await page.getByLabel('Filialcode').fill('DEICH-1');
  await page.getByLabel('Straße und Hausnummer').fill('Am Deich 12a');
  await page.getByLabel('PLZ').fill('2757');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByLabel('Telefon').fill('12');
  await page.getByRole('button', { name: '+ Zeitspanne hinzufügen (Mittwoch)' }).click();
  await page.getByRole('button', { name: '+ Zeitspanne hinzufügen (Mittwoch)' }).click();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Diese Postleitzahl passt nicht zum Land')).toBeVisible();
  await expect(page.getByText('Das ist keine gültige Telefonnummer für dieses Land.')).toBeVisible();
  await expect(page.getByLabel('PLZ')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Backstube am Deich');

  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Telefon').fill('0471 123456');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Backstube am Deich' })).toBeVisible();
  await expect(page.getByText('0471 123456')).toBeVisible();
  await expect(page.getByText('08:00–18:00, 18:00–22:00')).toBeVisible();
  const detailUrl = page.url();

  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Backstube Deichstraße');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backstube Deichstraße' })).toBeVisible();

  await page.goto(`${dashboard}/locations`);
  await page.getByRole('searchbox', { name: 'Standorte durchsuchen' }).fill('deichstrasse');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('link', { name: 'Backstube Deichstraße' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Standorte durchsuchen' }).fill('gibt es nicht');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText('Keine Standorte passen zu „gibt es nicht“.')).toBeVisible();

  page.once('dialog', (dialog) => dialog.accept());
  await page.goto(detailUrl);
  await page.getByRole('button', { name: 'Archivieren' }).click();
  await expect(page.getByText('Dieser Standort ist archiviert.')).toBeVisible();
  await page.goto(`${dashboard}/locations`);
  await expect(page.getByRole('link', { name: 'Backstube Deichstraße' })).toHaveCount(0);
  await page.goto(detailUrl);
  await page.getByRole('button', { name: 'Wiederherstellen' }).click();
  await expect(page.getByText('Dieser Standort ist archiviert.')).toHaveCount(0);
  await page.goto(`${dashboard}/locations`);
  await expect(page.getByRole('link', { name: 'Backstube Deichstraße' })).toBeVisible();
});

test("another organisation's location answers 404", async ({ page, browser }) => {
  const owner = newAccount('Keeper');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Laden ${owner.name}`);
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Geheimer Laden');
  await page.getByLabel('Filialcode').fill('G-1');
  await page.getByLabel('Straße und Hausnummer').fill('Geheimweg 1');
  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  const locationId = page.url().split('/').pop()!;

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const stranger = newAccount('Stranger');
  await signUp(otherPage, stranger);
  const otherDashboard = await createOrganisation(otherPage, `Anderer ${stranger.name}`);
  for (const path of [
    `${otherDashboard}/locations/${locationId}`,
    `${otherDashboard}/locations/${locationId}/edit`,
    `${dashboard}/locations/${locationId}`,
  ]) {
    const response = await otherPage.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(otherPage.getByText('Geheimer Laden')).toHaveCount(0);
  }
  await other.close();
});
