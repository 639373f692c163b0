// Browser steps that several journeys share. Every account is new (unique email), so journeys
// never depend on each other or on data from earlier runs.
import { expect, type Page } from '@playwright/test';

export type Account = { name: string; email: string; password: string };

export function newAccount(label: string): Account {
  const id = crypto.randomUUID().slice(0, 8);
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase()}-${id}@ortsbild.test`,
    password: `Hafenbrise-${id}!`,
  };
}

/** Signs up through the form (German UI) and waits until the account is signed in. */
export async function signUp(page: Page, account: Account, startPath = '/sign-up') {
  await page.goto(startPath);
  await page.getByLabel('Ihr Name').fill(account.name);
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Konto erstellen' }).click();
  await expect(page).not.toHaveURL(/\/sign-up/);
}

export async function signIn(page: Page, account: Account) {
  await page.goto('/sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * Creates an organisation on the onboarding page; returns the path of its dashboard. The kind of
 * business decides its platforms: "Anderer Betrieb" (the default here) keeps all 21.
 */
export async function createOrganisation(page: Page, name: string, businessType = 'Anderer Betrieb') {
  await page.goto('/organisations/new');
  await page.getByLabel('Name des Betriebs').fill(name);
  await page.getByRole('radio', { name: businessType }).check();
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(page).toHaveURL(/\/o\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}
