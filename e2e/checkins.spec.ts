import { expect, test } from '@playwright/test';
import { newAccount } from './support/accounts';
import { expectNoHorizontalScroll } from './support/layout';
import { createLocation, createTeam, inviteAndJoin } from './support/team';

test('a staff member fills in and submits the week on a phone; a manager reopens it', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const team = await createTeam(page, 'Wochenchefin');
  const { dashboard } = team;
  const staff = newAccount('Wochenkraft');
  const staffPage = await inviteAndJoin(page, browser, team, staff, 'STAFF');

  // No locations yet: the page says who adds them.
  await staffPage.goto(`${dashboard}/checkins`);
  await expect(staffPage.getByRole('heading', { name: 'Noch keine Standorte' })).toBeVisible();
  await expect(
    staffPage.getByText('Eine Leitung legt sie an und ordnet sie Ihnen zu.', { exact: false }),
  ).toBeVisible();

  await createLocation(page, dashboard, {
    name: 'Filiale am Deich',
    storeCode: 'W-1',
    street: 'Am Deich 12',
    responsible: staff,
  });

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

  // "Abschließen" asks first, with the week's totals: only a manager can reopen the week.
  await staffPage.getByRole('button', { name: 'Abschließen' }).click();
  const confirmation = staffPage.getByRole('dialog', { name: /^KW \d+ für Filiale am Deich abschließen\?$/ });
  await expect(confirmation).toContainText('1 h 15 min');
  await confirmation.getByRole('button', { name: 'Ja, abschließen' }).click();
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
  const managerPage = await inviteAndJoin(page, browser, team, manager, 'MANAGER');
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
