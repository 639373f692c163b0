// Signed webhooks (#16) in the browser: an owner adds an endpoint (the test's website server on
// 127.0.0.1, the one outside address the e2e app may reach), copies its secret shown once, sends a
// test event through the app's job queue, reads it in the delivery log, rotates the secret and
// switches the endpoint off; screenshots at 1280 and 390 px, axe on both pages. A Slack endpoint
// shows no secret and gets its test message through the same queue and log.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { screenshots } from './support/screenshots';
import { createTeam } from './support/team';

const receiverUrl = process.env.E2E_WEBSITE_URL!;

test('an owner adds a webhook, sends a test event, reads the delivery log and rotates the secret', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await createTeam(page, 'Webhooks');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .first()
    .getByRole('link', { name: 'Webhooks' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(page.getByText('Noch kein Endpunkt eingerichtet.')).toBeVisible();

  // Without an event the form says what is missing and keeps the address.
  await page.getByLabel('Adresse (URL)').fill('ftp://erp.example/hooks');
  await page.getByRole('button', { name: 'Endpunkt anlegen' }).click();
  await expect(
    page.getByText('Bitte eine vollständige Adresse mit https:// oder http:// angeben.'),
  ).toBeVisible();
  await expect(page.getByText('Bitte mindestens ein Ereignis wählen.')).toBeVisible();

  await page.getByLabel('Adresse (URL)').fill(`${receiverUrl}hooks`);
  await page.getByLabel('Beschreibung').fill('Warenwirtschaft');
  await page.getByLabel(/Standort angelegt/).check();
  await page.getByLabel(/Check-in abgeschlossen/).check();
  await page.getByRole('button', { name: 'Endpunkt anlegen' }).click();
  await expect(page.getByText('Endpunkt angelegt.', { exact: false })).toBeVisible();
  const secret = await page.getByLabel('Signatur-Geheimnis').inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

  const entry = page.getByRole('listitem').filter({ hasText: 'Warenwirtschaft' });
  await expect(entry).toContainText('Aktiv');
  await expect(entry).toContainText('Ereignisse: Standort angelegt, Check-in abgeschlossen');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await screenshots(page, testInfo, 'webhooks');

  await entry.getByRole('button', { name: 'Testereignis senden' }).click();
  await expect(page.getByText('Testereignis ist unterwegs', { exact: false })).toBeVisible();

  // The app's job queue delivers it; the log shows the attempt with its status code and time.
  await entry.getByRole('link', { name: 'Zustellprotokoll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zustellprotokoll' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'webhook.test' });
  await expect(async () => {
    await page.reload();
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^\d{3}$/, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText('Testereignis');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^\d{1,5} ms$/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await screenshots(page, testInfo, 'webhook-deliveries');

  // A new secret, shown once, replaces the old one; switching off shows in the list.
  await page.getByRole('link', { name: 'Zurück zu den Webhooks' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await entry.getByRole('button', { name: 'Secret erneuern' }).click();
  await expect(page.getByText('Neues Geheimnis erzeugt.', { exact: false })).toBeVisible();
  const rotated = await page.getByLabel('Signatur-Geheimnis').inputValue();
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(secret);
  await entry.getByRole('button', { name: 'Ausschalten' }).click();
  await expect(entry).toContainText('Ausgeschaltet');
  await expect(entry.getByRole('button', { name: 'Testereignis senden' })).toHaveCount(0);
});

test('an owner adds a Slack endpoint: no secret, the format in the list, a readable test message', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const team = await createTeam(page, 'Webhook-Chat');
  await page.goto(`${team.dashboard}/settings/webhooks`);
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Standard Webhooks/ })).toBeChecked();
  await expect(page.getByText('Chat-Nachrichten werden nicht signiert', { exact: false })).toBeVisible();

  await page.getByLabel('Adresse (URL)').fill(`${receiverUrl}slack`);
  await page.getByLabel('Beschreibung').fill('Filialkanal');
  await page.getByRole('radio', { name: /^Slack/ }).check();
  await page.getByLabel(/Check-in überfällig/).check();
  await page.getByRole('button', { name: 'Endpunkt anlegen' }).click();
  await expect(page.getByText('Senden Sie ein Testereignis', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Signatur-Geheimnis')).toHaveCount(0);

  const entry = page.getByRole('listitem').filter({ hasText: 'Filialkanal' });
  await expect(entry).toContainText('Format: Slack');
  await expect(entry.getByRole('button', { name: 'Secret erneuern' })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await screenshots(page, testInfo, 'webhooks-chat');

  await entry.getByRole('button', { name: 'Testereignis senden' }).click();
  await expect(page.getByText('Testereignis ist unterwegs', { exact: false })).toBeVisible();
  // The log shows the attempt and the receiver's status code (the test server answers a POST to an
  // unknown path with an error, which a real Slack would not).
  await page.goto((await entry.getByRole('link', { name: 'Zustellprotokoll' }).getAttribute('href'))!);
  await expect(page.getByRole('heading', { level: 1, name: 'Zustellprotokoll' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'webhook.test' });
  await expect(async () => {
    await page.reload();
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^\d{3}$/, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});
