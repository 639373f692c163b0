import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { newAccount } from './support/accounts';
import { expectNoHorizontalScroll } from './support/layout';
import { createLocation, createTeam, inviteAndJoin } from './support/team';

test('a staff member logs time on a phone, sees it in the week, exports it, and gets a field error for bad minutes', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const team = await createTeam(page, 'Zeitchefin');
  const { dashboard } = team;

  // The owner invites a staff member, who joins on a phone-sized window.
  const staff = newAccount('Zeitkraft');
  const staffPage = await inviteAndJoin(page, browser, team, staff, 'STAFF');

  // Before a location is assigned, the page says what to do.
  await staffPage.goto(`${dashboard}/time`);
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Zeiterfassung' })).toBeVisible();
  await expect(
    staffPage.getByText('Ihnen ist noch kein Standort zugeordnet.', { exact: false }),
  ).toBeVisible();

  // The owner makes the staff member responsible for a location.
  await createLocation(page, dashboard, {
    name: 'Filiale am Deich',
    storeCode: 'D-1',
    street: 'Am Deich 12',
    responsible: staff,
  });

  await staffPage.reload();
  await expect(staffPage.getByLabel('Standort', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(staffPage.getByText('In dieser Woche ist noch keine Zeit erfasst')).toBeVisible();
  await expect(staffPage.getByText('Noch keine Einträge')).toBeVisible();

  // Bad minutes: a message on the field, nothing saved.
  const minutes = staffPage.getByLabel('Minuten', { exact: true });
  await minutes.fill('-5');
  await staffPage.getByRole('button', { name: 'Zeit speichern' }).click();
  await expect(staffPage.getByText('Mindestens 1 Minute.')).toBeVisible();
  await expect(staffPage.getByLabel('Minuten', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await staffPage.getByLabel('Minuten', { exact: true }).fill('2000');
  await staffPage.getByRole('button', { name: 'Zeit speichern' }).click();
  await expect(staffPage.getByText('Ein Tag hat höchstens 24 Stunden', { exact: false })).toBeVisible();
  await expect(staffPage.getByText('Noch keine Einträge')).toBeVisible();

  // A good entry in a few taps: activity, a quick-minutes button, a note.
  await staffPage.getByLabel('Auf Bewertungen antworten').check();
  await staffPage.getByRole('button', { name: '30 Minuten eintragen' }).click();
  await expect(staffPage.getByLabel('Minuten', { exact: true })).toHaveValue('30');
  await staffPage.getByLabel('Notiz (optional)').fill('Zwei Google-Bewertungen beantwortet');
  await staffPage.getByRole('button', { name: 'Zeit speichern' }).click();
  await expect(staffPage.getByText('30 min für Filiale am Deich gespeichert.')).toBeVisible();
  // The next entry starts with the same choices and empty minutes.
  await expect(staffPage.getByLabel('Auf Bewertungen antworten')).toBeChecked();
  await expect(staffPage.getByLabel('Minuten', { exact: true })).toHaveValue('');

  // The week grid shows it in the staff member's row; the recent list has it with a delete button.
  await expect(staffPage.getByText(/^KW \d{1,2} · /)).toBeVisible();
  const grid = staffPage.getByRole('region', { name: /Erfasste Minuten je Person und Tag/ });
  await expect(grid.getByRole('row', { name: new RegExp(staff.name) })).toContainText('30 min');
  await expect(staffPage.getByText('30 min · Auf Bewertungen antworten')).toBeVisible();
  await expect(staffPage.getByRole('button', { name: /^Eintrag vom .* löschen$/ })).toBeVisible();

  // Nothing on the page scrolls sideways at 360 px; the grid scrolls in its own frame.
  await expectNoHorizontalScroll(staffPage);

  // The CSV holds the entry.
  const [download] = await Promise.all([
    staffPage.waitForEvent('download'),
    staffPage.getByRole('button', { name: 'CSV exportieren' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv).toContain(
    'Datum,Kalenderwoche,Person,E-Mail,Filialcode,Standort,Plattform,Tätigkeit,Minuten,Notiz',
  );
  expect(csv).toContain(
    `${staff.email},D-1,Filiale am Deich,Google Business Profile,Auf Bewertungen antworten,30,Zwei Google-Bewertungen beantwortet`,
  );

  // The owner sees the staff member's time in the week too.
  await page.goto(`${dashboard}/time`);
  const ownerGrid = page.getByRole('region', { name: /Erfasste Minuten je Person und Tag/ });
  await expect(ownerGrid.getByRole('row', { name: new RegExp(staff.name) })).toContainText('30 min');
  await staffPage.context().close();
});
