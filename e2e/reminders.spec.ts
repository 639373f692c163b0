import { expect, test } from '@playwright/test';
import { PgBoss } from 'pg-boss';
import { newAccount } from './support/accounts';
import { closePhoneMenu, expectNoHorizontalScroll, openPhoneMenu } from './support/layout';
import { linkPath, waitForMail } from './support/mailbox';
import { createLocation, createTeam, inviteAndJoin } from './support/team';

test('a manager sets the check-in schedule; a staff member subscribes to it as a calendar feed', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const team = await createTeam(page, 'Terminchefin');
  const { dashboard } = team;

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
  const staffPage = await inviteAndJoin(page, browser, team, staff, 'STAFF');
  expect((await staffPage.goto(`${dashboard}/settings/checkins`))?.status()).toBe(404);
  await staffPage.goto(dashboard);
  await openPhoneMenu(staffPage);
  await expect(staffPage.getByRole('link', { name: 'Check-ins', exact: true })).toBeVisible();
  await expect(staffPage.getByRole('link', { name: 'Check-in-Termin' })).toHaveCount(0);

  // No reminders yet: the page says what will appear. Following a link closes the phone menu.
  await staffPage.getByRole('link', { name: 'Mitteilungen', exact: true }).click();
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Mitteilungen' })).toBeVisible();
  await expect(staffPage.getByText('Menü öffnen')).toBeVisible();
  await expect(staffPage.getByRole('heading', { name: 'Keine Mitteilungen' })).toBeVisible();

  // The calendar feed: the address is shown once and works without signing in.
  await staffPage.getByRole('button', { name: 'Kalender-Feed erstellen' }).click();
  const address = staffPage.getByLabel('Adresse des Kalender-Feeds');
  await expect(address).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feedUrl = await address.inputValue();
  await expectNoHorizontalScroll(staffPage);

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
  const team = await createTeam(page, 'Erinnerungschefin');
  const { dashboard } = team;
  const staff = newAccount('Erinnerungskraft');
  const staffPage = await inviteAndJoin(page, browser, team, staff, 'STAFF');

  await createLocation(page, dashboard, {
    name: 'Filiale am Hafen',
    storeCode: 'R-1',
    street: 'Am Hafen 3',
    responsible: staff,
  });

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
  await openPhoneMenu(staffPage);
  await expect(staffPage.getByRole('link', { name: 'Mitteilungen, 1 ungelesen' })).toBeVisible();
  await closePhoneMenu(staffPage);
  await expectNoHorizontalScroll(staffPage);

  await staffPage.getByRole('button', { name: /^Als gelesen markieren/ }).click();
  await expect(staffPage.getByText('Keine ungelesenen Mitteilungen')).toBeVisible();
  await openPhoneMenu(staffPage);
  await expect(staffPage.getByRole('link', { name: 'Mitteilungen', exact: true })).toBeVisible();

  // The link leads to the week's check-ins.
  await closePhoneMenu(staffPage);
  await reminder.click();
  await expect(staffPage).toHaveURL(new RegExp(`${dashboard}/checkins\\?week=\\d{4}-W\\d{2}$`));
});
