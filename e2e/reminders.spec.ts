import { expect, test, type Browser, type Page } from '@playwright/test';
import { PgBoss } from 'pg-boss';
import { createOrganisation, newAccount, signUp, type Account } from './support/accounts';
import { linkPath, waitForMail } from './support/mailbox';

/** Invites `account` as staff; they join on a phone-sized browser of their own. */
async function inviteStaff(
  page: Page,
  browser: Browser,
  dashboard: string,
  organisationName: string,
  account: Account,
) {
  await page.goto(`${dashboard}/settings/members`);
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Rolle', { exact: true }).selectOption('STAFF');
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  const invitePath = linkPath(await waitForMail(account.email, { subject: organisationName }), '/invite/');
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
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

test('a manager sets the check-in schedule; a staff member subscribes to it as a calendar feed', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const owner = newAccount('Terminchefin');
  await signUp(page, owner);
  const organisationName = `Bäckerei ${owner.name}`;
  const dashboard = await createOrganisation(page, organisationName);

  // The schedule: Friday 09:00 in Berlin until someone changes it.
  await page.getByRole('link', { name: 'Check-in-Termin' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in-Termin' })).toBeVisible();
  const nextReminder = page.getByTestId('next-reminder');
  await expect(nextReminder).toHaveText(
    /^Nächste Erinnerung: Freitag, \d+\. .+ \d{4}, 09:00 Uhr \(Europe\/Berlin\)$/,
  );
  await page.getByLabel('Check-in-Tag').selectOption({ label: 'Sonntag' });
  await page.getByLabel('Uhrzeit der Erinnerung').selectOption({ label: '18:00 Uhr' });
  await page.getByLabel('Zeitzone').selectOption('America/New_York');
  await page.getByRole('button', { name: 'Termin speichern' }).click();
  await expect(page.getByText('Der Check-in-Termin ist gespeichert.')).toBeVisible();
  await expect(nextReminder).toHaveText(/^Nächste Erinnerung: Sonntag, .+, 18:00 Uhr \(America\/New_York\)$/);
  await page.reload();
  await expect(page.getByLabel('Zeitzone')).toHaveValue('America/New_York');

  // Staff do not see or open the schedule settings.
  const staff = newAccount('Terminkraft');
  const staffPage = await inviteStaff(page, browser, dashboard, organisationName, staff);
  expect((await staffPage.goto(`${dashboard}/settings/checkins`))?.status()).toBe(404);
  await staffPage.goto(dashboard);
  await staffPage.getByText('Menü öffnen').click();
  await expect(staffPage.getByRole('link', { name: 'Plattformen' })).toBeVisible();
  await expect(staffPage.getByRole('link', { name: 'Check-in-Termin' })).toHaveCount(0);

  // No reminders yet: the page says what will appear.
  await staffPage.getByRole('link', { name: 'Mitteilungen', exact: true }).click();
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Mitteilungen' })).toBeVisible();
  await staffPage.getByText('Menü schließen').click();
  await expect(staffPage.getByRole('heading', { name: 'Keine Mitteilungen' })).toBeVisible();

  // The calendar feed: the address is shown once and works without signing in.
  await staffPage.getByRole('button', { name: 'Kalender-Feed erstellen' }).click();
  const address = staffPage.getByLabel('Adresse des Kalender-Feeds');
  await expect(address).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feedUrl = await address.inputValue();
  expect(await staffPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const feed = await request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = await feed.text();
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('TZID:America/New_York');
  expect(ics).toMatch(/DTSTART;TZID=America\/New_York:\d{8}T180000/);
  expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU');
  expect(ics).toContain('SUMMARY:Wöchentlicher Check-in');

  // After a reload only the state is shown; switching the feed off stops the address.
  await staffPage.reload();
  await expect(staffPage.getByText('Ihr Kalender-Feed ist eingerichtet.', { exact: false })).toBeVisible();
  await expect(staffPage.getByLabel('Adresse des Kalender-Feeds')).toHaveCount(0);
  staffPage.once('dialog', (dialog) => void dialog.accept());
  await staffPage.getByRole('button', { name: 'Feed abschalten' }).click();
  await expect(staffPage.getByText('Der Kalender-Feed ist abgeschaltet.')).toBeVisible();
  expect((await request.get(feedUrl)).status()).toBe(404);
  await expect(staffPage.getByText('Sie haben noch keinen Kalender-Feed.')).toBeVisible();
});

/** What the schedule does every five minutes, now: a reminder run on the app's job queue. */
async function runReminderJobNow() {
  const boss = new PgBoss({
    connectionString: process.env.DATABASE_URL!,
    schema: 'pgboss',
    supervise: false,
    schedule: false,
    migrate: false,
  });
  await boss.start();
  try {
    await boss.send('checkin-reminders', {});
  } finally {
    await boss.stop({ graceful: false });
  }
}

test('the reminder reaches the responsible staff member in the app and by mail', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const owner = newAccount('Erinnerungschefin');
  await signUp(page, owner);
  const organisationName = `Bäckerei ${owner.name}`;
  const dashboard = await createOrganisation(page, organisationName);
  const staff = newAccount('Erinnerungskraft');
  const staffPage = await inviteStaff(page, browser, dashboard, organisationName, staff);

  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Filiale am Hafen');
  await page.getByLabel('Filialcode').fill('R-1');
  await page.getByLabel('Straße und Hausnummer').fill('Am Hafen 3');
  await page.getByLabel('PLZ').fill('27568');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByLabel('Zuständige Person').selectOption({ label: staff.name });
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);

  // The check-in is due today since midnight.
  const today = new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'Europe/Berlin' }).format(
    new Date(),
  );
  await page.goto(`${dashboard}/settings/checkins`);
  await page.getByLabel('Check-in-Tag').selectOption({ label: today });
  await page.getByLabel('Uhrzeit der Erinnerung').selectOption({ label: '00:00 Uhr' });
  await page.getByRole('button', { name: 'Termin speichern' }).click();
  await expect(page.getByText('Der Check-in-Termin ist gespeichert.')).toBeVisible();

  await runReminderJobNow();
  const mail = await waitForMail(staff.email, { subject: /^Check-in für KW \d+ fällig$/ });
  expect(mail.text).toContain('Noch offen ist 1 Standort:\n- Filiale am Hafen');
  expect(linkPath(mail, `${dashboard}/checkins`)).toBe(`${dashboard}/checkins`);

  await staffPage.goto(`${dashboard}/notifications`);
  const reminder = staffPage.getByRole('link', { name: /^Check-in für KW \d+ fällig: 1 Standort$/ });
  await expect(reminder).toBeVisible();
  await expect(staffPage.getByText('1 ungelesene Mitteilung')).toBeVisible();
  await staffPage.getByText('Menü öffnen').click();
  await expect(staffPage.getByRole('link', { name: 'Mitteilungen, 1 ungelesen' })).toBeVisible();
  await staffPage.getByText('Menü schließen').click();
  expect(await staffPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await staffPage.getByRole('button', { name: /^Als gelesen markieren/ }).click();
  await expect(staffPage.getByText('Keine ungelesenen Mitteilungen')).toBeVisible();
  await staffPage.getByText('Menü öffnen').click();
  await expect(staffPage.getByRole('link', { name: 'Mitteilungen', exact: true })).toBeVisible();

  // The link leads to the week's check-ins.
  await staffPage.getByText('Menü schließen').click();
  await reminder.click();
  await expect(staffPage).toHaveURL(new RegExp(`${dashboard}/checkins\\?week=\\d{4}-W\\d{2}$`));
});
