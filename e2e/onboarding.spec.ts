import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';
import { linkPath, waitForMail } from './support/mailbox';

test('a new owner signs up, creates the business and invites a colleague who joins by mail', async ({
  page,
  browser,
}) => {
  const owner = newAccount('Owner');
  await signUp(page, owner);
  await expect(page).toHaveURL(/\/organisations\/new$/);
  const organisationName = `Bäckerei ${owner.name}`;
  const dashboard = await createOrganisation(page, organisationName);

  const colleague = newAccount('Colleague');
  await page.goto(`${dashboard}/settings/members`);
  await page.getByLabel('E-Mail-Adresse').fill(colleague.email);
  await page.getByLabel('Rolle', { exact: true }).selectOption('MANAGER');
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(page.getByText(`Einladung an ${colleague.email} verschickt.`)).toBeVisible();
  await expect(page.getByText(colleague.email, { exact: true })).toBeVisible();

  const mail = await waitForMail(colleague.email, { subject: organisationName });
  const invitePath = linkPath(mail, '/invite/');

  // The colleague has no account yet: the invitation leads through sign-up and back.
  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await colleaguePage.goto(invitePath);
  await expect(colleaguePage.getByText(`${organisationName} als Manager:in beizutreten`)).toBeVisible();
  await colleaguePage.getByRole('link', { name: 'Konto erstellen' }).click();
  await colleaguePage.waitForURL(/\/sign-up\?callbackUrl=/);
  const signUpPath = new URL(colleaguePage.url()).pathname + new URL(colleaguePage.url()).search;
  await signUp(colleaguePage, colleague, signUpPath);
  await expect(colleaguePage).toHaveURL(new RegExp(`${invitePath}$`));
  await colleaguePage.getByRole('button', { name: 'Einladung annehmen' }).click();
  await expect(colleaguePage).toHaveURL(new RegExp(`${dashboard}$`));
  await expect(colleaguePage.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();

  // The link works once only.
  await colleaguePage.goto(invitePath);
  await expect(colleaguePage.getByRole('heading', { name: 'Einladung nicht gültig' })).toBeVisible();
  await colleagueContext.close();

  // The owner now sees the colleague as a manager, and no open invitation.
  await page.reload();
  await expect(page.getByLabel(`Rolle von ${colleague.name} ändern`)).toHaveValue('MANAGER');
  await expect(page.getByText('Keine offenen Einladungen.')).toBeVisible();
});

test('sign-up refuses bad input with a message per field and creates no account', async ({ page }) => {
  const account = newAccount('Careless');
  await page.goto('/sign-up');
  await page.getByLabel('Ihr Name').fill(account.name);
  await page.getByLabel('E-Mail-Adresse').fill('not-an-email');
  await page.getByLabel('Passwort', { exact: true }).fill('passwort1');
  await page.getByRole('button', { name: 'Konto erstellen' }).click();
  await expect(page.getByText('Das ist keine gültige E-Mail-Adresse.')).toBeVisible();
  await expect(page.getByText('Dieses Passwort ist zu verbreitet')).toBeVisible();
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Ihr Name')).toHaveValue(account.name);

  // A taken email is refused too.
  const existing = newAccount('Existing');
  await signUp(page, existing);
  await page.context().clearCookies();
  await page.goto('/sign-up');
  await page.getByLabel('Ihr Name').fill(account.name);
  await page.getByLabel('E-Mail-Adresse').fill(existing.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Konto erstellen' }).click();
  await expect(
    page.getByText('Zu dieser E-Mail-Adresse gibt es bereits ein Konto.', { exact: false }).first(),
  ).toBeVisible();
});
