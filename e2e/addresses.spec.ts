// Without NEXTAUTH_URL (as after `npm start`, and as the test server runs) the app answers at every
// address that reaches it: 127.0.0.1, localhost and a host name in the local network
// ("laden.test", mapped to 127.0.0.1 by playwright.config.ts, stands for the machine's address in
// the shop's Wi-Fi). Sign-up and sign-in work at each, and a mail sent from one links to it.
import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';
import { waitForMail } from './support/mailbox';

function addressOf(baseURL: string | undefined, host: string) {
  const url = new URL(baseURL!);
  url.hostname = host;
  return url.origin;
}

async function signInAt(
  page: import('@playwright/test').Page,
  origin: string,
  email: string,
  password: string,
) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${origin.replaceAll('.', '\\.')}/(o/|organisations)`));
}

test('signs up at a second host name and signs in at 127.0.0.1, localhost and that name', async ({
  browser,
  baseURL,
}) => {
  const lan = addressOf(baseURL, 'laden.test');
  const account = newAccount('Wlan');

  const phone = await (await browser.newContext()).newPage();
  await signUp(phone, account, `${lan}/sign-up`);
  expect(new URL(phone.url()).origin).toBe(lan);

  let dashboard = '';
  for (const origin of [addressOf(baseURL, '127.0.0.1'), addressOf(baseURL, 'localhost'), lan]) {
    const page = await (await browser.newContext()).newPage();
    await signInAt(page, origin, account.email, account.password);
    // The organisation is made at the first address (the test's base address), then opened at each.
    dashboard ||= await createOrganisation(page, `Fischkiosk ${account.name}`);
    await page.goto(`${origin}${dashboard}`);
    await expect(page.getByRole('heading', { level: 1, name: `Fischkiosk ${account.name}` })).toBeVisible();
    await page.context().close();
  }
});

test('an invitation sent from the address in the local network links to that address', async ({
  browser,
  baseURL,
}) => {
  const lan = addressOf(baseURL, 'laden.test');
  const owner = newAccount('Kiosk');
  const page = await (await browser.newContext()).newPage();
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Kiosk ${owner.name}`);

  const phone = await (await browser.newContext()).newPage();
  await signInAt(phone, lan, owner.email, owner.password);
  const colleague = newAccount('Aushilfe');
  await phone.goto(`${lan}${dashboard}/settings/members`);
  await phone.getByLabel('E-Mail-Adresse').fill(colleague.email);
  await phone.getByRole('button', { name: 'Einladung senden' }).click();
  const mail = await waitForMail(colleague.email, { subject: owner.name });
  const link = mail.text.match(/https?:\/\/\S+\/invite\/\S+/)?.[0];
  expect(link && new URL(link).origin).toBe(lan);
});

test('a state change from another site is refused with a page that says where to open the app', async ({
  page,
  baseURL,
}) => {
  const response = await page.request.post(`${baseURL}/sign-in`, {
    headers: { origin: 'http://evil.example', accept: 'text/html' },
    data: 'x=1',
  });
  expect(response.status()).toBe(403);
  const html = await response.text();
  expect(html).toContain('http://evil.example');
  expect(html).toContain(new URL(baseURL!).origin);
  expect(html).toContain('lang="en"');
});
