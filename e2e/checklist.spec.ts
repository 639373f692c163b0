import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';

test('the checklist fits a laptop screen, compares the data side by side, says when it replaces the chosen status, and refuses to overwrite a newer save', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
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

  // A compact list grouped by kind: all 21 platforms in about one and a half laptop screens.
  const items = page.locator('main details[name="checklist-item"]');
  await expect(items).toHaveCount(21);
  await expect(page.getByRole('heading', { level: 2, name: /^Karten \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Navigation \(\d+\)$/ })).toBeVisible();
  const list = await page.locator('main .\\@container').first().boundingBox();
  expect(list!.height).toBeLessThanOrEqual(1.5 * 900);
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Eintrag anlegen oder beanspruchen: 21' }),
  ).toBeVisible();
  await expect(page.getByText('0 von 100')).toBeVisible();

  const google = page.locator('#google-business-profile');
  const positionOfGoogle = () =>
    items.evaluateAll((all) => all.findIndex((item) => item.id === 'google-business-profile'));
  const googleAt = await positionOfGoogle();
  await expect(google.locator(':scope > summary')).toContainText('Nicht begonnen');
  await expect(google.locator(':scope > summary')).toContainText('Nie');

  // A second tab opens the same item before the first one saves.
  const secondContext = await browser.newContext({ storageState: await page.context().storageState() });
  const second = await secondContext.newPage();
  await second.goto(checklistUrl);
  const secondGoogle = second.locator('#google-business-profile');
  await secondGoogle.locator(':scope > summary').click();

  // One item is open at a time.
  await page.locator('#apple-business-connect > summary').click();
  await expect(page.locator('#apple-business-connect')).toHaveAttribute('open', '');
  await google.locator(':scope > summary').click();
  await expect(page.locator('#apple-business-connect')).not.toHaveAttribute('open');
  await expect(google.getByText('Eintrag anlegen oder beanspruchen')).toBeVisible();

  // Formatting-only differences are fine; a different phone number replaces "live", and the
  // confirmation says so. The item stays where it was and keeps focus.
  await google.getByLabel('Status').selectOption('LIVE');
  await google.getByLabel('Straße und Hausnummer').fill('Hafenstr. 145');
  await google.getByLabel('Telefon').fill('0471 4829399');
  await google.getByRole('button', { name: 'Speichern' }).click();
  const confirmation = google.getByRole('status');
  await expect(confirmation).toHaveText(
    'Gespeichert – aber als „Muss aktualisiert werden“ statt „Live und korrekt“, weil die Plattform von den Stammdaten abweicht bei: Telefon.',
  );
  await expect(confirmation).toBeFocused();
  await expect(google).toHaveAttribute('open', '');
  expect(await positionOfGoogle()).toBe(googleAt);
  await expect(google.locator(':scope > summary')).toContainText('Muss aktualisiert werden');
  await expect(google.locator(':scope > summary')).toContainText('Abweichung bei: Telefon');

  // Master and platform side by side, the differing digits marked, the reason named.
  const comparison = google.getByRole('region', { name: 'Stammdaten und Plattform im Vergleich' });
  const phone = comparison.locator('dl > div').filter({ has: page.locator('dt', { hasText: 'Telefon' }) });
  await expect(phone).toContainText('Weicht ab');
  await expect(phone.locator('mark')).toHaveText(['20', '99']);
  const street = comparison.locator('dl > div').filter({ has: page.locator('dt', { hasText: 'Straße' }) });
  await expect(street).toContainText('Stimmt (anders geschrieben)');
  await expect(street.locator('mark')).toHaveCount(0);
  await expect(google.getByText('Daten auf der Plattform korrigieren')).toBeVisible();

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

  // A link to the item opens it.
  await page.goto(dashboard);
  await page.goto(`${checklistUrl}#google-business-profile`);
  await expect(google).toHaveAttribute('open', '');
  await google.getByText(/^Verlauf/).click();
  await expect(page.getByText('Status: Muss aktualisiert werden → Nicht relevant')).toBeVisible();
});

test('on a phone the checklist rows stack without scrolling sideways', async ({ page }) => {
  const owner = newAccount('Handy');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Laden ${owner.name}`);
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Kiosk am Deich');
  await page.getByLabel('Filialcode').fill('K-1');
  await page.getByLabel('Straße und Hausnummer').fill('Am Deich 3');
  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${page.url()}/listings`);
  await page.locator('#google-business-profile > summary').click();
  await expect(page.getByRole('heading', { name: 'Eintrag bearbeiten' })).toBeVisible();
  await expect(page.locator('#google-business-profile > summary')).toContainText('Geprüft: Nie');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
