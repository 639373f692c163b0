import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signIn, signUp } from './support/accounts';

test('a wrong password is refused with a clear message', async ({ page }) => {
  const account = newAccount('Forgetful');
  await signUp(page, account);
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill('definitely-wrong-password');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByRole('alert').getByText('E-Mail-Adresse oder Passwort ist falsch.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('signing out ends the session on the server, not only in this browser', async ({ page, browser }) => {
  const account = newAccount('Leaver');
  await signUp(page, account);
  const dashboard = await createOrganisation(page, `Werkstatt ${account.name}`);
  const cookiesWhileSignedIn = await page.context().cookies();

  await page.getByRole('button', { name: 'Abmelden' }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(dashboard);
  await expect(page).toHaveURL(/\/sign-in/);

  // Someone who copied the session cookie before sign-out gets nowhere with it.
  const replay = await browser.newContext();
  await replay.addCookies(cookiesWhileSignedIn);
  const replayPage = await replay.newPage();
  await replayPage.goto(dashboard);
  await expect(replayPage).toHaveURL(/\/sign-in/);
  await replay.close();

  // Signing in again works.
  await signIn(page, account);
  await expect(page).toHaveURL(new RegExp(`${dashboard}$`));
});

test('the language can be switched to English and is remembered on the account', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Choose English while signed in, then sign in from a fresh browser: still English.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  const account = newAccount('Polyglot');
  await signUp(page, account);
  const dashboard = await createOrganisation(page, `Apotheke ${account.name}`);
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('link', { name: 'Dashboard' }).first()).toBeVisible();

  // English dates as Europe writes them: the day before the month, a 24-hour clock.
  await page.goto(`${dashboard}/settings/checkins`);
  const nextReminder = page.getByTestId('next-reminder');
  await expect(nextReminder).toHaveText(/^Next reminder: /);
  await expect(nextReminder).toHaveText(/\b\d{1,2} [A-Z][a-z]{2} \d{4}\b/);
  await expect(nextReminder).toHaveText(/\b\d{2}:\d{2}\b/);
  await expect(nextReminder).not.toHaveText(/\b[AP]M\b/);

  await page.context().clearCookies();
  await signIn(page, account);
  await expect(page.getByRole('link', { name: 'Dashboard' }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a callback address that a browser reads as another site leads to the app, not away from it', async ({
  page,
}) => {
  const account = newAccount('Redirected');
  await signUp(page, account);
  await page.context().clearCookies();
  const appOrigin = new URL(page.url()).origin;
  // Browsers drop the tab in "/\t/evil.example/pwn" and read "//evil.example/pwn", another host.
  for (const callbackUrl of ['/\t/evil.example/pwn', '/\t\\evil.example', '/\n/evil.example']) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel('E-Mail-Adresse').fill(account.email);
    await page.getByLabel('Passwort', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    expect(new URL(page.url()).origin, callbackUrl).toBe(appOrigin);
    await page.context().clearCookies();
  }
});
