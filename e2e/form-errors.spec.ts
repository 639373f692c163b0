import { expect, test, type Page } from '@playwright/test';
import { largePhone } from './support/layout';
import { createTeam } from './support/team';

const activeElementId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

/** Fills the location form's required fields except the store code. */
async function fillLocation(page: Page, name: string, street: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Straße und Hausnummer').fill(street);
  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
}

test('a failed save moves focus to the first invalid field; required fields are marked; a small business gets its store codes made up', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { dashboard } = await createTeam(page, 'Formchefin');
  await page.goto(`${dashboard}/locations/new`);

  // Required fields: an asterisk explained at the top, and required for assistive technology.
  await expect(page.getByText('* Pflichtfeld', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-required', 'true');
  await expect(page.getByLabel('Straße und Hausnummer')).toHaveAttribute('required', '');
  await expect(page.getByLabel('Telefon')).not.toHaveAttribute('aria-required', 'true');
  // The first site may leave the store code blank.
  const storeCode = page.getByLabel('Filialcode');
  await expect(storeCode).not.toHaveAttribute('aria-required', 'true');
  await expect(page.getByText('z. B. BREMERHAVEN-1', { exact: false })).toBeVisible();

  // Only a name: the save fails and focus lands on the first field with a problem, on screen.
  await page.getByLabel('Name', { exact: true }).fill('Laden am Deich');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte geben Sie Straße und Hausnummer an.')).toBeVisible();
  expect(await activeElementId(page)).toBe('field-street');
  await expect(page.getByLabel('Straße und Hausnummer')).toBeInViewport();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie die markierten Felder.' }),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('location-form-error-desktop.png') });

  // The same on a phone, with the sticky header above: the field is not hidden behind it.
  await page.setViewportSize(largePhone);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => activeElementId(page)).toBe('field-street');
  const fieldTop = await page
    .getByLabel('Straße und Hausnummer')
    .evaluate((field) => field.getBoundingClientRect().top);
  const headerBottom = await page
    .locator('header.sticky')
    .evaluate((header) => header.getBoundingClientRect().bottom);
  expect(fieldTop).toBeGreaterThanOrEqual(headerBottom);
  await page.screenshot({ path: test.info().outputPath('location-form-error-390.png') });
  await page.setViewportSize({ width: 1280, height: 720 });

  // First and second site without a store code: made up from the city.
  await fillLocation(page, 'Laden am Deich', 'Am Deich 12');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  await expect(page.getByText('BREMERHAVEN-1', { exact: true })).toBeVisible();
  await page.goto(`${dashboard}/locations/new`);
  await fillLocation(page, 'Laden Lehe', 'Hafenstraße 145');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  await expect(page.getByText('BREMERHAVEN-2', { exact: true })).toBeVisible();

  // The third site brings its own: marked required, and refused on its field when blank.
  await page.goto(`${dashboard}/locations/new`);
  await expect(storeCode).toHaveAttribute('aria-required', 'true');
  await fillLocation(page, 'Laden Geestemünde', 'Georgstraße 1');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    page.getByText('Ab dem dritten Standort vergeben Sie den Filialcode selbst', { exact: false }),
  ).toBeVisible();
  expect(await activeElementId(page)).toBe('field-storeCode');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Laden Geestemünde');
  await storeCode.fill('BHV-03');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
});

test('a refused sign-in moves focus to its message and keeps the address', async ({ page }) => {
  await page.setViewportSize(largePhone);
  await page.goto('/sign-in');
  await page.getByLabel('E-Mail-Adresse').fill('niemand@ortsbild.test');
  await page.getByLabel('Passwort', { exact: true }).fill('Falsches-Passwort-1');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByText('E-Mail-Adresse oder Passwort ist falsch.')).toBeVisible();
  expect(
    await page.evaluate(() => {
      const active = document.activeElement;
      return { role: active?.getAttribute('role'), text: active?.textContent };
    }),
  ).toEqual({ role: 'alert', text: 'E-Mail-Adresse oder Passwort ist falsch.' });
  // The address stays for the next try; the password does not.
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue('niemand@ortsbild.test');
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveValue('');
  await page.screenshot({ path: test.info().outputPath('sign-in-refused-390.png') });
});
