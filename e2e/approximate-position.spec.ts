import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';

// Without GEOCODER_URL (as in these tests), a location typed with an address only is placed by
// the embedded gazetteer, approximately, and says so everywhere it is shown.
test('a location typed with an address only shows its pin on the map, marked as approximate', async ({
  page,
}) => {
  const owner = newAccount('Ungefaehr');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Ungefährbäckerei ${owner.name}`);

  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Backstube Lehe');
  await page.getByLabel('Filialcode').fill('LEHE-7');
  await page.getByLabel('Straße und Hausnummer').fill('Hafenstraße 145');
  // A postcode of Tübingen's region with Bremerhaven: a warning, not an error.
  await page.getByLabel('PLZ').fill('72576');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByLabel('Ort', { exact: true }).blur();
  await expect(page.getByTestId('position-warnings')).toContainText(
    'Die Postleitzahl 72576 gehört zu einer Gegend etwa',
  );
  await page.getByLabel('PLZ').fill('27576');
  await page.getByLabel('PLZ').blur();
  await expect(page.getByTestId('position-warnings')).toHaveCount(0);
  // The pin picker starts at the address's approximate area.
  await expect(
    page.getByText('Der gestrichelte Kreis zeigt die ungefähre Lage der Adresse (Gemeinde'),
  ).toBeVisible();
  await expect(page.locator('.map-approximate-area')).toHaveCount(1);
  await expect(page.getByLabel('Breitengrad')).toHaveValue('');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  const locationPath = new URL(page.url()).pathname;

  await expect(page.getByTestId('position-source')).toHaveText(
    'Ungefähre Position aus der Adresse: Gemeinde, auf etwa 5 km genau. Pin genau setzen',
  );

  await page.goto(`${dashboard}/locations/map`);
  await expect(page.locator('[data-status="ready"]')).toBeVisible();
  await expect(page.getByText('Hohl und gestrichelt:')).toBeVisible();
  await expect(page.getByText('ungefähre Position aus Postleitzahl und Ort (1 Standort)')).toBeVisible();
  const list = page.getByRole('region', { name: 'Standorte im Kartenausschnitt' });
  await expect(list.getByRole('link', { name: 'Backstube Lehe' })).toHaveAttribute('href', locationPath);
  const marker = page.locator('.leaflet-marker-icon[title="Backstube Lehe"]');
  await expect(marker.locator('g[stroke-dasharray]')).toHaveCount(1);
  await marker.click();
  await expect(page.locator('.leaflet-popup')).toContainText(
    'Ungefähre Position: Gemeinde, auf etwa 5 km genau',
  );
  const data = await (await page.request.get(`${dashboard}/locations/map/data`)).json();
  expect(data.locations[0].slice(8)).toEqual([1, 5000]);

  // Editing shows no pin of its own; a pin set there is the location's, exactly.
  await page.goto(`${locationPath}/edit`);
  await expect(page.getByLabel('Breitengrad')).toHaveValue('');
  await page.getByLabel('Breitengrad').fill('53,5609');
  await page.getByLabel('Längengrad').fill('8,5904');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(locationPath);
  await expect(page.getByTestId('position-source')).toHaveText('Von Hand gesetzt.');
});

test('the map counts the locations it cannot place and links to them', async ({ page }) => {
  const owner = newAccount('Ohneort');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Ohne-Ort-Bäckerei ${owner.name}`);
  for (const [name, postcode, city, country] of [
    ['Filiale Bremerhaven', '27568', 'Bremerhaven', 'DE'],
    ['Filiale Paris', '75001', 'Paris', 'FR'],
  ]) {
    await page.goto(`${dashboard}/locations/new`);
    await page.getByLabel('Name', { exact: true }).fill(name!);
    await page.getByLabel('Filialcode').fill(name!.replace(' ', '-'));
    await page.getByLabel('Straße und Hausnummer').fill('Hauptstraße 1');
    await page.getByLabel('PLZ').fill(postcode!);
    await page.getByLabel('Ort', { exact: true }).fill(city!);
    await page.getByLabel('Land (Code)').fill(country!);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  }
  await page.goto(`${dashboard}/locations/map`);
  await expect(
    page.getByText('1 Standort hat noch keine Koordinaten und fehlt auf der Karte.'),
  ).toBeVisible();
  // Placing them again finds nothing new for an address abroad, and says so.
  await page.getByRole('button', { name: 'Aus der Adresse ungefähr platzieren' }).click();
  await expect(
    page.getByText(
      'Kein Standort ungefähr platziert; 1 Standort bleibt ohne Position (Adresse nicht im Ortsverzeichnis).',
    ),
  ).toBeVisible();
  await page.getByRole('link', { name: 'In der Standortliste ergänzen' }).click();
  await expect(page).toHaveURL(`${dashboard}/locations?position=none`);
  await expect(page.getByText('Gezeigt werden nur Standorte ohne Position.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Filiale Paris' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Filiale Bremerhaven' })).toHaveCount(0);
});
