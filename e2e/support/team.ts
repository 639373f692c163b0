// A team for the journeys: an owner with a new organisation, members who join through the
// invitation mail (staff on a phone), and locations with a responsible person.
import { expect, type Browser, type Page } from '@playwright/test';
import { createOrganisation, newAccount, signUp, type Account } from './accounts';
import { newPhonePage } from './layout';
import { linkPath, waitForMail } from './mailbox';

export type Team = { owner: Account; organisationName: string; dashboard: string };

/** Signs up a new owner (named after `ownerLabel`) and creates their organisation. */
export async function createTeam(
  page: Page,
  ownerLabel: string,
  organisationPrefix = 'Bäckerei',
): Promise<Team> {
  const owner = newAccount(ownerLabel);
  await signUp(page, owner);
  const organisationName = `${organisationPrefix} ${owner.name}`;
  const dashboard = await createOrganisation(page, organisationName);
  return { owner, organisationName, dashboard };
}

/**
 * Invites `account` with `role` from the owner's `page`; they sign up from the invitation in a
 * browser window of their own (a phone for staff) and land on the dashboard. Returns their page.
 */
export async function inviteAndJoin(
  page: Page,
  browser: Browser,
  team: Team,
  account: Account,
  role: 'STAFF' | 'MANAGER',
) {
  await page.goto(`${team.dashboard}/settings/members`);
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Rolle', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  const invitePath = linkPath(
    await waitForMail(account.email, { subject: team.organisationName }),
    '/invite/',
  );
  const joined =
    role === 'STAFF' ? await newPhonePage(browser) : await (await browser.newContext()).newPage();
  await joined.goto(invitePath);
  await joined.getByRole('link', { name: 'Konto erstellen' }).click();
  await joined.waitForURL(/\/sign-up\?callbackUrl=/);
  const signUpUrl = new URL(joined.url());
  await signUp(joined, account, signUpUrl.pathname + signUpUrl.search);
  await joined.getByRole('button', { name: 'Einladung annehmen' }).click();
  await expect(joined).toHaveURL(new RegExp(`${team.dashboard}$`));
  return joined;
}

type NewLocation = { name: string; storeCode: string; street: string; responsible: Account };

/** Creates a location in Bremerhaven with `responsible` in charge of it; returns its id. */
export async function createLocation(page: Page, dashboard: string, location: NewLocation) {
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill(location.name);
  await page.getByLabel('Filialcode').fill(location.storeCode);
  await page.getByLabel('Straße und Hausnummer').fill(location.street);
  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByLabel('Zuständige Person').selectOption({ label: location.responsible.name });
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  return page.url().split('/').at(-1)!;
}
