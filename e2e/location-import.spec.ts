import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';
import { largePhone } from './support/layout';

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
  // Each row as it will be stored: the phone read as German, the hours summed up.
  const lehe = page.getByRole('row').filter({ hasText: 'BHV-01' });
  await expect(lehe).toContainText('Bäckerei Süß Lehe');
  await expect(lehe).toContainText('Hafenstraße 145');
  await expect(lehe).toContainText('+49 471 4829320');
  await expect(lehe).toContainText('Mo 06:30–13:00, 14:00–18:00');
  await expect(lehe).toContainText('Neu');
  const rejected = page.getByRole('row').filter({ hasText: 'BHV-03' });
  await expect(rejected).toContainText('Abgelehnt');
  await expect(rejected).toContainText('wird nicht importiert');
  await page.screenshot({ path: test.info().outputPath('import-preview-rejected-1280.png'), fullPage: true });
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
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  }
  expect((await otherPage.request.get(`${dashboardA}/locations/export`)).status()).toBe(404);
  await otherContext.close();

  // Nothing arrived in A.
  await page.goto(`${dashboardA}/locations`);
  await expect(page.getByText('BHV-01')).toHaveCount(0);
});

/**
 * 60 branches (more than a page of the preview), each with a phone (`phoneOf` picks a branch's),
 * and any `extra` lines after them.
 */
function branchesCsv(phoneOf: (index: number) => string, extra: string[] = []) {
  const lines = ['Store code;Business name;Address line 1;Locality;Postal code;Primary phone;Monday hours'];
  for (let index = 1; index <= 60; index++) {
    const code = `P-${String(index).padStart(2, '0')}`;
    lines.push(
      `${code};Filiale ${index};Hafenstraße ${index};Bremerhaven;27568;${phoneOf(index)};07:00-18:00`,
    );
  }
  const csv = [...lines, ...extra].join('\r\n');
  return { name: 'filialen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
}

/** Whatever scrolls sideways: the page, or an element in main with a horizontal scroller. */
async function sidewaysScrollers(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      found.push(`page: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    }
    for (const element of document.querySelectorAll('main *')) {
      const { overflowX } = getComputedStyle(element);
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth) {
        found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
      }
    }
    return found;
  });
}

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page, one line each. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`));
}

test('the preview names the changed field of an update, pages through the rows, and fits a phone', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const owner = newAccount('Vorschau');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Filialen ${owner.name}`);
  await page.goto(`${dashboard}/locations/import`);
  const fileInput = page.getByLabel('CSV-Datei');
  await fileInput.setInputFiles(branchesCsv(() => '0471 4829320'));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await page.getByRole('button', { name: '60 Zeilen importieren' }).click();
  await expect(page.getByText('60 neu angelegt')).toBeVisible();

  // The same branches again, one with a new phone number, and a new one in Dresden whose postcode
  // lost its leading zero in Excel.
  await fileInput.setInputFiles(
    branchesCsv(
      (index) => (index === 57 ? '0471 4829399' : '0471 4829320'),
      ['P-61;  Filiale Neustadt ;Königsbrücker Straße 1;Dresden;1099;0351 123456;'],
    ),
  );
  const answer = page.waitForResponse((response) => response.url().endsWith('/locations/import/preview'));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  // The report carries every row's values; compressed on the way, it stays small.
  expect((await answer).headers()['content-encoding']).toBe('gzip');
  await expect(page.getByText('1 zu aktualisieren')).toBeVisible();
  await expect(page.getByText('59 unverändert')).toBeVisible();

  // Fifty rows a page, in the file's order.
  const rows = page.getByRole('table').getByRole('row');
  await expect(page.getByText('Zeilen 1–50 von 61')).toBeVisible();
  await expect(rows).toHaveCount(51);
  await expect(rows.filter({ hasText: 'P-51' })).toHaveCount(0);
  const previous = page.getByRole('button', { name: 'Vorherige Seite' });
  const next = page.getByRole('button', { name: 'Nächste Seite' });
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await next.click();
  await expect(page.getByText('Zeilen 51–61 von 61')).toBeVisible();
  await expect(page.getByText('Seite 2 von 2')).toBeVisible();
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(rows).toHaveCount(12);
  // The new row as it will be stored: trimmed, the leading zero put back (with a note), phone read.
  const added = rows.filter({ hasText: 'P-61' });
  await expect(added).toContainText('Neu');
  await expect(added).toContainText('Filiale Neustadt');
  await expect(added).toContainText('01099 Dresden');
  await expect(added).toContainText('+49 351 123456');
  await expect(added).toContainText('keine Angabe');
  await expect(added).toContainText('Hinweis: Postleitzahl „1099“ als „01099“ gelesen');
  await page.screenshot({ path: test.info().outputPath('import-preview-page-2-1280.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  const changed = rows.filter({ hasText: 'P-57' });
  await expect(changed).toContainText('Geändert');
  await expect(changed).toContainText(/Telefon: \+49 471 4829320 →.*\+49 471 4829399/);
  await expect(rows.filter({ hasText: 'P-56' })).toContainText('Unverändert');
  await expect(rows.filter({ hasText: 'P-56' })).not.toContainText('Telefon:');
  // The keyboard pages back.
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Zeilen 1–50 von 61')).toBeVisible();

  // Only the changed rows.
  await page.getByRole('button', { name: 'Geändert (1)' }).click();
  await expect(page.getByRole('button', { name: 'Geändert (1)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Zeile 1 von 1')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('navigation', { name: 'Seiten der Zeilenliste' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('import-preview-1280.png'), fullPage: true });

  // On a phone the rows are cards, and nothing is cut off or scrolls sideways.
  await page.setViewportSize(largePhone);
  const card = page.getByRole('listitem').filter({ hasText: 'P-57' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Zeile 58');
  await expect(card).toContainText(/Telefon: \+49 471 4829320 →.*\+49 471 4829399/);
  await expect(page.getByRole('table')).toBeHidden();
  expect(await sidewaysScrollers(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('import-preview-390.png'), fullPage: true });
  await page.getByRole('button', { name: 'Alle (61)' }).click();
  await page.getByRole('button', { name: 'Nächste Seite' }).click();
  await expect(page.getByText('Zeilen 51–61 von 61')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'P-61' })).toContainText('Hinweis:');
  expect(await sidewaysScrollers(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('import-preview-page-2-390.png'), fullPage: true });
});
