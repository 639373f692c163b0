import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';

async function createLocation(
  page: Page,
  dashboard: string,
  fields: {
    name: string;
    storeCode: string;
    latitude?: string;
    longitude?: string;
    address?: { postalCode: string; city: string; countryCode: string };
  },
) {
  const address = fields.address ?? { postalCode: '27576', city: 'Bremerhaven', countryCode: 'DE' };
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill(fields.name);
  await page.getByLabel('Filialcode').fill(fields.storeCode);
  await page.getByLabel('Straße und Hausnummer').fill('Hafenstraße 145');
  await page.getByLabel('PLZ').fill(address.postalCode);
  await page.getByLabel('Ort', { exact: true }).fill(address.city);
  await page.getByLabel('Land (Code)').fill(address.countryCode);
  if (fields.latitude && fields.longitude) {
    await page.getByLabel('Breitengrad').fill(fields.latitude);
    await page.getByLabel('Längengrad').fill(fields.longitude);
  }
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

test('the map explains itself when empty, then shows located locations with a list and popups', async ({
  page,
}) => {
  const owner = newAccount('Mapper');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Kartenbäckerei ${owner.name}`);

  await page.goto(`${dashboard}/locations/map`);
  await expect(page.getByRole('heading', { level: 1, name: 'Standortkarte' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Noch kein Standort auf der Karte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zu den Standorten' })).toHaveAttribute(
    'href',
    `${dashboard}/locations`,
  );
  await expect(page.locator('.leaflet-container')).toHaveCount(0);

  const located = await createLocation(page, dashboard, {
    name: 'Hafenbäckerei Lehe',
    storeCode: 'LEHE-1',
    latitude: '53,5609',
    longitude: '8,5904',
  });
  // An address the embedded gazetteer cannot place (it knows DE, AT and CH).
  await createLocation(page, dashboard, {
    name: 'Ohne Koordinaten',
    storeCode: 'NONE-1',
    address: { postalCode: '75001', city: 'Paris', countryCode: 'FR' },
  });

  await page.goto(`${dashboard}/locations/map`);
  await expect(
    page.getByText('1 Standort hat noch keine Koordinaten und fehlt auf der Karte.'),
  ).toBeVisible();
  // Markers come without tiles: the tile server is unreachable in the test environment.
  await expect(page.locator('[data-status="ready"]')).toBeVisible();
  const list = page.getByRole('region', { name: 'Standorte im Kartenausschnitt' });
  await expect(list.getByRole('status')).toHaveText('1 Standort im Kartenausschnitt');
  await expect(list.getByRole('link', { name: 'Hafenbäckerei Lehe' })).toHaveAttribute('href', located);
  await expect(page.getByRole('link', { name: 'Ohne Koordinaten' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Legende' })).toBeVisible();
  await expect(page.getByText('Präsenz-Score von 0 bis 100', { exact: false })).toBeVisible();
  await expect(page.getByText('ab 75')).toBeVisible();

  // The list's button zooms to the marker and opens its popup, whose link leads to the location.
  await list.getByRole('button', { name: 'Hafenbäckerei Lehe auf der Karte zeigen' }).click();
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toContainText('Hafenbäckerei Lehe');
  // Listed nowhere yet: poor; of the master data only the coordinates are there.
  await expect(popup).toContainText('Präsenz-Score: Schwach (0 von 100)');
  await expect(popup).toContainText('Stammdaten zu 15 % vollständig');
  await popup.getByRole('link', { name: 'Standort öffnen' }).click();
  await expect(page).toHaveURL(located);
  await expect(page.getByRole('heading', { level: 1, name: 'Hafenbäckerei Lehe' })).toBeVisible();

  // The marker itself opens the same popup.
  await page.goto(`${dashboard}/locations/map`);
  await page.locator('.leaflet-marker-icon[title="Hafenbäckerei Lehe"]').click();
  await expect(page.locator('.leaflet-popup')).toContainText('Standort öffnen');

  const data = await page.request.get(`${dashboard}/locations/map/data`);
  expect(data.status()).toBe(200);
  expect(data.headers()['cache-control']).toBe('private, no-store');
  expect(await data.json()).toEqual({
    locations: [
      [located.split('/').pop(), 'Hafenbäckerei Lehe', 'Bremerhaven', 53.5609, 8.5904, 2, 0, 15, 0, 0],
    ],
    withoutCoordinates: 1,
  });
});

test('a location turns good on the map once it is live and checked on every platform', async ({ page }) => {
  const owner = newAccount('Presence');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Präsenzbäckerei ${owner.name}`);
  const located = await createLocation(page, dashboard, {
    name: 'Deichbäckerei Geestemünde',
    storeCode: 'GEEST-1',
    latitude: '53,5285',
    longitude: '8,5960',
  });
  const locationId = located.split('/').pop()!;

  // The listings are maintained by an integration over the HTTP API.
  await page.goto(`${dashboard}/settings/api-tokens`);
  await page.getByLabel('Name', { exact: true }).fill('Kartentest');
  await page.getByRole('button', { name: 'Token anlegen' }).click();
  const token = await page.getByLabel('Neues API-Token').inputValue();
  const headers = { authorization: `Bearer ${token}` };
  const checklist = await page.request.get(`/api/v1/locations/${locationId}/listings`, { headers });
  expect(checklist.status()).toBe(200);
  const items = (await checklist.json()).data as { platform: { id: string } }[];
  expect(items).toHaveLength(21);
  for (const item of items) {
    const saved = await page.request.put(`/api/v1/locations/${locationId}/listings/${item.platform.id}`, {
      headers,
      data: { version: 0, status: 'LIVE', markChecked: true },
    });
    expect(saved.status()).toBe(201);
  }

  await page.goto(`${dashboard}/locations/map`);
  await expect(page.locator('[data-status="ready"]')).toBeVisible();
  await page.locator('.leaflet-marker-icon[title="Deichbäckerei Geestemünde"]').click();
  await expect(page.locator('.leaflet-popup')).toContainText('Präsenz-Score: Gut (100 von 100)');
  const data = await (await page.request.get(`${dashboard}/locations/map/data`)).json();
  expect(data.locations).toEqual([
    [locationId, 'Deichbäckerei Geestemünde', 'Bremerhaven', 53.5285, 8.596, 0, 100, 15, 0, 0],
  ]);
});

test("another organisation's map and map data answer 404", async ({ page, browser }) => {
  const owner = newAccount('Secret');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Geheimkarte ${owner.name}`);

  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  const stranger = newAccount('Nosy');
  await signUp(otherPage, stranger);
  await createOrganisation(otherPage, `Nachbar ${stranger.name}`);

  const response = await otherPage.goto(`${dashboard}/locations/map`);
  expect(response?.status()).toBe(404);
  for (const slugPath of [dashboard, '/o/does-not-exist-anywhere']) {
    const data = await otherPage.request.get(`${slugPath}/locations/map/data`);
    expect(data.status(), slugPath).toBe(404);
    expect(await data.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  }
  await otherContext.close();
});
