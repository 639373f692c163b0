import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';
import { expectNoHorizontalScroll, largePhone } from './support/layout';

// The location list offers every export format in one menu; the Bing Places file downloads with
// its own header line and the location's hours in Bing's layout.

const csv = Buffer.from(
  [
    'Store code,Business name,Address line 1,Locality,Postal code,Primary phone,Latitude,Longitude,Monday hours',
    'BHV-01,Bäckerei Süß Lehe,Hafenstraße 145,Bremerhaven,27576,0471 4829320,53.5675,8.5912,"06:30-13:00,14:00-18:00"',
  ].join('\r\n'),
  'utf8',
);

test('a member downloads the Bing Places file from the location list’s export menu', async ({ page }) => {
  const owner = newAccount('Exporte');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Bäckerei Süß ${owner.name}`);
  await page.goto(`${dashboard}/locations/import`);
  await page
    .getByLabel('CSV-Datei')
    .setInputFiles({ name: 'standorte.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await page.getByRole('button', { name: /importieren/ }).click();
  await expect(page.getByRole('heading', { name: 'Import abgeschlossen' })).toBeVisible();

  await page.goto(`${dashboard}/locations`);
  const menu = page.getByRole('list', { name: 'Standorte exportieren' });
  await expect(menu).toBeHidden();
  // The disclosure opens from the keyboard like any button.
  const exportMenu = page.locator('summary').filter({ hasText: /^Export/ });
  await exportMenu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  for (const hint of [
    'für Bing Places',
    'für Apple Business Connect',
    'GeoJSON für GIS/Karten',
    'KML für Google Earth/My Maps',
  ]) {
    await expect(menu.getByRole('link', { name: new RegExp(hint.replace('/', '\\/')) })).toBeVisible();
  }
  await expect(menu.getByRole('link', { name: /GeoJSON/ })).toHaveAttribute('href', /format=geojson$/);
  await page.screenshot({ path: test.info().outputPath('export-menu-1280.png') });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual(
    [],
  );

  const downloadPromise = page.waitForEvent('download');
  await menu.getByRole('link', { name: /Bing Places/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^standorte-[a-z0-9-]+-\d{4}-\d{2}-\d{2}-bing-places\.csv$/);
  const exported = await readFile((await download.path())!, 'utf8');
  const [header, row] = exported.replace(/^\uFEFF/, '').split('\r\n');
  expect(header).toBe(
    'Store ID,Business Name,Address Line 1,Address Line 2,City,State,Zip Code,Country,Latitude,Longitude,Main Phone,Website,Email,Categories,Description,Hours',
  );
  expect(row).toContain(
    'BHV-01,Bäckerei Süß Lehe,Hafenstraße 145,,Bremerhaven,,27576,DE,53.5675,8.5912,+49 471 4829320',
  );
  expect(row).toContain('Mon 06:30-13:00,14:00-18:00;Tue Closed');

  // On a phone the open menu stays inside the screen.
  await page.setViewportSize(largePhone);
  await page.reload();
  await exportMenu.click();
  await expect(menu).toBeVisible();
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(largePhone.width);
  await expectNoHorizontalScroll(page, largePhone.width);
  await page.screenshot({ path: test.info().outputPath('export-menu-390.png') });
});
