// Your data is yours (#6): change the password (other sessions end, the old password stops
// working), download the organisation's export, delete the account with its organisation.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { createOrganisation, newAccount, signIn, signUp } from './support/accounts';

test('an owner changes the password, exports the organisation and deletes the account', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const account = newAccount('Datenhalterin');
  await signUp(page, account);
  const dashboard = await createOrganisation(page, `Friseur ${account.name}`);

  // A second browser signed in to the same account.
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, account);

  await page.goto('/account');
  await page.getByLabel('Aktuelles Passwort', { exact: true }).fill('not the password');
  await page.getByLabel('Neues Passwort', { exact: true }).fill('Neues-Passwort-Hafen-77');
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByText('Das aktuelle Passwort ist falsch.').first()).toBeVisible();

  const newPassword = `Geestemünde-${account.password}`;
  await page.getByLabel('Aktuelles Passwort', { exact: true }).fill(account.password);
  await page.getByLabel('Neues Passwort', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByRole('status').getByText('Ihr Passwort wurde geändert.')).toBeVisible();

  // This browser stays signed in; the other one is signed out, and the old password is refused.
  await page.goto(dashboard);
  await expect(page).toHaveURL(new RegExp(`${dashboard}$`));
  await otherPage.goto(dashboard);
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await otherPage.getByLabel('E-Mail-Adresse').fill(account.email);
  await otherPage.getByLabel('Passwort', { exact: true }).fill(account.password);
  await otherPage.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(
    otherPage.getByRole('alert').getByText('E-Mail-Adresse oder Passwort ist falsch.'),
  ).toBeVisible();
  await signIn(otherPage, { ...account, password: newPassword });
  await otherContext.close();

  // The organisation's export: a zip with a JSON and a CSV per table, a README and a manifest.
  await page.goto(`${dashboard}/settings/data`);
  await expect(page.getByRole('heading', { level: 1, name: 'Daten & Löschung' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'ZIP herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ortsbild-[a-z0-9-]+-\d{8}-\d{4}Z\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['README.txt', 'manifest.json', 'members.json', 'members.csv', 'locations.csv']),
  );
  const members = JSON.parse(new TextDecoder().decode(files['members.json']));
  expect(members).toEqual([expect.objectContaining({ email: account.email, role: 'OWNER' })]);

  // Deleting the account takes the organisation only this account belongs to with it.
  await page.goto('/account');
  await expect(page.getByText(/werden mit Ihrem Konto gelöscht: Friseur/)).toBeVisible();
  await page.getByLabel('Aktuelles Passwort zur Bestätigung').fill(newPassword);
  await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
  await expect(page).toHaveURL(/\/sign-in\?accountDeleted=1$/);
  await expect(page.getByText('Ihr Konto wurde gelöscht. Alle Sitzungen sind beendet.')).toBeVisible();
  await page.goto(dashboard);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByRole('alert').getByText('E-Mail-Adresse oder Passwort ist falsch.')).toBeVisible();
});
