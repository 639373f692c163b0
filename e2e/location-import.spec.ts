import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';

// Three branches as German Excel saves them: semicolons, a BOM, a decimal comma. Row 4 has a
// postcode that cannot be German.
const csv = Buffer.from(
  '\uFEFF' +
    [
      'Store code;Business name;Address line 1;Locality;Postal code;Primary phone;Latitude;Longitude;Monday hours',
      'BHV-01;Bäckerei Süß Lehe;Hafenstraße 145;Bremerhaven;27576;0471 4829320;53,5675;8,5912;06:30-13:00,14:00-18:00',
      'BHV-02;Bäckerei Süß Geestemünde;Georgstraße 12;Bremerhaven;27570;;;;',
      'BHV-03;Bäckerei Süß Mitte;Bürgermeister-Smidt-Straße 1;Bremerhaven;275766;;;;',
    ].join('\r\n'),
  'utf8',
);
const file = { name: 'standorte.csv', mimeType: 'text/csv', buffer: csv };

test('a manager previews a CSV import with one rejected row, imports it, and a second import changes nothing', async ({
  page,
}) => {
  const owner = newAccount('Importer');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Bäckerei Süß ${owner.name}`);
  await page.goto(`${dashboard}/locations/import`);
  await expect(page.getByRole('heading', { level: 1, name: 'Standorte importieren' })).toBeVisible();

  await page.getByLabel('CSV-Datei').setInputFiles(file);
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(page.getByRole('heading', { name: 'Vorschau' })).toBeVisible();
  await expect(page.getByText('2 neu anzulegen')).toBeVisible();
  await expect(page.getByText('1 abgelehnt')).toBeVisible();
  const rejected = page.getByRole('row').filter({ hasText: 'BHV-03' });
  await expect(rejected).toContainText('4');
  await expect(rejected).toContainText('Postal code');
  await expect(rejected).toContainText('Diese Postleitzahl passt nicht zum Land');

  await page.getByRole('button', { name: '2 Zeilen importieren' }).click();
  await expect(page.getByRole('heading', { name: 'Import abgeschlossen' })).toBeVisible();
  await expect(page.getByText('2 neu angelegt')).toBeVisible();
  await expect(page.getByText('1 abgelehnt')).toBeVisible();

  // The same file again: nothing left to do.
  await page.getByLabel('CSV-Datei').setInputFiles(file);
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(page.getByText('2 unverändert')).toBeVisible();
  await expect(page.getByText('0 neu anzulegen')).toBeVisible();
  await expect(page.getByText('Alle Zeilen sind schon auf dem aktuellen Stand')).toBeVisible();

  // The export holds both branches in Google's layout, named after the organisation and the day.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV exportieren' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^standorte-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = await readFile((await download.path())!, 'utf8');
  expect(exported).toContain('Store code,Business name,Address line 1');
  expect(exported).toContain('BHV-01,Bäckerei Süß Lehe,Hafenstraße 145');
  expect(exported).toContain('+49 471 4829320');
  expect(exported).not.toContain('BHV-03');
});

test("another organisation's import and export routes answer 404 and change nothing", async ({
  page,
  browser,
}) => {
  const ownerA = newAccount('ImportA');
  await signUp(page, ownerA);
  const dashboardA = await createOrganisation(page, `Bäckerei ${ownerA.name}`);

  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signUp(otherPage, newAccount('ImportB'));
  // Same-site requests, as the browser sends them: the origin check lets them through.
  const headers = {
    'x-requested-with': 'XMLHttpRequest',
    'content-type': 'text/csv',
    origin: new URL(otherPage.url()).origin,
  };
  for (const path of ['preview', 'apply?allOrNothing=0']) {
    const response = await otherPage.request.post(`${dashboardA}/locations/import/${path}`, {
      headers,
      data: csv,
    });
    expect(response.status(), path).toBe(404);
    expect(await response.json()).toEqual({ error: 'NOT_FOUND' });
  }
  expect((await otherPage.request.get(`${dashboardA}/locations/export`)).status()).toBe(404);
  await otherContext.close();

  // Nothing arrived in A.
  await page.goto(`${dashboardA}/locations`);
  await expect(page.getByText('BHV-01')).toHaveCount(0);
});
