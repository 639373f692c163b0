// Listings verified automatically (#15): an owner switches OpenStreetMap and the website on, sets a
// status by hand, presses "Jetzt prüfen" and follows the progress; the app's job queue asks the
// local Overpass API (tests/support/outside-servers.ts, answering from the OpenStreetMap fixtures)
// and the business's local website. The Bremen fixture's bakery states another phone number, so
// the OpenStreetMap item shows the difference with its links, and the status set by hand gets a
// suggestion to accept; the website has no structured data and gets the JSON-LD to paste.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { createOrganisation, newAccount, signUp } from './support/accounts';
import { waitForMail } from './support/mailbox';
import { screenshots } from './support/screenshots';

const websiteUrl = process.env.E2E_WEBSITE_URL!;

/** The location form takes domain names only; the test's website runs on 127.0.0.1. */
async function setWebsite(locationId: string, website: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('UPDATE locations SET website = $1 WHERE id = $2', [website, locationId]);
  } finally {
    await client.end();
  }
}

/** Backstube Nord at the Bremen fixture's position, with `phone` and, given one, `website`. */
async function createBakery(page: Page, dashboard: string, phone: string, website?: string) {
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Backstube Nord');
  await page.getByLabel('Filialcode').fill('HB-1');
  await page.getByLabel('Straße und Hausnummer').fill('Sögestraße 12');
  await page.getByLabel('PLZ').fill('28195');
  await page.getByLabel('Ort', { exact: true }).fill('Bremen');
  await page.getByLabel('Telefon').fill(phone);
  await page.getByLabel('Breitengrad').fill('53,0775');
  await page.getByLabel('Längengrad').fill('8,8065');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  const locationId = page.url().split('/').at(-1)!;
  if (website) await setWebsite(locationId, website);
  return locationId;
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

test('an owner switches OpenStreetMap on, checks a location now, sees the difference and accepts the suggested status', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const owner = newAccount('Pruefer');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Backstube ${owner.name}`);
  const locationId = await createBakery(page, dashboard, '0421 3398810', websiteUrl);
  const checklist = `${dashboard}/locations/${locationId}/listings`;

  // Nothing is switched on yet: the checklist shows the owner the way to the settings.
  await page.goto(checklist);
  await expect(page.getByText('Es ist noch keine Quelle eingeschaltet.')).toBeVisible();
  await page.getByRole('link', { name: 'Automatische Prüfung einrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Automatische Prüfung' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Google' })).toBeDisabled();
  await expect(page.getByText('Nicht verfügbar: Auf dem Server ist kein Google-API-Schlüssel')).toBeVisible();
  await page.getByRole('checkbox', { name: 'OpenStreetMap' }).check();
  await page.getByRole('checkbox', { name: 'Ihre Website' }).check();
  await expect(page.getByRole('radio', { name: 'Aus' })).toBeChecked();
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByText('Die Einstellungen sind gespeichert.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'OpenStreetMap' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Jetzt alle Standorte prüfen' })).toBeVisible();
  await screenshots(page, testInfo, 'verification-settings');

  // The OpenStreetMap listing was set live by hand, so a check that finds it differing suggests.
  await page.goto(`${checklist}#openstreetmap`);
  const osm = page.locator('#openstreetmap');
  await expect(osm).toHaveAttribute('open', '');
  await osm.getByLabel('Status').selectOption('LIVE');
  await osm.getByRole('button', { name: 'Speichern' }).click();
  await expect(osm.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();

  await page.getByRole('button', { name: 'Jetzt prüfen' }).click();
  const progress = page.getByRole('region', { name: 'Fortschritt der Prüfung' });
  await expect(progress).toBeVisible();
  await expect(progress.locator('progress')).toHaveCount(2);
  await expect(progress.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  await expect(progress).toContainText('Die Prüfung ist abgeschlossen.', { timeout: 60_000 });
  // One location, asked of both sources.
  await expect(progress.getByText('1 von 1 geprüft')).toHaveCount(2);
  await expect(progress).toContainText('Ergebnis: 1 weicht ab');

  // The page refreshes itself: the item is marked and shows what OpenStreetMap states.
  await expect(osm.locator(':scope > summary')).toContainText('automatisch geprüft');
  await expect(osm.locator(':scope > summary')).toContainText('Abweichung bei: Telefon');
  const observation = osm.getByRole('region', {
    name: /^OpenStreetMap, geprüft am \d{1,2}\.\d{1,2}\.\d{4}, \d\d:\d\d$/,
  });
  await expect(observation).toContainText('Gefunden, aber abweichend bei: Telefon');
  const phone = observation.locator('dl > div').filter({ has: page.locator('dt', { hasText: 'Telefon' }) });
  await expect(phone).toContainText('Weicht ab');
  await expect(phone).toContainText('+49 421 3398811');
  await expect(observation.getByRole('link', { name: 'Auf OpenStreetMap ansehen' })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/node/5120334401',
  );
  await expect(observation.getByRole('link', { name: 'Im Editor öffnen' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.openstreetmap\.org\/edit\?node=5120334401#map=19\//,
  );

  // The website states nothing a reader can use: the snippet to paste is offered.
  const website = page.getByRole('region', { name: 'Ihre Website' });
  await expect(website).toContainText('Ihre Website nennt keine strukturierten Daten für diesen Standort');
  const snippet = website.getByLabel('Strukturierte Daten für diesen Standort (JSON-LD)');
  await expect(snippet).toHaveJSProperty('readOnly', true);
  await expect(snippet).toHaveValue(/<script type="application\/ld\+json">[\s\S]*"name": ?"Backstube Nord"/);
  await expect(website.getByRole('button', { name: 'Abschnitt kopieren' })).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'verification-checklist');

  // The status set by hand stays; the observation's becomes a suggestion to accept.
  await expect(osm.locator(':scope > summary')).toContainText('Live und korrekt');
  await expect(observation).toContainText(
    'Vorschlag: Status „Muss aktualisiert werden“ (weil OpenStreetMap abweicht bei: Telefon, Website)',
  );
  await observation.getByRole('button', { name: 'Vorschlag übernehmen' }).click();
  await expect(observation.getByRole('status')).toHaveText(
    'Der Status ist jetzt „Muss aktualisiert werden“.',
  );
  await expect(osm.locator(':scope > summary')).toContainText('Muss aktualisiert werden');
  await expect(observation.getByRole('button', { name: 'Vorschlag übernehmen' })).toHaveCount(0);
  // The open item's form follows the accepted status and saves on top of it without a conflict.
  const form = osm.getByRole('form', { name: 'Eintrag bearbeiten' });
  await expect(form.getByLabel('Status')).toHaveValue('NEEDS_UPDATE');
  await form.getByLabel('Notizen').fill('Telefonnummer bei OpenStreetMap korrigieren');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByText('Gespeichert.')).toBeVisible();
  await osm.getByText(/^Verlauf/).click();
  await expect(osm.getByText('Status: Live und korrekt → Muss aktualisiert werden')).toBeVisible();
});

/** Switches sources on in the settings (as an owner) and waits for the confirmation. */
async function switchOn(page: Page, dashboard: string, sources: string[]) {
  await page.goto(`${dashboard}/settings/verification`);
  for (const source of sources) await page.getByRole('checkbox', { name: source }).check();
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByText('Die Einstellungen sind gespeichert.')).toBeVisible();
}

/** "Jetzt prüfen" on the checklist, until the progress says the run is finished. */
async function checkNow(page: Page) {
  await page.getByRole('button', { name: 'Jetzt prüfen' }).click();
  await expect(page.getByRole('region', { name: 'Fortschritt der Prüfung' })).toContainText(
    'Die Prüfung ist abgeschlossen.',
    { timeout: 60_000 },
  );
}

test('a check sets the status itself when nobody set it by hand, names its source in the history, and a later difference becomes a notification and a mail', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const owner = newAccount('Melder');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Backstube ${owner.name}`);
  // The phone OpenStreetMap states: the first check finds the listing consistent.
  const locationId = await createBakery(page, dashboard, '0421 3398811');
  await switchOn(page, dashboard, ['OpenStreetMap']);

  const checklist = `${dashboard}/locations/${locationId}/listings`;
  await page.goto(`${checklist}#openstreetmap`);
  const osm = page.locator('#openstreetmap');
  await checkNow(page);
  await expect(osm.locator(':scope > summary')).toContainText('Live und korrekt');
  await expect(osm.locator(':scope > summary')).toContainText('Daten stimmen');
  await expect(osm).toContainText('Gefunden: alle Angaben stimmen mit den Stammdaten überein.');
  await osm.getByText(/^Verlauf/).click();
  await expect(osm.getByText(/^OpenStreetMap \(automatische Prüfung\), /)).toBeVisible();
  await expect(osm.getByText('Status: Nicht begonnen → Live und korrekt')).toBeVisible();

  // The master data's phone changes; OpenStreetMap now differs, which the owner hears about.
  await page.goto(`${dashboard}/locations/${locationId}/edit`);
  await page.getByLabel('Telefon').fill('0421 3398810');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(new RegExp(`/locations/${locationId}$`));
  await page.goto(`${checklist}#openstreetmap`);
  await checkNow(page);
  await expect(osm.locator(':scope > summary')).toContainText('Muss aktualisiert werden');

  const alert = 'OpenStreetMap zeigt für Backstube Nord jetzt abweichende Angaben: Telefon';
  await page.goto(`${dashboard}/notifications`);
  await expect(page.getByRole('link', { name: alert })).toHaveAttribute('href', `${checklist}#openstreetmap`);
  await screenshots(page, testInfo, 'verification-notifications');
  const mail = await waitForMail(owner.email, { subject: 'Backstube Nord: Änderung bei OpenStreetMap' });
  expect(mail.text).toContain(alert);
  await page.getByRole('link', { name: alert }).click();
  await expect(page.locator('#openstreetmap')).toHaveAttribute('open', '');
});
