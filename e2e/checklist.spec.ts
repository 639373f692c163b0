import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';

test('the checklist leads with the next action, flags a wrong phone, and refuses to overwrite a newer save', async ({
  page,
  browser,
}) => {
  const owner = newAccount('Lister');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Laden ${owner.name}`);
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Laden am Hafen');
  await page.getByLabel('Filialcode').fill('H-1');
  await page.getByLabel('Straße und Hausnummer').fill('Hafenstraße 145');
  await page.getByLabel('PLZ').fill('27576');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByLabel('Telefon').fill('0471 4829320');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  const checklistUrl = `${page.url()}/listings`;
  await page.goto(checklistUrl);

  // Items move as their next action changes, so each is found by its platform's heading.
  const item = (target: typeof page, name: string) =>
    target.locator('main ol > li').filter({ has: target.getByRole('heading', { name, exact: true }) });
  const google = item(page, 'Google Business Profile');
  await expect(page.locator('main ol > li').first()).toContainText('Google Business Profile');
  await expect(google.getByRole('heading', { name: 'Google Business Profile' })).toBeVisible();
  await expect(google.getByText('Eintrag anlegen oder beanspruchen')).toBeVisible();
  await expect(page.getByText('0 von 100')).toBeVisible();

  // A second tab opens the same item before the first one saves.
  const secondContext = await browser.newContext({ storageState: await page.context().storageState() });
  const second = await secondContext.newPage();
  await second.goto(checklistUrl);
  const secondGoogle = item(second, 'Google Business Profile');
  await secondGoogle.getByText('Eintrag bearbeiten').click();

  // Formatting-only differences are fine; a different phone number is flagged.
  await google.getByText('Eintrag bearbeiten').click();
  await google.getByLabel('Status').selectOption('LIVE');
  await google.getByLabel('Straße und Hausnummer').fill('Hafenstr. 145');
  await google.getByLabel('Telefon').fill('0471 / 48 29-399');
  await google.getByRole('button', { name: 'Speichern' }).click();
  await expect(google.getByText('Gespeichert.')).toBeVisible();
  await page.reload();
  const saved = item(page, 'Google Business Profile');
  await expect(saved.getByText('Muss aktualisiert werden', { exact: true }).first()).toBeVisible();
  await expect(saved.getByText('Abweichung bei: Telefon')).toBeVisible();
  await expect(saved.getByText('Daten auf der Plattform korrigieren')).toBeVisible();

  // The second tab's save is refused with the newer state; saving again then works.
  await secondGoogle.getByLabel('Status').selectOption('NOT_APPLICABLE');
  await secondGoogle.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    secondGoogle.getByText('Jemand anderes hat diesen Eintrag inzwischen geändert.', { exact: false }),
  ).toBeVisible();
  await expect(
    secondGoogle.getByText('Aktueller Stand: Muss aktualisiert werden, Version 1.', { exact: false }),
  ).toBeVisible();
  await secondGoogle.getByRole('button', { name: 'Speichern' }).click();
  await expect(secondGoogle.getByText('Gespeichert.')).toBeVisible();
  await secondContext.close();

  await page.reload();
  await page
    .locator('main ol > li')
    .filter({ hasText: 'Google Business Profile' })
    .getByText(/^Verlauf/)
    .click();
  await expect(page.getByText('Status: Muss aktualisiert werden → Nicht relevant')).toBeVisible();
});
