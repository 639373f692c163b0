import { expect, test, type Browser, type Page } from '@playwright/test';
import { createOrganisation, newAccount, signUp, type Account } from './support/accounts';
import { linkPath, waitForMail } from './support/mailbox';

/** Invites `account` with `role`; they join in a browser context of their own (a phone for staff). */
async function inviteAndJoin(
  page: Page,
  browser: Browser,
  dashboard: string,
  organisationName: string,
  account: Account,
  role: 'STAFF' | 'MANAGER',
) {
  await page.goto(`${dashboard}/settings/members`);
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Rolle', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  const invitePath = linkPath(await waitForMail(account.email, { subject: organisationName }), '/invite/');
  const context = await browser.newContext(
    role === 'STAFF' ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {},
  );
  const joined = await context.newPage();
  await joined.goto(invitePath);
  await joined.getByRole('link', { name: 'Konto erstellen' }).click();
  await joined.waitForURL(/\/sign-up\?callbackUrl=/);
  const signUpUrl = new URL(joined.url());
  await signUp(joined, account, signUpUrl.pathname + signUpUrl.search);
  await joined.getByRole('button', { name: 'Einladung annehmen' }).click();
  await expect(joined).toHaveURL(new RegExp(`${dashboard}$`));
  return joined;
}

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('a staff member fills in and submits the week on a phone; a manager reopens it', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const owner = newAccount('Wochenchefin');
  await signUp(page, owner);
  const organisationName = `Bäckerei ${owner.name}`;
  const dashboard = await createOrganisation(page, organisationName);
  const staff = newAccount('Wochenkraft');
  const staffPage = await inviteAndJoin(page, browser, dashboard, organisationName, staff, 'STAFF');

  // No locations yet: the page says who adds them.
  await staffPage.goto(`${dashboard}/checkins`);
  await expect(staffPage.getByRole('heading', { name: 'Noch keine Standorte' })).toBeVisible();
  await expect(
    staffPage.getByText('Eine Leitung legt sie an und ordnet sie Ihnen zu.', { exact: false }),
  ).toBeVisible();

  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Filiale am Deich');
  await page.getByLabel('Filialcode').fill('W-1');
  await page.getByLabel('Straße und Hausnummer').fill('Am Deich 12');
  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByLabel('Zuständige Person').selectOption({ label: staff.name });
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);

  // The overview opens on "Meine" for staff, with the location not started this week.
  await staffPage.reload();
  await expect(staffPage.getByRole('link', { name: /Meine/ })).toHaveAttribute('aria-current', 'page');
  await expect(staffPage.getByText(/^KW \d+ · /)).toBeVisible();
  const row = staffPage.getByRole('link', { name: /Filiale am Deich/ });
  await expect(row.getByText('Nicht begonnen')).toBeVisible();
  await expectNoHorizontalScroll(staffPage);
  await row.click();
  await expect(staffPage).toHaveURL(/\/checkins\/\d{4}-W\d{2}$/);
  const formUrl = staffPage.url();

  // A few taps: the suggested line becomes Instagram with 60 minutes, a second line for reviews.
  const first = staffPage.getByRole('group', { name: 'Zeile 1' });
  await first.getByLabel('Plattform', { exact: true }).selectOption({ label: 'Instagram' });
  await first.getByRole('button', { name: '+30 Minuten' }).click();
  await first.getByRole('button', { name: '+30 Minuten' }).click();
  await expect(first.getByLabel('Minuten', { exact: true })).toHaveValue('60');
  await expect(first.getByText('= 1 h')).toBeVisible();
  await staffPage.getByRole('button', { name: 'Plattform hinzufügen' }).click();
  const second = staffPage.getByRole('group', { name: 'Zeile 2' });
  await second.getByLabel('Plattform', { exact: true }).selectOption({ label: 'Google Business Profile' });
  await second.getByLabel('Tätigkeit').selectOption({ label: 'Auf Bewertungen antworten' });
  await second.getByLabel('Minuten', { exact: true }).fill('15');
  for (let tap = 0; tap < 3; tap++)
    await staffPage.getByRole('button', { name: 'Veröffentlichte Beiträge erhöhen' }).click();
  await staffPage.getByRole('button', { name: 'Beantwortete Bewertungen erhöhen' }).click();
  await staffPage.getByLabel('Hindernisse').fill('Instagram-Passwort fehlte zwei Tage');
  await expect(staffPage.getByText('Diese Woche insgesamt: 1 h 15 min')).toBeVisible();
  await expect(
    staffPage.getByRole('status').filter({ hasText: /Entwurf gespeichert um \d\d:\d\d/ }),
  ).toBeVisible();
  await expectNoHorizontalScroll(staffPage);

  // The draft is stored: a reload shows it, lines in the platforms' order.
  await staffPage.reload();
  const reloaded = (number: number) => staffPage.getByRole('group', { name: `Zeile ${number}` });
  await expect(reloaded(1).getByLabel('Plattform', { exact: true }).locator('option:checked')).toHaveText(
    'Google Business Profile',
  );
  await expect(reloaded(1).getByLabel('Minuten', { exact: true })).toHaveValue('15');
  await expect(reloaded(2).getByLabel('Minuten', { exact: true })).toHaveValue('60');
  await expect(staffPage.getByLabel('Veröffentlichte Beiträge', { exact: true })).toHaveValue('3');
  await expect(staffPage.getByLabel('Hindernisse')).toHaveValue('Instagram-Passwort fehlte zwei Tage');

  await staffPage.getByRole('button', { name: 'Abschließen' }).click();
  await expect(staffPage.getByText(`Abgeschlossen von ${staff.name} am`, { exact: false })).toBeVisible();
  await expect(staffPage.getByRole('button', { name: 'Abschließen' })).toHaveCount(0);
  await expect(staffPage.getByRole('button', { name: 'Wieder öffnen' })).toHaveCount(0);
  await expect(staffPage.getByText('Instagram-Passwort fehlte zwei Tage')).toBeVisible();
  await expectNoHorizontalScroll(staffPage);

  await staffPage.goto(`${dashboard}/checkins`);
  const submittedRow = staffPage.getByRole('link', { name: /Filiale am Deich/ });
  await expect(submittedRow.getByText('Abgeschlossen')).toBeVisible();
  await expect(submittedRow.getByText('1 h 15 min erfasst')).toBeVisible();

  // A manager reopens the week; it becomes an editable draft again.
  const manager = newAccount('Wochenleitung');
  const managerPage = await inviteAndJoin(page, browser, dashboard, organisationName, manager, 'MANAGER');
  await managerPage.goto(new URL(formUrl).pathname);
  await managerPage.getByRole('button', { name: 'Wieder öffnen' }).click();
  await expect(
    managerPage.getByText(`Wieder geöffnet von ${manager.name} am`, { exact: false }),
  ).toBeVisible();
  await expect(managerPage.getByRole('button', { name: 'Abschließen' })).toBeVisible();
  await expect(
    managerPage.getByRole('group', { name: 'Zeile 2' }).getByLabel('Minuten', { exact: true }),
  ).toHaveValue('60');

  await staffPage.goto(formUrl);
  await expect(staffPage.getByRole('button', { name: 'Abschließen' })).toBeVisible();
  await staffPage.context().close();
  await managerPage.context().close();
});
