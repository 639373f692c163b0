// Stored text is shown as text (issue #6, item 6): names, cities, listing fields, check-in notes
// and time-entry notes that look like HTML, script, template or spreadsheet-formula injections
// are entered through the form and the API, then every page that shows them is opened in a real
// browser. No markup from them becomes an element or runs, the literal text is visible, and in
// the CSV exports cells that a spreadsheet would run as a formula are guarded.
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { formatIsoWeek, isoWeekOfDate } from '../lib/weeks/iso-week';
import { createTeam } from './support/team';

const imageInjection = '<img src=x onerror="window.__pwned=1">';
const scriptInjection = '"><script>window.__pwned=1</script>';
const templateInjection = '{{7*7}}';
const formulaInjection = '=HYPERLINK("http://evil")';

/** Today on the organisation's clock (Berlin), as YYYY-MM-DD. */
function berlinToday() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** Nothing from the stored text became markup: no injected element, no script ran, no dialog. */
async function expectInert(page: Page, dialogs: string[]) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const injected = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    scripts: [...document.scripts].filter((script) => script.textContent === 'window.__pwned=1').length,
    handlers: document.querySelectorAll('[onerror]').length,
  }));
  expect(injected).toEqual({ pwned: undefined, scripts: 0, handlers: 0 });
  expect(dialogs).toEqual([]);
}

/** Every cell of a CSV that a spreadsheet would run as a formula, i.e. starts with = + - or @. */
function formulaCells(csv: string) {
  const rows = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
  return rows.flat().filter((cell) => /^[=+@]/.test(cell) || (/^-/.test(cell) && Number.isNaN(Number(cell))));
}

test('text that looks like markup, a template or a formula is stored and shown as text everywhere', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { owner, dashboard } = await createTeam(page, 'Escaper');

  // Through the form: a location named like an image with an onerror handler, in a "script" town.
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill(imageInjection);
  await page.getByLabel('Filialcode').fill('XSS-1');
  await page.getByLabel('Straße und Hausnummer').fill('Hafenstraße 1');
  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Ort', { exact: true }).fill(scriptInjection);
  await page.getByLabel('Breitengrad').fill('53,54');
  await page.getByLabel('Längengrad').fill('8,58');
  await page.getByLabel('Zuständige Person').selectOption({ label: owner.name });
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  const firstId = page.url().split('/').at(-1)!;
  await expect(page.getByRole('heading', { level: 1, name: imageInjection })).toBeVisible();
  await expectInert(page, dialogs);

  // Through the API: a second location, a listing, a check-in and time entries.
  await page.goto(`${dashboard}/settings/api-tokens`);
  await page.getByLabel('Name', { exact: true }).fill(templateInjection);
  await page.getByRole('button', { name: 'Token anlegen' }).click();
  const headers = { authorization: `Bearer ${await page.getByLabel('Neues API-Token').inputValue()}` };
  await expect(
    page.getByText(templateInjection, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expectInert(page, dialogs);

  const first = await (await page.request.get(`/api/v1/locations/${firstId}`, { headers })).json();
  expect(first).toMatchObject({ name: imageInjection, city: scriptInjection });
  const second = await page.request.post('/api/v1/locations', {
    headers,
    data: {
      storeCode: 'XSS-2',
      name: formulaInjection,
      street: 'Deichstraße 2',
      postalCode: '27568',
      city: templateInjection,
      description: scriptInjection,
      latitude: 53.6,
      longitude: 8.7,
      assignedMembershipId: first.assignedMembershipId,
    },
  });
  expect(second.status()).toBe(201);
  const secondId = (await second.json()).id as string;

  const platforms = (await (await page.request.get('/api/v1/platforms', { headers })).json()).data as {
    id: string;
    key: string;
  }[];
  const google = platforms.find((platform) => platform.key === 'google-business-profile')!;
  const listing = await page.request.put(`/api/v1/locations/${firstId}/listings/${google.id}`, {
    headers,
    data: {
      version: 0,
      status: 'NEEDS_UPDATE',
      shownName: scriptInjection,
      shownCity: imageInjection,
      notes: imageInjection,
    },
  });
  expect(listing.status()).toBe(201);

  const today = berlinToday();
  const week = formatIsoWeek(isoWeekOfDate(today));
  const checkIn = await page.request.put(`/api/v1/locations/${firstId}/checkins/${week}`, {
    headers,
    data: { notes: scriptInjection, blockers: imageInjection },
  });
  expect(checkIn.status()).toBe(200);

  for (const [locationId, note] of [
    [firstId, imageInjection],
    [secondId, formulaInjection],
  ]) {
    const entry = await page.request.post('/api/v1/time-entries', {
      headers,
      data: { locationId, platformId: google.id, activity: 'POSTING', date: today, minutes: 15, note },
    });
    expect(entry.status()).toBe(201);
  }

  // The location list and the detail pages.
  await page.goto(`${dashboard}/locations`);
  for (const name of [imageInjection, formulaInjection])
    await expect(page.getByText(name, { exact: true }).filter({ visible: true }).first()).toBeVisible();
  for (const city of [scriptInjection, templateInjection])
    await expect(page.getByText(`27568 ${city}`).filter({ visible: true }).first()).toBeVisible();
  await expectInert(page, dialogs);

  await page.goto(`${dashboard}/locations/${secondId}`);
  await expect(page.getByRole('heading', { level: 1, name: formulaInjection })).toBeVisible();
  await expect(
    page.getByText(scriptInjection, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expectInert(page, dialogs);

  await page.goto(`${dashboard}/locations/${firstId}/edit`);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(imageInjection);
  await expect(page.getByLabel('Ort', { exact: true })).toHaveValue(scriptInjection);
  await expectInert(page, dialogs);

  // The listings matrix and the location's checklist.
  await page.goto(`${dashboard}/listings`);
  await expect(
    page.getByText(imageInjection, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText(formulaInjection, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expectInert(page, dialogs);

  await page.goto(`${dashboard}/locations/${firstId}/listings`);
  await expect(page.getByRole('heading', { level: 1, name: `Einträge von ${imageInjection}` })).toBeVisible();
  await page.locator('main details[name="checklist-item"] > summary').first().click();
  const fieldValues = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
        (field) => field.value,
      ),
    );
  await expect.poll(fieldValues).toEqual(expect.arrayContaining([scriptInjection, imageInjection]));
  await expectInert(page, dialogs);

  // The check-in form and the week's list.
  await page.goto(`${dashboard}/locations/${firstId}/checkins/${week}`);
  await expect(page.getByLabel('Notizen')).toHaveValue(scriptInjection);
  await expect(page.getByLabel('Hindernisse')).toHaveValue(imageInjection);
  await expectInert(page, dialogs);

  await page.goto(`${dashboard}/checkins`);
  await expect(
    page.getByText(imageInjection, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expect(page.getByText(`XSS-1 · ${scriptInjection}`).filter({ visible: true }).first()).toBeVisible();
  await expectInert(page, dialogs);

  // The map: the list beside it, the markers' tooltips and the popup (built from DOM nodes).
  await page.goto(`${dashboard}/locations/map`);
  await expect(page.locator('[data-status="ready"]')).toBeVisible();
  const inView = page.getByRole('region', { name: 'Standorte im Kartenausschnitt' });
  await expect(inView.getByRole('link', { name: imageInjection })).toBeVisible();
  await expect(inView.getByRole('link', { name: formulaInjection })).toBeVisible();
  await page
    .locator('.leaflet-marker-icon')
    .and(page.getByTitle(imageInjection, { exact: true }))
    .click();
  const popup = page.locator('.leaflet-popup-content');
  await expect(popup.getByText(imageInjection, { exact: true })).toBeVisible();
  await expect(popup.getByText(scriptInjection, { exact: true })).toBeVisible();
  await expect(popup.locator('img, script')).toHaveCount(0);
  await expectInert(page, dialogs);

  // The dashboard and the time log.
  await page.goto(dashboard);
  await expectInert(page, dialogs);

  await page.goto(`${dashboard}/time`);
  await expect(
    page.getByText(imageInjection, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText(formulaInjection, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expectInert(page, dialogs);

  // The CSV exports: the text is there, and no cell starts a formula.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV exportieren' }).click(),
  ]);
  const timeCsv = await readFile(await download.path(), 'utf8');
  expect(parse(timeCsv.replace(/^\uFEFF/, ''), { relax_column_count: true }).flat()).toEqual(
    expect.arrayContaining([imageInjection, `'${formulaInjection}`]),
  );
  expect(formulaCells(timeCsv)).toEqual([]);

  const locationsCsv = await (await page.request.get(`${dashboard}/locations/export`)).text();
  expect(parse(locationsCsv.replace(/^\uFEFF/, ''), { relax_column_count: true }).flat()).toEqual(
    expect.arrayContaining([imageInjection, scriptInjection, `'${formulaInjection}`, templateInjection]),
  );
  expect(formulaCells(locationsCsv)).toEqual([]);
});
